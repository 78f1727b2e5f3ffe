/**
 * Spokesperson appearance applied to a release's text, the same way in every language: each
 * mention of the person — the full name as written or as in the directory, the surname alone,
 * possessives ("Chacón’s" keeps its "’s") — becomes the first name or the description chosen, and
 * the title is dropped where asked (", executive director" after a name, "Executive Director"
 * before one). Matching ignores accents and case, so "Oscar Chacon" in the text is found for
 * "Óscar Chacón" in the directory. Pure: text in, text out.
 */
import type { StoredVersion } from '../../store/index.js'

/** How one person appears, with everything needed to find their mentions. */
export interface PersonAppearance {
  /** Every form of the name to replace: the directory's, and as written in each language. */
  names: string[]
  mode: 'full' | 'first' | 'description'
  /** The description per language ("a mother of two from Honduras"). */
  descriptions: Record<string, string>
  showTitle: boolean
  /** The person's titles as written (any language); dropped next to a mention when hidden. */
  titles: string[]
}

/** What stands in for a person described without a description in that language. */
const fallbackDescription: Record<string, string> = {
  en: 'a spokesperson',
  es: 'una persona portavoz',
}

const accents: Record<string, string> = {
  a: 'aàáâãäå',
  e: 'eèéêë',
  i: 'iìíîï',
  o: 'oòóôõö',
  u: 'uùúûü',
  n: 'nñ',
  c: 'cç',
  y: 'yýÿ',
}

/** A regular-expression source matching `text` with any accents, case and spacing. */
function loose(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    const base = ch
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .toLowerCase()
    if (/\s/.test(ch)) out += '\\s+'
    else if (/['’‘]/.test(ch)) out += "['’‘]"
    else if (accents[base]) out += `[${accents[base]}]`
    else out += ch.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
  }
  return out.replace(/(\\s\+)+/g, '\\s+')
}

const before = '(?<![\\p{L}\\p{N}])'
const after = '(?![\\p{L}\\p{N}])'

function alternatives(list: readonly string[]): string {
  const unique = [...new Set(list.map((s) => s.trim()).filter((s) => s.length > 1))]
  return unique
    .sort((a, b) => b.length - a.length)
    .map(loose)
    .join('|')
}

function words(name: string): string[] {
  return name.split(/\s+/).filter(Boolean)
}

/** The name variants that are replaced in `mode` (full names, surnames; first names when described). */
function variants(person: PersonAppearance): string[] {
  const out = [...person.names]
  for (const name of person.names) {
    const w = words(name)
    if (w.length > 1) out.push(w[w.length - 1] as string)
    if (person.mode === 'description' && w.length > 1) out.push(w[0] as string)
  }
  return out
}

function firstName(person: PersonAppearance): string {
  const name = person.names[0] ?? ''
  return words(name)[0] ?? name
}

function startsSentence(text: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 6), at)
  return at === 0 || /(^|[.!?]["”»’]?\s+|\n\s*|[“"«¿¡]\s*)$/.test(head)
}

/** One version's text with `person`'s appearance applied. */
export function applyToText(text: string, lang: string, person: PersonAppearance): string {
  let out = text.normalize('NFC')
  const names = alternatives(person.names.concat(variants(person)))
  if (!names) return out
  if (!person.showTitle) {
    const titles = alternatives(person.titles)
    if (titles) {
      // ", executive director" after a name; ", of Alianza Americas" stays when it follows.
      out = out.replace(
        new RegExp(
          `(${before}(?:${names})${after})\\s*,\\s*(?:the\\s+|el\\s+|la\\s+)?(?:${titles})${after}(\\s+(?:of|de|del)\\s)?`,
          'giu',
        ),
        (_m, name: string, org: string | undefined) => (org ? `${name},${org}` : name),
      )
      // "Executive Director Oscar Chacon".
      out = out.replace(new RegExp(`${before}(?:${titles})\\s+((?:${names})${after})`, 'giu'), '$1')
    }
  }
  if (person.mode === 'full') return out
  const primary = lang.split('-')[0] ?? lang
  const replacement =
    person.mode === 'first'
      ? firstName(person)
      : (person.descriptions[lang] ??
        person.descriptions[primary] ??
        fallbackDescription[primary] ??
        fallbackDescription.en ??
        '')
  return out.replace(new RegExp(`${before}(?:${names})${after}`, 'giu'), (_m, offset: number) =>
    person.mode === 'description' && startsSentence(out, offset)
      ? replacement.charAt(0).toUpperCase() + replacement.slice(1)
      : replacement,
  )
}

/** Every version with every person's appearance applied. */
export function applyAppearances(
  versions: readonly StoredVersion[],
  people: readonly PersonAppearance[],
): StoredVersion[] {
  return versions.map((v) => ({
    lang: v.lang,
    text: people.reduce((text, person) => applyToText(text, v.lang, person), v.text),
  }))
}
