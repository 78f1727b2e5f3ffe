import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { assertWellFormed } from './invariants.test.js'
import { isParseError } from './parse-error.js'
import { parseRelease } from './parse-release.js'

// Pieces of real releases, odd whitespace and punctuation, so generated texts reach every branch.
const pieces = [
  'June 10, 2021',
  '10 de junio de 2021',
  '06/10/2021',
  'FOR IMMEDIATE RELEASE',
  'PARA PUBLICACIÓN INMEDIATA',
  'Contact: Jane Doe, (202) 555-0100, jane@example.org',
  'Contacto de prensa: Ana Ruiz | 555-123-4567',
  '[email\u00a0protected]',
  'jkarant @seiu.org',
  'CHICAGO – ',
  'WASHINGTON, D.C. —',
  'CIUDAD DE MÉXICO.–',
  'LOS ANGELES, Calif. (June 10, 2021) –',
  '###',
  '# # #',
  '-30-',
  'FIN',
  '### is the nation’s largest group',
  '“We will not stop,” said Ana Ruiz, director of the Red.',
  '«No nos detendremos», afirmó Ana Ruiz.',
  'The coalition said the policy is wrong and the families need protection.',
  'La coalición dijo que la política es injusta y que las familias necesitan protección.',
  'About Alianza Americas',
  'Acerca de la Red',
  'Versión en español',
  'English version below',
  'Share This:',
  'Skip to content',
  '“',
  '”',
  '«',
  '»',
  '—',
  ':',
  '\n',
  '\n\n',
  '\n\n\n',
  ' ',
  '\u00a0',
  '\u200b',
  '\ufeff',
  '\u2028',
  '\t',
  '    ',
  'é',
  'ñ',
  '(',
  ')',
  '|',
  '@',
  '.',
  '1',
]
const releaseLike = fc.array(fc.constantFrom(...pieces), { maxLength: 60 }).map((xs) => xs.join(''))

function check(texts: string[]): void {
  try {
    const release = parseRelease(
      texts.map((text, i) => ({ file: `f${i}.txt`, format: 'text', text })),
    )
    assertWellFormed(release)
  } catch (e) {
    // The only exception allowed is the reader's own, for text that is no release at all.
    if (!isParseError(e)) throw e
  }
}

describe('parseRelease (properties)', () => {
  it('never throws anything but a ParseError on any string, and keeps every offset valid', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => check([s])),
      { numRuns: 300 },
    )
  })

  it('holds the same on any UTF-16 string, lone surrogates and control characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check([s])),
      { numRuns: 200 },
    )
  })

  it('holds the same on any mix of release pieces, odd whitespace included', () => {
    fc.assert(
      fc.property(releaseLike, (s) => check([s])),
      { numRuns: 400 },
    )
  })

  it('holds the same on several sources at once', () => {
    fc.assert(fc.property(fc.array(releaseLike, { minLength: 1, maxLength: 3 }), check), {
      numRuns: 150,
    })
  })

  it('always gives a release for text with enough English', () => {
    fc.assert(
      fc.property(releaseLike, (s) => {
        const text = `${s}\n\nThe coalition said that the families of the region are in danger and that the government has to act.`
        const release = parseRelease([{ file: 'a.txt', format: 'text', text }])
        assert.ok(release.versions.length >= 1)
        assertWellFormed(release)
      }),
      { numRuns: 200 },
    )
  })
})
