import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitBlocks } from './split-blocks.js'

function texts(s: string): string[] {
  return splitBlocks(s).map((b) => s.slice(b.start, b.end))
}

describe('splitBlocks', () => {
  it('splits at blank lines and trims odd whitespace from the spans', () => {
    assert.deepEqual(texts('\u00a0 One.\u200b\n\u00a0\n\nTwo.\n'), ['One.', 'Two.'])
  })

  it('treats a line of only NBSP and zero-width spaces as blank', () => {
    assert.deepEqual(texts('One.\n\u00a0\u200b\u2028\nTwo.'), ['One.', 'Two.'])
  })

  it('does not break a line at NBSP, zero-width spaces or U+2028', () => {
    assert.deepEqual(texts('One\u00a0two\u200bthree\u2028four.'), [
      'One\u00a0two\u200bthree\u2028four.',
    ])
  })

  it('splits paragraphs separated by single newlines', () => {
    const a =
      'Washington, D.C. – La senadora hizo hoy las siguientes declaraciones sobre la decisión:'
    const b =
      '“Los más de 250.000 salvadoreños que vinieron a Estados Unidos han reconstruido sus vidas.'
    assert.deepEqual(texts(`${a}\n${b}`), [a, b])
  })

  it('keeps a multi-line contact block together', () => {
    const block =
      'Media Contact:\nJane Doe\nCommunications Director\n(202) 555-0100\njane@example.org'
    assert.deepEqual(texts(`June 10, 2021\n${block}\n\nHeadline here`), [
      'June 10, 2021',
      block,
      'Headline here',
    ])
  })

  it('keeps "Name | phone | e-mail" lines together', () => {
    const block =
      'Fernanda Durand | (443) 396-3317 | x@y.org\nNancy Treviño | (786) 201-8958 | z@y.org'
    assert.deepEqual(texts(block), [block])
  })

  it('joins a paragraph hard-wrapped mid-sentence', () => {
    const s =
      'The coalition said on Thursday that the new rules would hurt\nfamilies across the region and called for change.'
    assert.deepEqual(texts(s), [s])
  })

  it('reads a two-column header as columns', () => {
    const s =
      'PARA DIFUSIÓN INMEDIATA:            Contacto: Ali Jost, ali@example.org\n11 de marzo del 2010                           (202)-730-7159'
    assert.deepEqual(texts(s), [
      'PARA DIFUSIÓN INMEDIATA:',
      'Contacto: Ali Jost, ali@example.org',
      '11 de marzo del 2010',
      '(202)-730-7159',
    ])
  })

  it('joins a dateline alone on its line with the paragraph it opens', () => {
    const s =
      'Keene, CA –\nIn response to the reported killings, the UFW issued the following statement.'
    assert.deepEqual(texts(s), [s])
  })

  it('does not take a headline in capitals after a contact line into the contact group', () => {
    const contact = 'Press contact: Ana Ruiz, aruiz@example.org, 210-555-0134'
    const headline = 'LOS GRUPOS EXIGEN EL FIN DE LA DETENCIÓN DE FAMILIAS'
    assert.deepEqual(texts(`${contact}\n${headline}`), [contact, headline])
  })

  it('keeps name and title lines above a phone in the contact group', () => {
    const s = 'Jane Doe\nCommunications Director\n(202) 555-0100'
    assert.deepEqual(texts(`Headline Over Here\n\n${s}`), ['Headline Over Here', s])
  })
})
