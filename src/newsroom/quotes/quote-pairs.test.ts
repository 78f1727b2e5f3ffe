import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { readQuotePairs, surnameKey } from './quote-pairs.js'

const dir = new URL('../../../test/fixtures/01-alianza-americas-2021-06-10/', import.meta.url)
const sample = ['en', 'es'].map((lang) => ({
  lang,
  text: readFileSync(new URL(`${lang}.txt`, dir), 'utf8'),
}))

describe('readQuotePairs', () => {
  it('pairs each English quote with its Spanish counterpart, keyed by speaker', () => {
    const pairs = readQuotePairs(sample)
    assert.deepEqual(
      pairs.map((p) => [p.key, p.sides.map((s) => s.lang)]),
      [
        ['chacon-1', ['en', 'es']],
        ['nelson-1', ['en', 'es']],
        ['chacon-2', ['en', 'es']],
      ],
    )
    const nelson = pairs[1]
    assert.match(nelson?.sides[0]?.text ?? '', /^Despite VP Harris’ ill-advised/)
    assert.match(nelson?.sides[1]?.text ?? '', /^A pesar de los comentarios/)
  })

  it('gives each side its paragraph and the quote’s place in it', () => {
    for (const pair of readQuotePairs(sample))
      for (const side of pair.sides)
        assert.equal(side.paragraph.slice(side.quoteStart, side.quoteEnd), side.text)
  })

  it('keeps keys when the quoted words change', () => {
    const edited = sample.map((v) =>
      v.lang === 'es' ? { ...v, text: v.text.replace('A pesar de', 'Pese a') } : v,
    )
    assert.deepEqual(
      readQuotePairs(edited).map((p) => p.key),
      readQuotePairs(sample).map((p) => p.key),
    )
  })

  it('lets a quote only one language has stand alone', () => {
    const en =
      'Title of a statement here\n\nCHICAGO – “We will not stop,” said Ana Ruiz, an organizer.\n'
    const es = 'Título de una declaración aquí\n\nCHICAGO – La coalición habló hoy sin citas.\n'
    const pairs = readQuotePairs([
      { lang: 'en', text: en },
      { lang: 'es', text: es },
    ])
    assert.deepEqual(
      pairs.map((p) => [p.key, p.sides.map((s) => s.lang)]),
      [['ruiz-1', ['en']]],
    )
  })

  it('reads nothing from empty or unsupported versions', () => {
    assert.deepEqual(readQuotePairs([{ lang: 'fr', text: '« Bonjour », dit Marie.' }]), [])
    assert.deepEqual(readQuotePairs([{ lang: 'en', text: '   ' }]), [])
  })
})

describe('surnameKey', () => {
  it('folds accents and case', () => {
    assert.equal(surnameKey('Óscar Chacón'), 'chacon')
    assert.equal(surnameKey(null), null)
  })
})
