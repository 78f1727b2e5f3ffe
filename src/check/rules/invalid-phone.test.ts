import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { invalidPhone, phoneProblem } from './invalid-phone.js'

testRule(
  invalidPhone,
  { describe, it },
  {
    valid: [
      {
        name: 'a Central American number and a date in the contact block',
        text: 'Contacto: Ana Ruiz | 2222-3333 | 15/03/2024\n\nGUATEMALA – La red celebró hoy la decisión del congreso.',
        langs: ['es'],
      },
    ],
  },
)

describe('phoneProblem', () => {
  const table: [string, string | null][] = [
    ['(443) 396-3317', null],
    ['443.396.3317', null],
    ['1-800-555-0199', null],
    ['+52 55 1234 5678', null],
    ['+1 (202) 555-0143 ext. 12', null],
    ['2222-3333', null],
    ['396-3317', 'noAreaCode'],
    ['(443) 396-331', 'digits'],
    ['+1 23', 'digits'],
    ['44 3396 33177 12', 'digits'],
  ]
  for (const [phone, problem] of table)
    it(`${phone} → ${problem}`, () => assert.equal(phoneProblem(phone), problem))
})
