import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { cognateKey, fold, wordsOf } from './fold.js'

describe('wordsOf', () => {
  // The expression the scanner replaced, kept as the reference.
  const reference = /[\p{L}\p{M}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}\p{M}]/gu
  const piece = fc.constantFrom(
    'a',
    'Z',
    'ñ',
    'É',
    'e\u0301',
    "'",
    '’',
    '-',
    ' ',
    '\n',
    '1',
    '.',
    ',',
    '“',
    '—',
    '𝐀',
    '中',
    '\u00a0',
    'ab',
  )

  it('reads what the expression matches, with offsets', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.nat(50), (pieces, offset) => {
        const text = pieces.join('')
        const expected = [...text.matchAll(reference)].map((m) => ({
          text: m[0],
          start: offset + m.index,
          end: offset + m.index + m[0].length,
        }))
        assert.deepEqual(wordsOf(text, offset), expected)
      }),
      { numRuns: 3000 },
    )
  })

  it('keeps inner apostrophes and hyphens, not trailing ones', () => {
    assert.deepEqual(
      wordsOf("Burgi-Palomino's rock- 'n roll").map((w) => w.text),
      ["Burgi-Palomino's", 'rock', 'n', 'roll'],
    )
  })
})

describe('fold and cognateKey', () => {
  it('folds accents and case, and meets cognates under one key', () => {
    assert.equal(fold('Chacón'), 'chacon')
    assert.equal(cognateKey('immigration'), cognateKey('inmigración'))
  })
})
