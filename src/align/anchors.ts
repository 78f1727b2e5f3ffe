/**
 * Language-neutral anchors of a piece of text: what survives translation unchanged or nearly so.
 * E-mails, URLs, phones, dates, numbers (after locale normalisation), names (accents and case
 * folded), acronyms, quotation marks, glossary concepts and cognates. The aligner compares them
 * as weighted feature bags ({@link Features}); the drift detector reads the mentions.
 */
import type { Lang, Span } from '../core/index.js'
import { sentenceStarters } from './abbreviations.js'
import { type DateMention, findDates } from './dates.js'
import { cognateKey, fold, isAllCaps, isCapitalized, type Word, wordsOf } from './fold.js'
import { glossaryConcept } from './glossary.js'
import { findNumbers, type NumberMention } from './numbers.js'

/** A contact detail or a name found in a text; `key` is its comparable form. */
export interface Mention {
  kind: 'email' | 'url' | 'phone' | 'name' | 'acronym'
  text: string
  start: number
  end: number
  key: string
}

/** Everything the aligner and the drift detector read from one sentence. */
export interface Anchors {
  numbers: NumberMention[]
  dates: DateMention[]
  mentions: Mention[]
  /** Weighted features for the alignment score (feature → weight). */
  features: Features
  /** Text length used by the length model (characters, white space runs counted once). */
  length: number
}

/** A weighted bag of features. */
export type Features = Map<string, number>

const emailPattern = /[\p{L}\d._%+-]+@[\p{L}\d-]+(?:\.[\p{L}\d-]+)+/gu
const urlPattern = /\b(?:https?:\/\/|www\.)[^\s<>"“”«»]+[^\s<>"“”«».,;:!?)\]]/giu
const bareDomainPattern =
  /(?<![@\p{L}\d.])(?:[\p{L}\d-]+\.)+(?:org|com|net|gov|edu|us|mx|es|info|io)(?:\/[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)\]])?(?![\p{L}\d])/giu
const phonePattern =
  /(?<![\d])(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\d{3}[\s.-])\d{3,4}[\s.-]\d{4}(?![\d])/g

/** Acronyms written differently in the two languages, mapped to one form. */
const acronymSynonyms: Record<string, string> = {
  EEUU: 'US',
  USA: 'US',
  EUA: 'US',
  ONU: 'UN',
  OEA: 'OAS',
  UE: 'EU',
  OTAN: 'NATO',
  FMI: 'IMF',
  OMS: 'WHO',
  OIT: 'ILO',
  OIM: 'IOM',
  ACNUR: 'UNHCR',
  BID: 'IDB',
  EU: 'EU',
}

/** Words of five letters or more that carry no content (their cognate keys would be noise). */
const functionWords = new Set([
  'there',
  'their',
  'these',
  'those',
  'which',
  'would',
  'could',
  'should',
  'about',
  'after',
  'other',
  'being',
  'where',
  'while',
  'every',
  'under',
  'since',
  'until',
  'before',
  'through',
  'within',
  'without',
  'against',
  'among',
  'because',
  'entre',
  'sobre',
  'desde',
  'hasta',
  'cuando',
  'donde',
  'porque',
  'aunque',
  'todos',
  'todas',
  'puede',
  'pueden',
  'estas',
  'estos',
  'estan',
  'hacia',
  'segun',
  'mismo',
  'misma',
  'otros',
  'otras',
  'nuestra',
  'nuestro',
  'nuestros',
  'nuestras',
  'tambien',
  'ademas',
  'durante',
  'mientras',
  'siempre',
])

/** Finds the contact details (e-mails, URLs, phones) of `text`, offsets shifted by `offset`. */
export function findContactMentions(text: string, offset = 0): Mention[] {
  const found: Mention[] = []
  const free = (s: number, e: number) => !found.some((m) => s < m.end && e > m.start)
  const add = (kind: Mention['kind'], m: RegExpMatchArray, key: string) => {
    const start = offset + (m.index ?? 0)
    const end = start + m[0].length
    if (free(start, end)) found.push({ kind, text: m[0], start, end, key })
  }
  // cheap tests first: the full patterns backtrack over every word of plain prose
  if (text.includes('@'))
    for (const m of text.matchAll(emailPattern)) add('email', m, m[0].toLowerCase())
  if (/https?:|www\./i.test(text))
    for (const m of text.matchAll(urlPattern))
      add(
        'url',
        m,
        m[0]
          .toLowerCase()
          .replace(/^https?:\/\//, '')
          .replace(/^www\./, '')
          .replace(/\/$/, ''),
      )
  if (/\.(?:org|com|net|gov|edu|us|mx|es|info|io)\b/i.test(text))
    for (const m of text.matchAll(bareDomainPattern))
      add(
        'url',
        m,
        m[0]
          .toLowerCase()
          .replace(/^www\./, '')
          .replace(/\/$/, ''),
      )
  if (/\d{3}/.test(text))
    for (const m of text.matchAll(phonePattern)) add('phone', m, m[0].replace(/\D/g, '').slice(-10))
  return found.sort((a, b) => a.start - b.start)
}

/** Glossary concepts that are capitalised without being names (months, weekdays, titles). */
const calendarConcepts = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'today',
  'mr',
  'mrs',
  'dr',
])

