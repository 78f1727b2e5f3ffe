/**
 * dateline-mismatch: the versions of a release give different places in their datelines
 * ("CHICAGO –" against "WASHINGTON –"). Places are compared without case, accents and
 * punctuation, and through the usual Spanish names of US and Latin American cities ("NUEVA
 * YORK" = "NEW YORK"), so a translated or re-cased dateline is not a mismatch.
 */
import type { Version } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { langLabel } from './drift-report.js'

/** Spanish names of places that datelines translate, folded. */
const PLACE_NAMES: Record<string, string> = {
  'nueva york': 'new york',
  'ciudad de nueva york': 'new york',
  'new york city': 'new york',
  'nueva orleans': 'new orleans',
  filadelfia: 'philadelphia',
  'ciudad de mexico': 'mexico city',
  'ciudad de guatemala': 'guatemala city',
  'ciudad de panama': 'panama city',
  'la habana': 'havana',
  'washington dc': 'washington',
  'washington d c': 'washington',
  'nueva jersey': 'new jersey',
  'nuevo mexico': 'new mexico',
  'carolina del norte': 'north carolina',
  'carolina del sur': 'south carolina',
  misuri: 'missouri',
  'san diego ca': 'san diego',
  ginebra: 'geneva',
  londres: 'london',
  bruselas: 'brussels',
}

/** A place as compared: folded, unpunctuated, translated, state abbreviations dropped. */
export function comparablePlace(place: string): string {
  const folded = place
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
  const whole = PLACE_NAMES[folded] ?? folded
  // "Keene CA", "Keene, Calif.", "Trenton NJ" → the city: datelines differ in state styles.
  const city =
    whole.split(' ').length > 1
      ? whole.replace(/ (?:[a-z]{2}|calif|fla|tex|ill|ariz|nev|colo|conn|mass|wash)$/, '')
      : whole
  return PLACE_NAMES[city] ?? city
}

/** The dateline-mismatch rule. */
export const datelineMismatch = defineRule({
  id: 'dateline-mismatch',
  summary: {
    en: 'The language versions give different places in their datelines.',
    es: 'Las versiones lingüísticas dan lugares distintos en su data.',
  },
  description: {
    en: 'Compares each translation’s dateline place with the first version’s, ignoring case, accents, punctuation and the state, and knowing the Spanish names of common places (Nueva York, Ciudad de México). Reported on the translation (every version after the first), with `cause` at the first version’s dateline. A version without a dateline is left to missing-dateline.',
    es: 'Compara el lugar de la data de cada traducción con el de la primera versión, sin contar mayúsculas, tildes, puntuación ni el estado, y conociendo los nombres en español de lugares comunes (Nueva York, Ciudad de México). Se señala en la traducción (toda versión después de la primera), con `cause` en la data de la primera versión. Una versión sin data la señala missing-dateline.',
  },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      differs: 'The dateline says “{place}”, but the {other} version says “{otherPlace}”.',
      counterpart: 'The {other} version’s dateline: “{otherPlace}” (“{place}” in the other).',
    },
    es: {
      differs: 'La data dice «{place}», pero la versión {other} dice «{otherPlace}».',
      counterpart: 'La data de la versión {other}: «{otherPlace}» («{place}» en la otra).',
    },
  },
  examples: {
    valid: [
      { name: 'the same place', files: pair() },
      {
        name: 'the place translated',
        files: pair(
          enRelease.replace('CHICAGO –', 'NEW YORK –'),
          esRelease.replace('CHICAGO –', 'NUEVA YORK –'),
        ),
      },
    ],
    invalid: [
      {
        name: 'the Spanish gives another city',
        files: pair(enRelease, esRelease.replace('CHICAGO –', 'WASHINGTON –')),
        messages: [{ messageId: 'differs', lang: 'es', actual: 'WASHINGTON –' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions: Version[]) {
        const [reference, ...others] = versions
        const ref = reference?.dateline
        if (!reference || !ref) return
        for (const version of others) {
          const own = version.dateline
          if (!own || comparablePlace(own.place) === comparablePlace(ref.place)) continue
          const data = { place: own.place, otherPlace: ref.place, other: langLabel(reference) }
          context.report({
            version,
            messageId: 'differs',
            data,
            start: own.start,
            end: own.end,
            actual: own.place,
            expected: [ref.place],
            cause: {
              version: reference,
              start: ref.start,
              end: ref.end,
              messageId: 'counterpart',
              data,
            },
          })
        }
      },
    }
  },
})
