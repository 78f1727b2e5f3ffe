import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { invalidEmail, isEmailAddress } from './invalid-email.js'

testRule(
  invalidEmail,
  { describe, it },
  {
    valid: [
      { text: 'CHICAGO – Write to prensa@alianza.org.mx or follow @alianza.', langs: ['en'] },
    ],
    invalid: [
      {
        name: 'an HTML-escaped variant of the debris',
        text: 'Contact: Ana Ruiz | [email&#160;protected]\n\nCHICAGO – The group met.',
        langs: ['en'],
        messages: [{ messageId: 'debris', actual: '[email&#160;protected]' }],
      },
      {
        name: 'a doubled at sign',
        text: 'Contact: Ana Ruiz | ana@@example.org\n\nCHICAGO – The group met.',
        langs: ['en'],
        messages: [{ messageId: 'invalid', actual: 'ana@@example.org' }],
      },
    ],
  },
)

describe('isEmailAddress', () => {
  const table: [string, boolean][] = [
    ['ana@example.org', true],
    ['ana.ruiz+press@alianza.org.mx', true],
    ['ana@example', false],
    ['ana@@example.org', false],
    ['ana..ruiz@example.org', false],
    ['@example.org', false],
    ['josé.núñez@alianza.org', true],
  ]
  for (const [text, ok] of table)
    it(`${text} → ${ok}`, () => assert.equal(isEmailAddress(text), ok))
})
