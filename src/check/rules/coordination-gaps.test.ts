import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findMissingCoordinates } from './coordination-gaps.js'

const found = (text: string, lang: string) =>
  findMissingCoordinates(text, 0, lang).map((s) => s.text)

describe('findMissingCoordinates', () => {
  const cases: [string, string, string[]][] = [
    [
      'en',
      'We agree. Alianza Americas and will continue working with allies.',
      ['Alianza Americas and will'],
    ],
    [
      'en',
      '“Alianza Americas and will also keep working,” she said.',
      ['Alianza Americas and will'],
    ],
    [
      'en',
      'The Coalition for Humane Immigrant Rights and are proud to join.',
      ['The Coalition for Humane Immigrant Rights and are'],
    ],
    ['en', 'CASA and continue to demand justice.', ['CASA and continue']],
    [
      'es',
      'Alianza Americas y continuarán trabajando con sus aliados.',
      ['Alianza Americas y continuarán'],
    ],
    ['es', 'Lo dijimos. La Red Nacional y seguiremos luchando.', ['La Red Nacional y seguiremos']],
    ['es', 'Presente y han pedido al Congreso actuar.', ['Presente y han']],
    // A full clause before the conjunction, a name inside the sentence, a second member.
    ['en', 'We protest and will continue to protest.', []],
    ['en', 'The bill was signed by Governor Smith and will take effect in May.', []],
    ['en', 'Alianza Americas and Presente will continue working.', []],
    ['en', 'Alianza Americas and partner organizations will continue.', []],
    ['en', 'Today, the U.S. and Mexico are talking.', []],
    ['en', 'Alianza Americas Applauds And Will Continue', []],
    ['es', 'Estados Unidos y México firmarán el acuerdo.', []],
    ['es', 'La coalición protestó y continuará protestando.', []],
    ['es', 'Alianza Americas y jóvenes inmigrantes marcharán.', []],
    ['es', 'Alianza Americas y en particular sus miembros marcharán.', []],
    ['es', 'Alianza Americas e inmigrantes marcharán.', []],
  ]
  for (const [lang, text, expected] of cases)
    it(`${lang}: ${JSON.stringify(text).slice(0, 70)} → ${expected.length}`, () => {
      assert.deepEqual(found(text, lang), expected)
    })
})
