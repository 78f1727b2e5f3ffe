/**
 * A contact's fields as typed in a form, sent to the API or read from a CSV cell, checked and
 * brought to the stored form: the normalised address, trimmed text, and a language preference
 * read from the many ways people write it (`en`, `English`, `inglés`, `both`, `ambos`, `en/es`…).
 */
import { fold } from '../../parse/index.js'
import type { ContactFields, ContactLang } from '../../store/repositories/lists.js'
import { normaliseEmail } from './contact-email.js'

/** A contact as given, before checking. */
export interface ContactInput {
  email: string
  name?: string | null | undefined
  outlet?: string | null | undefined
  beat?: string | null | undefined
  lang?: string | null | undefined
  location?: string | null | undefined
}

/** Why a contact was refused. */
export type ContactProblem = 'missing-email' | 'invalid-email' | 'bad-language' | 'too-long'

/** The answer of {@link checkContact}. */
export type ContactCheck =
  | { ok: true; contact: ContactFields & { email: string } }
  | { ok: false; problem: ContactProblem; field: keyof ContactInput; value: string }

/** The longest text kept in one field. */
export const maxFieldLength = 300

const langWords: Record<string, ContactLang> = {
  en: 'en',
  eng: 'en',
  english: 'en',
  ingles: 'en',
  'en-us': 'en',
  'en-gb': 'en',
  es: 'es',
  spa: 'es',
  esp: 'es',
  spanish: 'es',
  espanol: 'es',
  castellano: 'es',
  'es-es': 'es',
  'es-mx': 'es',
  'es-419': 'es',
  both: 'both',
  ambos: 'both',
  ambas: 'both',
  bilingual: 'both',
  bilingue: 'both',
  'en+es': 'both',
  'es+en': 'both',
  'en/es': 'both',
  'es/en': 'both',
  'en,es': 'both',
  'es,en': 'both',
  'en es': 'both',
  'es en': 'both',
  'en y es': 'both',
  'en and es': 'both',
  'english and spanish': 'both',
  'ingles y espanol': 'both',
}

/** Folds a value as the reader folds text, without spaces around `+`, `/` and `,`. */
function foldValue(text: string): string {
  return fold(text)
    .replace(/\s*([+/,])\s*/g, '$1')
    .trim()
}

/** Reads a language preference: a value, null for an empty cell, or undefined when unreadable. */
export function parseContactLang(text: string | null | undefined): ContactLang | null | undefined {
  const folded = foldValue(text ?? '')
  if (folded === '') return null
  return langWords[folded]
}

function clean(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim()
}

/** Checks one contact and answers its stored form or the first problem found. */
export function checkContact(input: ContactInput): ContactCheck {
  const email = normaliseEmail(input.email)
  if (!email.ok)
    return {
      ok: false,
      problem: email.problem === 'missing' ? 'missing-email' : 'invalid-email',
      field: 'email',
      value: input.email ?? '',
    }
  const lang = parseContactLang(input.lang)
  if (lang === undefined)
    return { ok: false, problem: 'bad-language', field: 'lang', value: input.lang ?? '' }
  const texts = {
    name: clean(input.name),
    outlet: clean(input.outlet),
    beat: clean(input.beat),
    location: clean(input.location),
  }
  for (const [field, value] of Object.entries(texts))
    if (value.length > maxFieldLength)
      return { ok: false, problem: 'too-long', field: field as keyof ContactInput, value }
  return {
    ok: true,
    contact: {
      email: email.email,
      name: texts.name,
      outlet: texts.outlet || null,
      beat: texts.beat || null,
      lang,
      location: texts.location || null,
    },
  }
}

/**
 * The fields of a contact given again (a form or an import row) over the stored ones: a given
 * value replaces the stored one, an empty one keeps it — re-importing a sparser file never erases
 * what was known.
 */
export function mergeContactFields(
  stored: ContactFields | undefined,
  given: ContactFields,
): ContactFields {
  if (!stored) return given
  return {
    name: given.name || stored.name,
    outlet: given.outlet ?? stored.outlet,
    beat: given.beat ?? stored.beat,
    lang: given.lang ?? stored.lang,
    location: given.location ?? stored.location,
  }
}
