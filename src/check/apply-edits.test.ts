import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Diagnostic, Source } from '../core/index.js'
import { applyEdits } from './apply-edits.js'
import { fixSources } from './fix-sources.js'

describe('applyEdits', () => {
  it('applies edits right to left so offsets stay valid', () => {
    const result = applyEdits('a b c', [
      { range: [0, 1], text: 'AAA' },
      { range: [4, 5], text: 'CC' },
    ])
    assert.equal(result.text, 'AAA b CC')
  })

  it('skips an edit that overlaps one already taken', () => {
    const result = applyEdits('abcdef', [
      { range: [1, 4], text: 'X' },
      { range: [3, 5], text: 'Y' },
    ])
    assert.equal(result.text, 'aXef')
    assert.deepEqual(result.skipped, [{ range: [3, 5], text: 'Y' }])
  })

  it('skips edits outside the text and two insertions at one offset', () => {
    const result = applyEdits('abc', [
      { range: [2, 9], text: 'X' },
      { range: [1, 1], text: '1' },
      { range: [1, 1], text: '2' },
    ])
    assert.equal(result.text, 'a1bc')
    assert.equal(result.skipped.length, 2)
  })
})

describe('fixSources', () => {
  const check = (sources: Source[]): Diagnostic[] =>
    sources.flatMap((s) => {
      const at = s.text.indexOf('  ')
      return at < 0
        ? []
        : [
            {
              ruleId: 'x',
              severity: 'warning' as const,
              message: '',
              file: s.file,
              fix: { range: [at, at + 2] as [number, number], text: ' ' },
            },
          ]
    })

  it('repeats until stable', () => {
    const result = fixSources([{ file: 'a.txt', format: 'text', text: 'a      b' }], check)
    assert.equal(result.sources[0]?.text, 'a b')
    assert.equal(result.diagnostics.length, 0)
    assert.ok(result.passes > 1)
  })

  it('stops after the pass limit', () => {
    const result = fixSources([{ file: 'a.txt', format: 'text', text: 'a          b' }], check, 2)
    assert.equal(result.passes, 2)
    assert.equal(result.sources[0]?.text, `a${' '.repeat(8)}b`)
  })

  it('leaves sources without fixes as they are', () => {
    const source: Source = { file: 'a.txt', format: 'text', text: 'fine' }
    assert.equal(fixSources([source], check).sources[0], source)
  })
})