/**
 * Names: runs of capitalised words that do not open the sentence, joined by "de", "del", "la",
 * "van" … A run is a name when at least one of its words is not in the glossary ("Comité
 * Nacional Demócrata" is, "White House" is not). Skipped in title-case lines, where every word
 * is capitalised. Months and weekdays end a run.
 */
export function findNames(text: string, lang: Lang, offset = 0, known?: Word[]): Mention[] {
  const words = known ?? wordsOf(text, offset)
  const capitalised = words.filter((w) => isCapitalized(w.text)).length
  if (words.length >= 4 && capitalised / words.length > 0.6) return []
  const names: Mention[] = []
  let run: typeof words = []
  const flush = () => {
    while (run.length && !isCapitalized(run[run.length - 1]?.text ?? '')) run.pop()
    const first = run[0]
    const last = run[run.length - 1]
    const named = run.some((w) => isCapitalized(w.text) && wordInfo(w.text, lang).concept === null)
    if (first && last && named)
      names.push({
        kind: 'name',
        text: text.slice(first.start - offset, last.end - offset),
        start: first.start,
        end: last.end,
        key: run
          .filter((w) => isCapitalized(w.text))
          .map((w) => wordInfo(w.text, lang).folded)
          .join(' '),
      })
    run = []
  }
  const connectors = /^(?:de|del|la|van|von|da|di|du|le)$/
  words.forEach((w, i) => {
    const capital = isCapitalized(w.text)
    // most words are neither capitalised nor connectors: nothing to look at
    if (!capital && !(run.length > 0 && connectors.test(w.text))) {
      if (run.length) flush()
      return
    }
    const gap = i > 0 ? text.slice((words[i - 1]?.end ?? 0) - offset, w.start - offset) : ''
    if (!capital) {
      if (gap.trim() === '') run.push(w)
      else flush()
      return
    }
    const atStart = i === 0 || /[.!?:]\s*["“«]?\s*$/.test(gap) || /^[“"«¿¡]/.test(gap.trim())
    const info = wordInfo(w.text, lang)
    const concept = info.concept?.slice(2) ?? null
    const isName =
      !isAllCaps(w.text) &&
      w.text.length > 1 &&
      !atStart &&
      !sentenceStarters.has(info.folded) &&
      !(concept && calendarConcepts.has(concept))
    if (isName && (run.length === 0 || /^[\s\u00a0]+$/.test(gap) || gap === '-')) run.push(w)
    else {
      flush()
      if (isName) run.push(w)
    }
  })
  flush()
  return names
}

/** Acronyms ("TPS", "U.S.", "EE. UU.", "DACA"), keyed by letters with synonyms merged. */
export function findAcronyms(text: string, offset = 0): Mention[] {
  const found: Mention[] = []
  if (!/\p{Lu}(?:\p{Lu}|\.)/u.test(text)) return found
  const pattern = /(?<![\p{L}\d])(?:(?:\p{Lu}{1,2}\.\s?){2,}|\p{Lu}{2,8}s?)(?![\p{L}\d])/gu
  for (const m of text.matchAll(pattern)) {
    const letters = m[0].replace(/[^\p{L}]/gu, '').replace(/(?<=\p{Lu}{2,})s$/u, '')
    if (letters.length < 2) continue
    const key = acronymSynonyms[letters] ?? letters
    const start = offset + (m.index ?? 0)
    found.push({
      kind: 'acronym',
      text: m[0].trimEnd(),
      start,
      end: start + m[0].trimEnd().length,
      key,
    })
  }
  return found
}

interface WordInfo {
  folded: string
  /** `G:<concept>` or null. */
  concept: string | null
  /** `C:<cognate key>` for a content word of five letters or more, or null. */
  cognate: string | null
}

const wordCache = new Map<string, WordInfo>()

