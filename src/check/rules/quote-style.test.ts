import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { curlyFor, quoteStyle, straightFor } from './quote-style.js'

testRule(
  quoteStyle,
  { describe, it },
  {
    valid: [
      {
        name: 'Spanish guillemets with curly inner quotes',
        text: 'CHICAGO – «Es una “victoria” para todos», dijo Ana Pérez.',
        langs: ['es'],
      },
    ],
    invalid: [
      {
        name: 'curly marks in a straight text are straightened',
        text: 'CHICAGO – "It\'s a victory," said Ana. "We won\'t stop." “Never.”',
        langs: ['en'],
        messages: [{ messageId: 'curly' }, { messageId: 'curly' }],
        output: 'CHICAGO – "It\'s a victory," said Ana. "We won\'t stop." "Never."',
      },
    ],
  },
)

describe('curlyFor', () => {
  const table: [string, number, string][] = [
    ['"Hi"', 0, '“'],
    ['"Hi"', 3, '”'],
    ["it's", 2, '’'],
    ["the '90s", 4, '’'],
    ["said 'hi'", 5, '‘'],
    ["said 'hi'", 8, '’'],
    ['("Hi")', 1, '“'],
  ]
  for (const [text, i, expected] of table)
    it(`${text} at ${i} → ${expected}`, () => assert.equal(curlyFor(text, i), expected))

  it('straightens both kinds', () => {
    assert.equal(straightFor('’'), "'")
    assert.equal(straightFor('”'), '"')
  })
})
