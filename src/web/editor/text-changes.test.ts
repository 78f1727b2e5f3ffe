import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { applyTextChanges, textChanges } from './text-changes.js'

describe('textChanges', () => {
  it('answers no edit for equal texts', () => {
    assert.deepEqual(textChanges('a\nb', 'a\nb'), [])
  })

  it('keeps edits in different paragraphs apart', () => {
    const a = 'Title\n\nOne.\n\nTwo.\n\nThree.\n'
    const b = 'Title\n\nOne, changed.\n\nTwo.\n\nThree, changed.\n'
    const changes = textChanges(a, b)
    assert.equal(changes.length, 2)
    assert.equal(a.slice(changes[0]?.from, changes[0]?.to), 'One.\n')
    assert.equal(applyTextChanges(a, changes), b)
  })

  it('turns any text into any other (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', '\n', ' ') })
    fc.assert(
      fc.property(text, text, (a, b) => {
        const changes = textChanges(a, b)
        assert.equal(applyTextChanges(a, changes), b)
        for (let k = 1; k < changes.length; k++)
          assert.ok((changes[k]?.from ?? 0) >= (changes[k - 1]?.to ?? 0))
      }),
      { numRuns: 500 },
    )
  })
})