/** The folded form and feature keys of a word, memoised (releases repeat their vocabulary). */
function wordInfo(word: string, lang: Lang): WordInfo {
  const key = `${lang}\u0000${word}`
  const known = wordCache.get(key)
  if (known) return known
  const folded = fold(word)
  const concept = glossaryConcept(word, lang)
  const info: WordInfo = {
    folded,
    concept: concept ? `G:${concept}` : null,
    cognate: folded.length < 5 || functionWords.has(folded) ? null : `C:${cognateKey(folded)}`,
  }
  if (wordCache.size > 50_000) wordCache.clear()
  wordCache.set(key, info)
  return info
}

function bump(features: Features, key: string, weight: number): void {
  features.set(key, (features.get(key) ?? 0) + weight)
}

/**
 * Anchors already read for a list of sentences, keyed by that list: the aligner records the
 * anchors of the sentences it returns, and the drift detector reuses them instead of reading
 * the same sentences again. Held weakly, so they go with the alignment.
 */
export const sentenceAnchors = new WeakMap<readonly object[], readonly Anchors[]>()

/** Reads the anchors of `text.slice(span.start, span.end)`; every offset is into `text`. */
export function findAnchors(text: string, span: Span, lang: Lang): Anchors {
  const slice = text.slice(span.start, span.end)
  const contacts = findContactMentions(slice, span.start)
  const dates = findDates(slice, span.start)
  const numbers = findNumbers(slice, lang, span.start, contacts)
  const words = wordsOf(slice, span.start)
  const names = findNames(slice, lang, span.start, words)
  const acronyms = findAcronyms(slice, span.start).filter(
    (a) => !contacts.some((c) => a.start < c.end && a.end > c.start),
  )
  const features: Features = new Map()
  for (const n of numbers) bump(features, `#${n.kind}:${n.value}`, 3)
  for (const c of contacts) bump(features, `@${c.key}`, 3)
  for (const a of acronyms) {
    bump(features, `A:${a.key}`, 2)
    // an acronym meets its spelled-out name in the other language under its sorted letters
    if (a.key.length >= 3) bump(features, `I:${[...a.key].sort().join('')}`, 1)
  }
  for (const n of names) {
    const initials = n.key.split(' ').map((w) => w.charAt(0).toUpperCase())
    if (initials.length >= 3) bump(features, `I:${initials.sort().join('')}`, 1)
  }
  const nameWords = new Set(names.flatMap((n) => n.key.split(' ')))
  // names meet under their cognate key, like other words ("Temporary Protected Status" /
  // "Estatus de Protección Temporal"), with twice the weight
  for (const w of nameWords) if (w.length >= 3) bump(features, `C:${cognateKey(w)}`, 2)
  for (const word of words) {
    if (isAllCaps(word.text)) continue
    const info = wordInfo(word.text, lang)
    if (info.concept) bump(features, info.concept, 1)
    if (info.cognate && !nameWords.has(info.folded)) bump(features, info.cognate, 1)
  }
  if (/^[“"«]/.test(slice.trimStart())) bump(features, 'Q:open', 1)
  if (/[”"»]/.test(slice)) bump(features, 'Q:close', 1)
  // sentences without any anchor ("###", "—") still match their own copy
  if (features.size === 0 && slice.trim()) bump(features, `X:${fold(slice.trim())}`, 1)
  const length = collapsedLength(slice)
  return { numbers, dates, mentions: [...contacts, ...names, ...acronyms], features, length }
}

const space = /\s/

/** The length of `text` with runs of white space counted once and the ends trimmed. */
export function collapsedLength(text: string): number {
  let length = 0
  let pendingSpace = false
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    const white = c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c > 0x7f && space.test(text.charAt(i)))
    if (white) {
      if (length > 0) pendingSpace = true
      continue
    }
    if (pendingSpace) length++
    pendingSpace = false
    length++
  }
  return length
}

/**
 * Dice similarity of two feature bags in [0, 1]: twice the shared weight over the total weight.
 * Zero when either bag is empty.
 */
export function featureSimilarity(a: Features, b: Features): number {
  let total = 0
  let shared = 0
  for (const [key, wa] of a) {
    total += wa
    const wb = b.get(key)
    if (wb !== undefined) shared += Math.min(wa, wb)
  }
  for (const wb of b.values()) total += wb
  return total === 0 ? 0 : (2 * shared) / total
}

/** The sum of several feature bags. */
export function mergeFeatures(bags: readonly Features[]): Features {
  if (bags.length === 1 && bags[0]) return bags[0]
  const out: Features = new Map()
  for (const bag of bags) for (const [k, w] of bag) bump(out, k, w)
  return out
}
