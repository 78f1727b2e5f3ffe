/**
 * Property-based tests: on any text and any blocks, the attribution functions do not throw and
 * every offset they return lies in the text, matches the slice it claims, and points at a real
 * block.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import type { Block, BlockKind } from '../../core/release.js'
import { blockKinds } from '../../core/release.js'
import { extractBoilerplates, extractQuotes } from './index.js'
import { paragraphBlocks } from './paragraph-blocks.js'

/** Pieces that make release-like text: marks, dashes, names, verbs, end marks, line breaks. */
const pieces = [
  '“',
  '”',
  '"',
  '«',
  '»',
  '‘',
  '’',
  "'",
  '„',
  '״',
  '—',
  '–',
  ' - ',
  '--',
  ':',
  ',',
  '.',
  '!',
  ' ',
  '\n',
  '\n\n',
  '###',
  '# # #',
  '-30-',
  'About ',
  'Acerca de ',
  'Sobre ',
  'said',
  'stated',
  'concluded',
  'afirmó',
  'dijo',
  'según',
  'according to',
  'she',
  'Oscar Chacon',
  'Chacon',
  'María de la Cruz',
  'executive director of',
  'directora ejecutiva de',
  'Alianza Americas',
  '(D-Nev.)',
  'U.S. Sen.',
  'is a network of',
  'es una red',
  'The following is a statement from',
  'released the following statement',
  'la siguiente declaración',
  'We will win',
  'families',
  '(202) 555-0100',
  'jane@example.org',
  '[ORG]',
  'XXX',
  'Founded in 1990,',
  '\u00a0',
  '\u200b',
]

const textArb = fc
  .array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 80 })
  .map((parts) => parts.join(''))

function check(text: string, blocks: Block[]): void {
  const quotes = extractQuotes(text, blocks, 'en')
  let previous = -1
  for (const q of quotes) {
    assert.ok(q.start >= 0 && q.start <= q.end && q.end <= text.length)
    assert.equal(q.text, text.slice(q.start, q.end))
    const b = blocks[q.block]
    assert.ok(b, 'quote.block is a block')
    assert.ok(q.start >= b.start && q.start <= b.end, 'a quote starts in its block')
    assert.ok(q.start >= previous, 'quotes in order')
    previous = q.start
    if (q.attribution) {
      const a = q.attribution
      assert.ok(a.start >= 0 && a.start <= a.end && a.end <= text.length)
      assert.equal(a.text, text.slice(a.start, a.end))
    }
  }
  for (const bp of extractBoilerplates(text, blocks, 'es')) {
    assert.ok(bp.start >= 0 && bp.start < bp.end && bp.end <= text.length)
    assert.ok(blocks[bp.block], 'boilerplate.block is a block')
  }
}

describe('attribution properties', () => {
  it('never throws and keeps offsets exact on line blocks', () => {
    fc.assert(
      fc.property(textArb, (text) => check(text, paragraphBlocks(text))),
      { numRuns: 600 },
    )
  })

  it('never throws on arbitrary block kinds and arbitrary (even overlapping) block ranges', () => {
    const kindArb = fc.constantFrom<BlockKind>(...blockKinds)
    fc.assert(
      fc.property(
        textArb,
        fc.array(fc.tuple(fc.nat(), fc.nat(), kindArb), { maxLength: 12 }),
        (text, raw) => {
          const blocks: Block[] = raw.map(([a, b, kind]) => {
            const start = text.length === 0 ? 0 : a % (text.length + 1)
            const end = Math.min(text.length, start + (b % 200))
            return { type: 'block', kind, text: text.slice(start, end), start, end }
          })
          extractQuotes(text, blocks, 'es')
          extractBoilerplates(text, blocks, 'en')
        },
      ),
      { numRuns: 400 },
    )
  })

  it('reads a huge single paragraph with many quotes', () => {
    const text = Array.from(
      { length: 2000 },
      (_, i) => `“Quote number ${i} is here,” said Jane Doe.`,
    ).join(' ')
    const blocks = paragraphBlocks(text)
    assert.equal(blocks.length, 1)
    check(text, blocks)
    assert.equal(extractQuotes(text, blocks, 'en').length, 2000)
  })

  it('survives a long release-like text', () => {
    const text = Array.from({ length: 300 }, (_, i) =>
      i % 3 === 0
        ? `“Quote ${i} goes on,” said Jane Doe ${i}, director of CASA.`
        : `Plain paragraph ${i}.`,
    ).join('\n\n')
    const blocks = paragraphBlocks(text)
    check(text, blocks)
    assert.equal(extractQuotes(text, blocks, 'en').length, 100)
  })
})
