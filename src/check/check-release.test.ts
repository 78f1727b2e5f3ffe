import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Release, Version } from '../core/index.js'
import { checkRelease } from './check-release.js'
import { resolveConfig } from './config.js'
import { defineRule } from './define-rule.js'
import type { AnyRule } from './rule.js'

function version(lang: string, source: number, text: string): Version {
  return {
    type: 'version',
    lang,
    source,
    start: 0,
    end: text.length,
    date: null,
    headline: {
      type: 'block',
      kind: 'headline',
      text: text.split('\n')[0] ?? '',
      start: 0,
      end: text.indexOf('\n'),
    },
    subheadline: null,
    dateline: null,
    contacts: [],
    blocks: [
      {
        type: 'block',
        kind: 'headline',
        text: text.split('\n')[0] ?? '',
        start: 0,
        end: text.indexOf('\n'),
      },
      {
        type: 'block',
        kind: 'body',
        text: text.slice(text.indexOf('\n') + 1),
        start: text.indexOf('\n') + 1,
        end: text.length,
      },
    ],
    quotes: [],
    endMark: null,
    boilerplates: [],
  }
}

const en = 'Headline here\nThe body says foo.'
const es = 'Titular aquí\nEl cuerpo dice foo.'
const release: Release = {
  type: 'release',
  sources: [
    { file: 'en.txt', format: 'text', text: en },
    { file: 'es.txt', format: 'text', text: es },
  ],
  versions: [version('en', 0, en), version('es-MX', 1, es)],
  diagnostics: [],
}

const seen: string[] = []
const fooRule = defineRule({
  id: 'no-foo',
  summary: { en: 'No foo.', es: 'Sin foo.' },
  langs: ['*'],
  scope: 'version',
  fixable: true,
  defaults: { severity: 'warning', options: { word: 'foo' } },
  messages: { en: { foo: 'Do not write “{word}”.' }, es: { foo: 'No escriba «{word}».' } },
  examples: { valid: [], invalid: [] },
  create(context) {
    return {
      version: () => seen.push(`version:${context.lang}`),
      headline: () => seen.push('headline'),
      block(block) {
        seen.push(`block:${block.kind}`)
        const word = String(context.options.word)
        const at = block.text.indexOf(word)
        if (at < 0) return
        const start = block.start + at
        context.report({
          messageId: 'foo',
          data: { word },
          start,
          end: start + word.length,
          fix: { range: [start, start + word.length], text: 'bar' },
        })
      },
      'version:exit': () => seen.push('exit'),
    }
  },
})

const pairRule = defineRule({
  id: 'pair-rule',
  summary: { en: 'Pairs.', es: 'Pares.' },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: { differ: 'Differs from {lang}.', there: 'Counterpart.' },
    es: { differ: 'Difiere de {lang}.', there: 'Contraparte.' },
  },
  examples: { valid: [], invalid: [] },
  create(context) {
    return {
      release(versions) {
        const [a, b] = versions as [Version, Version]
        const facts = context.drift<{ kind: string }>(a, b)
        context.drift(a, b)
        if (facts.length === 0) return
        context.report({
          version: b,
          messageId: 'differ',
          data: { lang: 'EN' },
          start: 0,
          end: 7,
          cause: { version: a, start: 0, end: 8, messageId: 'there' },
        })
      },
    }
  },
})

const rules: AnyRule[] = [fooRule, pairRule]

describe('checkRelease', () => {
  it('visits a version in order: version, headline, blocks, exit', () => {
    seen.length = 0
    checkRelease(release, { rules: [fooRule] })
    assert.deepEqual(seen.slice(0, 5), [
      'version:en',
      'headline',
      'block:headline',
      'block:body',
      'exit',
    ])
  })

  it('reports with place, lang, file, url and the severity of the configuration', () => {
    const config = resolveConfig({ rules: { 'no-foo': 'error' } }, rules)
    const [d] = checkRelease(release, { rules: [fooRule], config })
    assert.equal(d?.severity, 'error')
    assert.equal(d?.file, 'en.txt')
    assert.equal(d?.lang, 'en')
    assert.equal(d?.url, 'docs/rules/no-foo.md')
    assert.deepEqual(d?.place?.start, { line: 2, column: 15, offset: 28 })
    assert.deepEqual(d?.fix, { range: [28, 31], text: 'bar' })
  })

  it('skips a rule that is off and passes configured options', () => {
    assert.equal(
      checkRelease(release, {
        rules,
        config: resolveConfig({ rules: { 'no-foo': 'off' } }, rules),
      }).filter((d) => d.ruleId === 'no-foo').length,
      0,
    )
    const config = resolveConfig({ rules: { 'no-foo': ['info', { word: 'body' }] } }, rules)
    const found = checkRelease(release, { rules: [fooRule], config })
    assert.deepEqual(
      found.map((d) => [d.severity, d.data?.word]),
      [['info', 'body']],
    )
  })

  it('fills messages in the requested locale and keeps the message id and data', () => {
    const [first] = checkRelease(release, { rules: [fooRule], locale: 'es' })
    assert.equal(first?.message, 'No escriba «foo».')
    assert.equal(first?.messageId, 'foo')
    assert.deepEqual(first?.data, { word: 'foo' })
  })

  it('gives release-scope rules drift facts once per pair and a cause at the counterpart', () => {
    let calls = 0
    const alignments = {
      alignment: () => null,
      drift: () => {
        calls++
        return [{ kind: 'number' }]
      },
    }
    const found = checkRelease(release, { rules: [pairRule], alignments })
    assert.equal(calls, 1)
    assert.equal(found.length, 1)
    assert.equal(found[0]?.file, 'es.txt')
    assert.equal(found[0]?.severity, 'error')
    assert.equal(found[0]?.cause?.file, 'en.txt')
    assert.equal(found[0]?.cause?.message, 'Counterpart.')
  })

  it('sorts diagnostics by file then offset', () => {
    const found = checkRelease(release, { rules: [fooRule] })
    assert.deepEqual(
      found.map((d) => d.file),
      ['en.txt', 'es.txt'],
    )
  })
})
