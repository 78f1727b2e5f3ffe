import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { testRule } from '../rule-tester.js'
import { doubledWords, findDoubles } from './doubled-words.js'

describe('findDoubles', () => {
  // The single regular expression the tokeniser replaced, kept as the reference.
  const reference =
    /(?<![\p{L}\p{N}'’-])(\p{L}+)([ \t\u00a0]+|[ \t]*\n[ \t]*)(\1)(?![\p{L}\p{N}'’-])/giu
  const piece = fc.constantFrom(
    'the',
    'The',
    'de',
    'x',
    'é',
    '1',
    "'",
    '’',
    '-',
    ' ',
    '\n',
    '\t',
    '\u00a0',
    '.',
    'ab',
  )
  it('finds exactly what the back-reference expression finds', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join('')
        const expected = [...text.matchAll(reference)].map((m) => ({
          index: m.index,
          first: m[1],
          gap: m[2],
          second: m[3],
        }))
        assert.deepEqual(findDoubles(text), expected)
      }),
      { numRuns: 3000 },
    )
  })
})

testRule(
  doubledWords,
  { describe, it },
  {
    valid: [
      {
        name: 'a place name',
        text: 'CHICAGO – The group met in Walla Walla today.',
        langs: ['en'],
      },
      {
        name: 'that that',
        text: 'CHICAGO – We know that that decision hurts families.',
        langs: ['en'],
      },
      {
        name: 'different words',
        text: 'CHICAGO – La red de la coalición se reunió hoy.',
        langs: ['es'],
      },
    ],
    invalid: [
      {
        name: 'across a line break',
        text: 'CHICAGO – The group welcomed the\nthe decision today.',
        langs: ['en'],
        messages: [{ messageId: 'doubled' }],
        output: 'CHICAGO – The group welcomed the decision today.',
      },
      {
        name: 'case differs',
        text: 'CHICAGO – Que que la ley se cumpla, pidieron.',
        langs: ['es'],
        messages: [{ messageId: 'doubled', actual: 'Que que' }],
        output: 'CHICAGO – Que la ley se cumpla, pidieron.',
      },
    ],
  },
)
