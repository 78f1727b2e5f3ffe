import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ConfigError, resolveConfig } from './config.js'
import { rules } from './rules/index.js'

function problems(input: unknown): string[] {
  try {
    resolveConfig(input, rules)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  return []
}

describe('resolveConfig', () => {
  it('gives every rule its default severity under the recommended preset', () => {
    const config = resolveConfig({}, rules)
    for (const rule of rules) assert.equal(config.rules[rule.id]?.severity, rule.defaults.severity)
  })

  it('turns everything off with extends: none, except what is listed', () => {
    const config = resolveConfig({ extends: 'none', rules: { 'doubled-words': 'error' } }, rules)
    assert.equal(config.rules['doubled-words']?.severity, 'error')
    assert.equal(config.rules['invalid-email']?.severity, 'off')
  })

  it('merges options over the defaults', () => {
    const config = resolveConfig(
      { rules: { 'long-sentence': ['warning', { maxWords: 30 }] } },
      rules,
    )
    assert.deepEqual(config.rules['long-sentence'], {
      severity: 'warning',
      options: { maxWords: 30, maxWordsEs: 55 },
    })
  })

  it('reads terminology as strings or entries', () => {
    const config = resolveConfig(
      {
        terminology: ['Alianza Americas', { term: 'Presente.org', variants: ['Presente Action'] }],
      },
      rules,
    )
    assert.deepEqual(config.terminology, [
      { term: 'Alianza Americas' },
      { term: 'Presente.org', variants: ['Presente Action'] },
    ])
  })

  it('names an unknown rule and the nearest known one', () => {
    assert.deepEqual(problems({ rules: { 'doubled-word': 'error' } }), [
      'rules.doubled-word: unknown rule (did you mean "doubled-words"?)',
    ])
  })

  it('refuses a bad severity, a bad option and an unknown key', () => {
    assert.match(
      problems({ rules: { 'doubled-words': 'fatal' } })[0] ?? '',
      /^rules\.doubled-words/,
    )
    assert.deepEqual(problems({ rules: { 'long-sentence': ['info', { maxWords: 'forty' }] } }), [
      'rules.long-sentence: option "maxWords" must be a number, got a string',
    ])
    assert.match(
      problems({ rules: { 'long-sentence': ['info', { max: 3 }] } })[0] ?? '',
      /unknown option "max"/,
    )
    assert.match(problems({ rule: {} })[0] ?? '', /rule/)
  })
  it('names every shape problem by its path', () => {
    assert.deepEqual(problems([]), ['(root): expected an object, got an array'])
    assert.deepEqual(problems({ extends: 'strict', locale: 'fr' }), [
      'extends: expected one of "recommended"|"all"|"none"',
      'locale: expected one of "en"|"es"',
    ])
    assert.deepEqual(problems({ rules: { 'doubled-words': ['error', 'loud'] } }), [
      'rules.doubled-words: expected a severity, [severity] or [severity, { options }]',
    ])
    assert.deepEqual(problems({ rules: [] }), ['rules: expected an object, got an array'])
    assert.deepEqual(
      problems({ terminology: ['', 7, { term: 'Alianza Americas', langs: ['e'], x: 1 }] }),
      [
        'terminology.0: expected a non-empty string',
        'terminology.1: expected a string or an object, got a number',
        'terminology.2: unrecognized key: "x"',
        'terminology.2.langs.0: expected a string of at least 2 characters',
      ],
    )
    assert.deepEqual(problems({ $schema: 'x', terminology: [{ term: 'A', variants: ['B'] }] }), [])
  })
})
