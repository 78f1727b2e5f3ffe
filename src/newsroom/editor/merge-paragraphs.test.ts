import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { mergedText, mergeParagraphs, splitParagraphs } from './merge-paragraphs.js'

const base = 'Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nThird paragraph.\n'

describe('splitParagraphs', () => {
  it('splits at blank lines and keeps every character', () => {
    const pieces = splitParagraphs('a\nb\n\n  \nc\n\n\nd')
    assert.deepEqual(
      pieces.map((p) => p.text),
      ['a\nb', 'c', 'd'],
    )
    assert.equal(pieces.map((p) => p.text + p.gap).join(''), 'a\nb\n\n  \nc\n\n\nd')
  })

  it('keeps any text whole when joined again', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '\t') }), (text) => {
        assert.equal(
          splitParagraphs(text)
            .map((p) => p.text + p.gap)
            .join(''),
          text,
        )
      }),
    )
  })
})

describe('mergeParagraphs', () => {
  it('takes the other side when one side did not change', () => {
    const mine = base.replace('First', 'My first')
    assert.equal(mergedText(mergeParagraphs(base, mine, base)), mine)
    assert.equal(mergedText(mergeParagraphs(base, base, mine)), mine)
  })

  it('merges changes to different paragraphs without a conflict', () => {
    const mine = base.replace('First paragraph.', 'First paragraph, edited by me.')
    const theirs = base.replace('Third paragraph.', 'Third paragraph, edited by them.')
    const result = mergeParagraphs(base, mine, theirs)
    assert.equal(result.conflicted, false)
    assert.equal(
      mergedText(result),
      'Headline\n\nFirst paragraph, edited by me.\n\nSecond paragraph.\n\nThird paragraph, edited by them.\n',
    )
  })

  it('keeps a paragraph one side added and a deletion the other made', () => {
    const mine = base.replace(
      'Second paragraph.\n\n',
      'Second paragraph.\n\nA new one of mine.\n\n',
    )
    const theirs = base.replace('First paragraph.\n\n', '')
    const result = mergeParagraphs(base, mine, theirs)
    assert.equal(result.conflicted, false)
    assert.equal(
      mergedText(result),
      'Headline\n\nSecond paragraph.\n\nA new one of mine.\n\nThird paragraph.\n',
    )
  })

  it('reports a conflict when both changed the same paragraph, with the three texts', () => {
    const mine = base.replace('Second paragraph.', 'Second, my way.')
    const theirs = base.replace('Second paragraph.', 'Second, their way.')
    const result = mergeParagraphs(base, mine, theirs)
    assert.equal(result.conflicted, true)
    const conflicts = result.chunks.filter((c) => c.kind === 'conflict')
    assert.deepEqual(conflicts, [
      {
        kind: 'conflict',
        base: 'Second paragraph.',
        mine: 'Second, my way.',
        theirs: 'Second, their way.',
      },
    ])
    assert.equal(
      mergedText(result, (c) => c.mine),
      'Headline\n\nFirst paragraph.\n\nSecond, my way.\n\nThird paragraph.\n',
    )
    assert.equal(
      mergedText(result),
      'Headline\n\nFirst paragraph.\n\nSecond, their way.\n\nSecond, my way.\n\nThird paragraph.\n',
    )
  })

  it('does not call the same change made on both sides a conflict', () => {
    const both = base.replace('Third', 'Last')
    const result = mergeParagraphs(base, both, both)
    assert.equal(result.conflicted, false)
    assert.equal(mergedText(result), both)
  })

  it('never loses a paragraph either side wrote (property)', () => {
    const para = fc.constantFrom('Alpha one.', 'Beta two.', 'Gamma three.', 'Delta four.')
    fc.assert(
      fc.property(
        fc.array(para, { minLength: 1, maxLength: 6 }),
        fc.array(fc.string({ unit: fc.constantFrom('x', 'y', 'z'), minLength: 1, maxLength: 3 }), {
          maxLength: 3,
        }),
        fc.array(fc.string({ unit: fc.constantFrom('p', 'q', 'r'), minLength: 1, maxLength: 3 }), {
          maxLength: 3,
        }),
        (paras, mineAdds, theirAdds) => {
          const text = paras.join('\n\n')
          const mine = [...paras, ...mineAdds.map((a) => `Mine ${a}.`)].join('\n\n')
          const theirs = [...theirAdds.map((a) => `Theirs ${a}.`), ...paras].join('\n\n')
          const merged = mergedText(mergeParagraphs(text, mine, theirs))
          for (const a of mineAdds) assert.ok(merged.includes(`Mine ${a}.`), merged)
          for (const a of theirAdds) assert.ok(merged.includes(`Theirs ${a}.`), merged)
        },
      ),
    )
  })
})
