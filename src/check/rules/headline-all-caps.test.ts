import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { headlineAllCaps, isAllCaps, sentenceCase } from './headline-all-caps.js'

testRule(headlineAllCaps, { describe, it })

describe('isAllCaps', () => {
  const table: [string, boolean][] = [
    ['COALITION WELCOMES NEW LAW', true],
    ['LA COALICIÓN CELEBRA LA NUEVA LEY', true],
    ['DACA and TPS Holders Welcome the Law', false],
    ['NO MORE', false],
  ]
  for (const [text, caps] of table)
    it(`${text} → ${caps}`, () => assert.equal(isAllCaps(text, 3), caps))
})

describe('sentenceCase', () => {
  it('keeps the first letter a capital', () => {
    assert.equal(sentenceCase('LA COALICIÓN CELEBRA'), 'La coalición celebra')
  })
})
