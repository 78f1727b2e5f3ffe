/**
 * The structural invariants of a parsed release, shared by the example and property tests:
 * blocks in order, not overlapping, exact slices of their source; every offset in range.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Release } from '../core/release.js'

/** Fails unless `release` keeps every structural invariant. */
export function assertWellFormed(release: Release): void {
  for (const v of release.versions) {
    const text = release.sources[v.source]?.text ?? ''
    let last = 0
    for (const b of v.blocks) {
      assert.ok(
        b.start >= last && b.start < b.end && b.end <= text.length,
        'blocks in order, not overlapping',
      )
      assert.equal(text.slice(b.start, b.end), b.text)
      last = b.end
    }
    const spans = [
      v.date,
      v.dateline,
      v.endMark,
      ...v.contacts,
      ...v.quotes,
      ...v.boilerplates,
      ...v.quotes.flatMap((q) => (q.attribution ? [q.attribution] : [])),
    ]
    for (const s of spans)
      if (s)
        assert.ok(
          s.start >= 0 && s.start <= s.end && s.end <= text.length,
          'offset within the text',
        )
    for (const q of v.quotes) assert.ok(v.blocks[q.block], 'quote block index')
    for (const b of v.boilerplates) assert.ok(v.blocks[b.block], 'boilerplate block index')
  }
}

describe('assertWellFormed', () => {
  it('fails on a block that is not the slice of its source', () => {
    const release: Release = {
      type: 'release',
      sources: [{ file: 'a.txt', format: 'text', text: 'Hello world' }],
      diagnostics: [],
      versions: [
        {
          type: 'version',
          lang: 'en',
          source: 0,
          start: 0,
          end: 11,
          date: null,
          headline: null,
          subheadline: null,
          dateline: null,
          contacts: [],
          quotes: [],
          endMark: null,
          boilerplates: [],
          blocks: [{ type: 'block', kind: 'body', text: 'Hello', start: 6, end: 11 }],
        },
      ],
    }
    assert.throws(() => assertWellFormed(release))
  })
})
