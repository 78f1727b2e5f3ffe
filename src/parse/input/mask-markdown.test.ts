import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { maskMarkdown } from './mask-markdown.js'

/** Masked output with `·` for each masked or original space, to make the table readable. */
const show = (s: string): string => maskMarkdown(s).replace(/ /g, '·')

describe('maskMarkdown', () => {
  const cases: [string, string, string][] = [
    ['an ATX heading', '# Headline', '··Headline'],
    ['closing hashes of a heading', '## Title ##', '···Title···'],
    ['a lone ### as the end mark', 'text\n\n###\n', 'text\n\n###\n'],
    ['a spaced # # # end mark', '# # #', '#·#·#'],
    ['an end mark glued to a lower-case paragraph', '### is the largest', '###·is·the·largest'],
    ['an h3 that reads like a heading', '### About Us', '····About·Us'],
    ['strong and emphasis', 'a **b** _c_ *d*', 'a···b····c···d·'],
    ['underscores inside a word', 'snake_case_name', 'snake_case_name'],
    ['a lone asterisk between spaces', '5 * 3', '5·*·3'],
    ['strikethrough', '~~old~~ new', '··old···new'],
    ['a link, keeping its text', '[Alianza](https://x.org/a_b)', '·Alianza'.padEnd(28, '·')],
    ['a reference link', '[text][ref] x', '·text·······x'],
    ['a bracketed placeholder, kept', '[ORG] is the', '[ORG]·is·the'],
    ['an image, whole', 'a ![logo](l.png) b', 'a················b'],
    ['an e-mail autolink', '<press@org.org>', '·press@org.org·'],
    ['inline HTML tags', 'a<br/>b <span class="x">c</span>', 'a·····b·················c·······'],
    ['an HTML comment over lines', 'a <!-- x\ny --> b', 'a·······\n······b'],
    ['code span ticks, keeping the code', 'use `a*b*c` now', 'use··a*b*c··now'],
    ['a blockquote', '> “Quote,” said X', '··“Quote,”·said·X'],
    ['a nested blockquote', '> > deep', '····deep'],
    ['bullets and a task box', '- one\n* two\n+ [x] three', '··one\n··two\n······three'],
    ['ordered list numbers, kept', '1. first', '1.·first'],
    ['a setext underline', 'Title\n=====', 'Title\n·····'],
    ['a thematic break', 'a\n\n***\n\nb', 'a\n\n···\n\nb'],
    ['a fenced code block, kept inside', '```js\n*x*\n```', '·····\n*x*\n···'],
    ['backslash escapes', '\\*not\\* em', '·*not·*·em'],
    ['a table delimiter row, keeping cell pipes', '| a | b |\n|---|---|', '|·a·|·b·|\n·········'],
    ['a contact line with pipes, kept', 'Ana | (1) 2 | a@b.org', 'Ana·|·(1)·2·|·a@b.org'],
    ['a link reference definition', 'x\n\n[r]: https://x.org', `x\n\n${'·'.repeat(18)}`],
    ['front matter', '---\ntitle: x\n---\nBody', '···\n········\n···\nBody'],
    ['-30- end mark, kept', 'fin\n\n-30-', 'fin\n\n-30-'],
    ['NBSP, zero-width and smart quotes, kept', '“a”\u00a0b\u200bc', '“a”\u00a0b\u200bc'],
  ]
  for (const [name, input, expected] of cases)
    it(`masks ${name}`, () => assert.equal(show(input), expected))

  it('keeps every offset: same length, same line breaks, each character kept or blanked', () => {
    const unit = fc.constantFrom(
      ...'#*_~`[]()!<>-+=|\\:/ \n\taZé“”'.split(''),
      '<!--',
      '-->',
      '```',
      '###',
      '\u00a0',
      '\u200b',
    )
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (parts) => {
        const input = parts.join('')
        const output = maskMarkdown(input)
        assert.equal(output.length, input.length)
        for (let i = 0; i < input.length; i++) {
          if (input[i] === '\n') assert.equal(output[i], '\n')
          else
            assert.ok(
              output[i] === input[i] || output[i] === ' ',
              `offset ${i} of ${JSON.stringify(input)}`,
            )
        }
      }),
      { numRuns: 500 },
    )
  })

  it('reads hostile markup of any length without breaking its promises', () => {
    const n = 50_000
    const inputs = [
      '['.repeat(n),
      '[a]('.repeat(n / 4),
      '>'.repeat(n),
      '*a _'.repeat(n / 4),
      '[a][[b]'.repeat(n / 7),
      '<a '.repeat(n / 3),
      '<!--'.repeat(n / 4),
      Array.from({ length: 300 }, (_, k) => `${'`'.repeat(k + 1)}a`).join(''),
      `a|b\n${`|${' '.repeat(2000)}x\n`.repeat(20)}`,
    ]
    for (const input of inputs) {
      const output = maskMarkdown(input)
      assert.equal(output.length, input.length)
      assert.equal(output.split('\n').length, input.split('\n').length)
    }
  })
})
