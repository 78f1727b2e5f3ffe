import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { loosePattern, terminology } from './terminology.js'

testRule(
  terminology,
  { describe, it },
  {
    valid: [
      {
        name: 'a term limited to Spanish is not applied to English',
        text: 'CHICAGO – Alianza Américas welcomed the decision.',
        langs: ['en'],
        terminology: [{ term: 'Alianza Americas', langs: ['es'] }],
      },
      {
        name: 'text in capitals is left alone',
        text: 'ALIANZA AMERICAS WELCOMES THE DECISION\n\nCHICAGO – Alianza Americas welcomed the decision.',
        langs: ['en'],
        terminology: [{ term: 'Alianza Americas' }],
      },
    ],
    invalid: [
      {
        name: 'spacing and case',
        text: 'CHICAGO – The members of alianza  americas met today.',
        langs: ['en'],
        terminology: [{ term: 'Alianza Americas' }],
        messages: [{ messageId: 'term', actual: 'alianza  americas' }],
        output: 'CHICAGO – The members of Alianza Americas met today.',
      },
    ],
  },
)

describe('loosePattern', () => {
  const re = new RegExp(`^${loosePattern('Presente.org')}$`, 'iu')
  const table: [string, boolean][] = [
    ['Presente.org', true],
    ['presente org', true],
    ['Présente.org', true],
    ['Presente', false],
  ]
  for (const [text, ok] of table) it(`${text} → ${ok}`, () => assert.equal(re.test(text), ok))
})
