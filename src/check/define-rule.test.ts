import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { defineRule } from './define-rule.js'
import { formatMessage } from './messages.js'
import type { Rule } from './rule.js'

const base: Rule = {
  id: 'good-rule',
  summary: { en: 'x', es: 'x' },
  langs: ['*'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: { en: { a: 'A {x}.' }, es: { a: 'A {x}.' } },
  examples: { valid: [], invalid: [{ text: 't', messages: [{ messageId: 'a' }] }] },
  create: () => ({}),
}

describe('defineRule', () => {
  it('returns a well-formed rule unchanged', () => {
    assert.equal(defineRule(base), base)
  })

  it('refuses a bad id, a message missing in Spanish, placeholders that differ and unknown example messages', () => {
    assert.throws(() => defineRule({ ...base, id: 'Bad_Id' }), /kebab-case/)
    assert.throws(
      () => defineRule({ ...base, messages: { en: { a: 'A' }, es: {} } }),
      /no Spanish text/,
    )
    assert.throws(
      () => defineRule({ ...base, messages: { en: { a: 'A {x}' }, es: { a: 'A {y}' } } }),
      /placeholders/,
    )
    assert.throws(
      () =>
        defineRule({
          ...base,
          examples: { valid: [], invalid: [{ text: 't', messages: [{ messageId: 'b' }] }] },
        }),
      /unknown message "b"/,
    )
  })
})

describe('formatMessage', () => {
  it('fills placeholders and leaves unknown ones', () => {
    assert.equal(formatMessage('{a} and {b}', { a: 1 }), '1 and {b}')
  })
})
