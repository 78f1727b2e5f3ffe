/**
 * Coordination gaps: a coordination that lost a member, as when a co-issuing organization's
 * name was deleted from "Alianza Americas and [X] will continue" / "Alianza Americas y [X]
 * continuarán". The shape is a capitalised name that opens a clause, then "and" / "y", then a
 * finite verb where a second noun phrase is required. A full clause before "and" is fine ("We
 * protest and will continue"), and so is a name inside a sentence ("signed by Governor Smith and
 * will take effect"): only a name that opens the clause is the subject of the verb.
 */
import type { TextSpan } from './attribution-shapes.js'

/** Finite verbs and auxiliaries that can follow "and" only when a subject came before it. */
const englishVerbs = new Set(
  'will would shall should can could must may might are were have has had is was do does did continue continues urge urges applaud applauds condemn condemns celebrate celebrates commend commends reject rejects denounce denounces oppose opposes intend intends believe believes'.split(
    ' ',
  ),
)

/** Spanish finite verbs that do not end in a regular plural ending. */
const spanishVerbs = new Set(
  'han ha van va están está son es serán será fueron fue pueden puede deben debe seguimos seguiremos continuamos continuaremos hemos vamos estamos somos exigen exige llaman llama instan insta rechazan rechaza condenan condena celebran celebra apoyan apoya trabajan trabaja'.split(
    ' ',
  ),
)

/** Words ending like plural verbs that are not verbs. */
const spanishNonVerbs = new Set(
  'en bien quien quién también alguien según sin origen joven jóvenes imagen orden desorden crimen régimen volumen examen resumen margen virgen germen certamen dictamen gravamen abdomen polen andén almacén rehén sartén tren plan pan van capitán alemán catalán huracán desván afán refrán galán guardián truhán sultán imán tucán'.split(
    ' ',
  ),
)

/** Adverbs that may sit between the conjunction and the verb ("and will also", "y también"). */
const adverbs = new Set(
  'also now together jointly today both all further again still también ahora juntos juntas conjuntamente hoy todos todas ya aún además'.split(
    ' ',
  ),
)

/** Capitalised words that open clauses but are not names. */
const notNames = new Set(
  'A An This That These Those It Its Their His Her My Your In On At For With From By As If When While After Before Today Yesterday But And Or So Yet Un Una Este Esta Estos Estas Ese Esa Su Sus En Con Por Para Desde Hoy Ayer Pero Y O Como Si Cuando Mientras We I You They He She Nosotros Ellos Ellas'.split(
    ' ',
  ),
)

/** Determiners that may open a subject name ("The Coalition", "La Red", "Our partners"). */
const determiners = new Set([
  'The',
  'Our',
  'El',
  'La',
  'Los',
  'Las',
  'Nuestra',
  'Nuestro',
  'Nuestras',
  'Nuestros',
])

/** Lower-case words allowed inside an organization's name ("Coalition for Humane Immigrant Rights"). */
const nameConnectors = new Set([
  'of',
  'for',
  'the',
  'and',
  'de',
  'del',
  'la',
  'las',
  'los',
  '&',
  'en',
  'por',
  'para',
])

function isSpanishVerb(word: string): boolean {
  const w = word.toLowerCase()
  if (spanishVerbs.has(w)) return true
  if (spanishNonVerbs.has(w) || w.length < 4) return false
  return /(?:rán|rían|aron|ieron|aban|ían|emos|amos|imos|an|en)$/.test(w)
}

function isVerb(word: string, lang: string): boolean {
  if (!/^\p{Ll}/u.test(word)) return false
  return lang === 'es' ? isSpanishVerb(word) : englishVerbs.has(word)
}

const CAPITALISED = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}{2,}|\d+\p{L}*)$/u

/**
 * Finds coordinations with a missing member in one paragraph. Each span runs from the start of
 * the name to the end of the verb ("Alianza Americas and will"). `base` is the absolute offset
 * of `text[0]`.
 */
export function findMissingCoordinates(text: string, base: number, lang: string): TextSpan[] {
  const conj = lang === 'es' ? '(?:y|e)' : '(?:and|&)'
  const out: TextSpan[] = []
  const re = new RegExp(
    `(?<=^|[\\s\\u00a0])${conj}[\\s\\u00a0]+((?:[\\p{L}]+[\\s\\u00a0]+){0,2}?)([\\p{L}\\p{M}]+)`,
    'gu',
  )
  for (const m of text.matchAll(re)) {
    const verb = m[2] ?? ''
    const between = (m[1] ?? '')
      .trim()
      .split(/[\s\u00a0]+/)
      .filter(Boolean)
    if (!between.every((w) => adverbs.has(w.toLowerCase()))) continue
    if (!isVerb(verb, lang)) continue
    const nameStart = clauseInitialName(text, m.index)
    if (nameStart < 0) continue
    const end = m.index + m[0].length
    out.push({ start: base + nameStart, end: base + end, text: text.slice(nameStart, end) })
  }
  return out
}

/**
 * When the words just before `conjAt` are a capitalised name that opens a clause, the offset of
 * the name's first letter; else -1.
 */
function clauseInitialName(text: string, conjAt: number): number {
  const before = text.slice(0, conjAt).replace(/[\s\u00a0]+$/, '')
  const words = [...before.matchAll(/[^\s\u00a0]+/g)]
  let first = -1
  let sawName = false
  for (let k = words.length - 1; k >= 0; k--) {
    const match = words[k]
    if (!match) break
    const raw = match[0]
    // A dash that ends a dateline ("CHICAGO –") or an aside opens a clause.
    if (/^(?:[–—]|--?)$/.test(raw)) return sawName ? first : -1
    // Stop at punctuation that ends a clause: the name starts after it.
    const opener = raw.match(/^[“"«‘(¿¡—–-]+/)
    const core = raw.slice(opener?.[0].length ?? 0).replace(/[’']s$/, '')
    if (/[,;:.!?)”"»]$/.test(core)) {
      // The word just before the conjunction must not end in punctuation ("X, and will").
      if (k === words.length - 1) return -1
      return sawName && isClauseBoundary(raw) ? first : -1
    }
    const bare = core
    if (determiners.has(bare) && sawName) {
      const previous = words[k - 1]?.[0]
      if (opener || !previous || isClauseBoundary(previous))
        return (match.index ?? 0) + (opener?.[0].length ?? 0)
      return -1
    }
    if (CAPITALISED.test(bare) && !notNames.has(bare) && !determiners.has(bare)) {
      sawName = true
      first = (match.index ?? 0) + (opener?.[0].length ?? 0)
      if (opener) return first
      continue
    }
    if (sawName && nameConnectors.has(bare) && k > 0) continue
    return -1
  }
  return sawName ? first : -1
}

/** Whether a word ends a clause, so the next word opens one (". ", ": ", "; ", "” "). */
function isClauseBoundary(word: string): boolean {
  if (/^(?:U\.S|EE\.\s?UU|Sr|Sra|Dr|Dra|Mr|Mrs|Ms|St|Jr|Gov|Sen|Rep)\.$/.test(word)) return false
  return /[.;:!?”"»]$|^(?:[–—]|--?)$/.test(word)
}
