import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitSentences, words } from './sentences.js'

describe('splitSentences', () => {
  const table: [string, string[]][] = [
    ['One. Two.', ['One.', 'Two.']],
    ['The U.S. government acted. It won.', ['The U.S. government acted.', 'It won.']],
    ['Los EE. UU. actuaron. Ganaron.', ['Los EE. UU. actuaron.', 'Ganaron.']],
    ['Dr. Ana Pérez spoke. Sra. Ruiz agreed.', ['Dr. Ana Pérez spoke.', 'Sra. Ruiz agreed.']],
    ['John F. Kennedy said it. Yes.', ['John F. Kennedy said it.', 'Yes.']],
    ['“We won,” she said. “Again.”', ['“We won,” she said.', '“Again.”']],
    ['¿Qué pasó? ¡Ganamos!', ['¿Qué pasó?', '¡Ganamos!']],
    ['It costs 1.5 million. Really.', ['It costs 1.5 million.', 'Really.']],
  ]
  for (const [text, expected] of table)
    it(`splits ${JSON.stringify(text)}`, () => {
      assert.deepEqual(
        splitSentences(text).map((s) => s.text),
        expected,
      )
    })

  it('keeps offsets into the text', () => {
    const text = 'A b. C d.'
    for (const s of splitSentences(text, 10))
      assert.equal(text.slice(s.start - 10, s.end - 10), s.text)
  })
})

describe('words', () => {
  it('keeps inner apostrophes and hyphens', () => {
    assert.deepEqual(words("It’s a well-known fact, isn't it?"), [
      'It’s',
      'a',
      'well-known',
      'fact',
      "isn't",
      'it',
    ])
  })
})
