import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findQuoteMarkIssues, type Paragraph } from './quote-marks.js'

function paragraphs(text: string): Paragraph[] {
  return [...text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)].map((m) => ({ text: m[0], start: m.index }))
}
const problems = (text: string) =>
  findQuoteMarkIssues(paragraphs(text)).map((i) => `${i.problem} ${i.text} @${i.start}`)

describe('findQuoteMarkIssues', () => {
  const cases: [string, string, string[]][] = [
    ['balanced curly', '“Yes,” she said. “No.”', []],
    ['balanced straight', '"Yes," she said.', []],
    ['balanced angle with inner curly', '«Dijo “basta” ayer», afirmó.', []],
    ['spaces inside the marks', '“ You cannot oppress the people. ” – César Chávez', []],
    ['apostrophes and ‘90s', 'It’s the ‘90s again, “isn’t it?”', []],
    ['multi-paragraph EN', '“First paragraph.\n\n“Second paragraph.”\n\nAfter.', []],
    ['multi-paragraph ES with »', '«Primer párrafo.\n\n»Segundo párrafo.»', []],
    ['continuation on the next line', '“Primero.\n“Segundo.”', []],
    ['unclosed', '“We will fight, stated Ana.\n\nNext paragraph.', ['unclosed “ @0']],
    ['unclosed at the end', 'Ana said: “We will fight.', ['unclosed “ @10']],
    ['unopened', 'We will fight,” stated Ana.', ['unopened ” @14']],
    ['mixed', '“Seguiremos», afirmó.', ['mixed » @11']],
    ['closed with an opening glyph', '“Nuestros valores morales“, afirma Ana.', ['mixed “ @25']],
    ['mixed with straight', '“We will fight," stated Ana.', ['mixed " @15']],
    [
      'unclosed, next paragraph is not a continuation',
      '“One.\n\nTwo.”',
      ['unclosed “ @0', 'unopened ” @11'],
    ],
  ]
  for (const [name, text, want] of cases)
    it(name, () => {
      assert.deepEqual(problems(text), want)
    })
})
