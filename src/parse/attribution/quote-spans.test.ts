import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { paragraphBlocks } from './paragraph-blocks.js'
import { findQuoteSpans } from './quote-spans.js'

/** The quoted texts of every span, with `|` marking a span that runs over paragraphs. */
function spans(text: string): string[] {
  const blocks = paragraphBlocks(text)
  return findQuoteSpans(
    text,
    blocks,
    blocks.map(() => true),
  ).map((s) => (s.orphan ? '~' : '') + text.slice(s.start, s.end) + (s.closed ? '' : '…'))
}

describe('findQuoteSpans', () => {
  const rows: [string, string, string[]][] = [
    ['curly double quotes', '“We will win,” she said.', ['We will win']],
    ['straight double quotes', '"We will win," she said.', ['We will win']],
    ['guillemets', '«Vamos a ganar», afirmó Pérez.', ['Vamos a ganar']],
    ['single curly quotes', '‘We will win,’ she said.', ['We will win']],
    [
      'spaces inside the marks',
      '“ You cannot uneducate the person who has learned to read. ” – César Chávez',
      ['You cannot uneducate the person who has learned to read.'],
    ],
    [
      'an apostrophe inside a single-quoted quote',
      '‘The workers’ union will not back down,’ he said.',
      ['The workers’ union will not back down'],
    ],
    ['apostrophes are not quotes', 'It’s the nation’s largest group and the ’90s are over.', []],
    [
      'a nested quote in the same marks',
      'Dijo: “La gente gritó “¡basta ya!” en las calles.” Fin.',
      ['La gente gritó “¡basta ya!” en las calles.'],
    ],
    [
      'a nested single quote',
      '“He promised to treat Dreamers ‘with heart.’ He did not.”',
      ['He promised to treat Dreamers ‘with heart.’ He did not.'],
    ],
    [
      'a wrong-way closing mark',
      '“Esto no es lo que somos“, afirma Daniella Burgi-Palomino.',
      ['Esto no es lo que somos'],
    ],
    [
      'a Hebrew gershayim standing in for ”',
      '“People power matters.״ \n',
      ['People power matters.'],
    ],
    [
      'a missing opening mark',
      'This is not who we are,” states Jane Doe. “More.”',
      ['~This is not who we are', 'More.'],
    ],
    [
      'two quotes in one paragraph',
      '“A is here,” she said. “B is there.”',
      ['A is here', 'B is there.'],
    ],
    ['a stray straight quote is skipped', 'He is 6" tall and "proud," she said.', ['proud']],
  ]
  for (const [name, text, expected] of rows) {
    it(`finds ${name}`, () => assert.deepEqual(spans(text), expected))
  }

  it('joins English paragraphs that reopen with “ into one span', () => {
    const text =
      '“First paragraph goes on.\n\n“Second paragraph too.\n\n“Last one closes.”\n\nAfter.'
    const blocks = paragraphBlocks(text)
    const found = findQuoteSpans(text, blocks, [true, true, true, true])
    assert.equal(found.length, 1)
    assert.equal(found[0]?.firstBlock, 0)
    assert.equal(found[0]?.lastBlock, 2)
    assert.equal(text.slice(found[0]?.start, found[0]?.end).endsWith('Last one closes.'), true)
  })

  it('joins Spanish paragraphs that continue with » into one span', () => {
    const text = '«Primer párrafo sigue.\n»Segundo párrafo cierra».\nDespués.'
    const blocks = paragraphBlocks(text)
    const found = findQuoteSpans(text, blocks, [true, true, true])
    assert.equal(found.length, 1)
    assert.equal(found[0]?.lastBlock, 1)
  })

  it('ends an unclosed quote at its paragraph when the next does not reopen', () => {
    const text = '“Unclosed quote here.\n\nA plain paragraph.'
    const blocks = paragraphBlocks(text)
    const found = findQuoteSpans(text, blocks, [true, true])
    assert.equal(found.length, 1)
    assert.equal(found[0]?.closed, false)
    assert.equal(found[0]?.lastBlock, 0)
  })

  it('skips blocks that are not eligible, and never joins across them', () => {
    const text = '“Chrome quote.”\n\n“Release quote,” she said.'
    const blocks = paragraphBlocks(text)
    const found = findQuoteSpans(text, blocks, [false, true])
    assert.deepEqual(
      found.map((s) => text.slice(s.start, s.end)),
      ['Release quote'],
    )
  })
})
