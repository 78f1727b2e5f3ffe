import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { applyToText, type PersonAppearance } from './apply-appearance.js'

const person: PersonAppearance = {
  names: ['Óscar Chacón'],
  mode: 'description',
  descriptions: { en: 'a father of three', es: 'un padre de tres hijos' },
  showTitle: false,
  titles: ['Executive Director', 'Director Ejecutivo'],
}

/** How the name may be written: accents kept or dropped, any case, possessive or not. */
const mention = fc
  .record({
    first: fc.constantFrom('Óscar', 'Oscar', 'OSCAR', 'óscar', 'ÓSCAR'),
    last: fc.constantFrom('Chacón', 'Chacon', 'CHACÓN', 'chacon', 'ChacóN'),
    full: fc.boolean(),
    possessive: fc.constantFrom('', '’s', "'s"),
  })
  .map(({ first, last, full, possessive }) => `${full ? `${first} ` : ''}${last}${possessive}`)

/** Text around the mentions: words, punctuation, quotes, line breaks. */
const filler = fc
  .array(
    fc.constantFrom(
      'said',
      'dijo',
      ',',
      '.',
      '“',
      '”',
      '«',
      '»',
      '\n\n',
      'the',
      'de',
      '—',
      '¿',
      '!',
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(' '))

const folded = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()

describe('applyToText (property)', () => {
  it('leaves no form of a described person’s name in any text, in either language', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(filler, mention), { minLength: 1, maxLength: 8 }),
        filler,
        fc.constantFrom('en', 'es'),
        (pieces, tail, lang) => {
          const text = `${pieces.map(([f, m]) => `${f} ${m}`).join(' ')} ${tail}`
          const out = folded(applyToText(text, lang, person))
          assert.ok(!out.includes('chacon'), out)
          assert.ok(!/(?<![\p{L}])oscar(?![\p{L}])/u.test(out), out)
        },
      ),
      { numRuns: 300 },
    )
  })
})
