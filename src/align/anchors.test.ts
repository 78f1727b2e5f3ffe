import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { collapsedLength } from './anchors.js'

describe('collapsedLength', () => {
  it('counts white-space runs once and trims the ends, as replace(/\\s+/g, " ").trim() does', () => {
    const piece = fc.constantFrom('a', ' ', '\n', '\t', '\u00a0', '\u2003', '\ufeff', 'é', '𝐀', '.')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('')
        assert.equal(collapsedLength(text), text.replace(/\s+/g, ' ').trim().length)
      }),
      { numRuns: 2000 },
    )
  })
})
