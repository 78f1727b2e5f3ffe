import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { createLocationIndex } from './location-index.js'

describe('createLocationIndex', () => {
  const text = 'ab\ncd\n\nef'
  const index = createLocationIndex(text)

  it('derives 1-based line and column from an offset', () => {
    assert.deepEqual(index.toPoint(0), { line: 1, column: 1, offset: 0 })
    assert.deepEqual(index.toPoint(3), { line: 2, column: 1, offset: 3 })
    assert.deepEqual(index.toPoint(7), { line: 4, column: 1, offset: 7 })
    assert.deepEqual(index.toPoint(9), { line: 4, column: 3, offset: 9 })
  })

  it('clamps offsets outside the text', () => {
    assert.equal(index.toPoint(-5).offset, 0)
    assert.equal(index.toPoint(99).offset, text.length)
  })

  it('answers -1 for a line or column outside the text', () => {
    assert.equal(index.toOffset(9, 1), -1)
    assert.equal(index.toOffset(1, 4), -1)
    assert.equal(index.toOffset(1, 0), -1)
  })

  it('round-trips every offset of any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', '\n', 'é', ' ') }), (s) => {
        const idx = createLocationIndex(s)
        for (let o = 0; o <= s.length; o++) {
          const p = idx.toPoint(o)
          assert.equal(idx.toOffset(p.line, p.column), o)
        }
      }),
    )
  })
})
