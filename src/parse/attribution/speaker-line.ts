/**
 * Speaker lines: a short paragraph that is nothing but who speaks, laid out above or below a
 * quotation with no reporting verb — "Rosa Delgado, Executive Director, Colorado Housing
 * Network:", "Statement by Jane Doe, President of SEIU Local 1", "— Ana Ruiz, presidenta de
 * Inquilinos Unidos", "~ Kevin Marsh (Tenants United)". The whole line must read as one speaker
 * phrase with a personal name; anything else (a sentence, a headline, a slogan) is not one.
 */
import { isReportingVerb } from './reporting-verbs.js'
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase.js'
import { isSpace } from './text-scan.js'

/** A speaker line and the speaker it names. */
export interface SpeakerLine {
  /** The line without its leading dash and trailing colon or period. */
  start: number
  end: number
  phrase: SpeakerPhrase
  /** The line ends with a colon: it announces what follows. */
  colon: boolean
  /** The line opens with a dash or tilde: a signature under what precedes it. */
  signature: boolean
}

const leadInRe =
  /^(?:(?:joint\s+)?(?:statement|remarks|comments|quote)\s+(?:of|from|by)|(?:declaraci[oó]n|comentarios?|palabras|mensaje|cita)\s+(?:de|del)(?=\s)|por|by)\s+/iu

/**
 * Reads `text[start, end)` as a speaker line; null unless the whole line is one speaker phrase
 * with a personal name (and, without a colon or a dash, a title or an organization as well).
 */
export function speakerLine(text: string, start: number, end: number): SpeakerLine | null {
  let s = start
  let e = end
  while (s < e && isSpace(text[s])) s++
  while (e > s && isSpace(text[e - 1])) e--
  if (e - s < 5 || e - s > 220 || text.slice(s, e).includes('\n\n')) return null
  let signature = false
  while (s < e && /[~–—―‒-]/.test(text[s] ?? '')) {
    signature = true
    s++
  }
  while (s < e && isSpace(text[s])) s++
  const colon = text[e - 1] === ':' || text[e - 1] === '：'
  if (colon || text[e - 1] === '.') e--
  while (e > s && isSpace(text[e - 1])) e--
  const line = text.slice(s, e)
  // Quote marks, sentence breaks or a clause's verb make it a sentence, not a speaker line.
  if (/["“”«»„]/.test(line) || /[.!?;]\s+\p{Lu}/u.test(line) || /[!?;]/.test(line)) return null
  const words = line.split(/\s+/)
  if (words.length > 24) return null
  if (words.some((w) => /^\p{Ll}/u.test(w) && isReportingVerb(w.replace(/[,.:()]/g, ''))))
    return null
  const lead = leadInRe.exec(line)
  const phraseStart = lead ? s + lead[0].length : s
  const phrase = parseSpeakerPhrase(text, phraseStart, e)
  if (phrase.name === null || phrase.reference !== null) return null
  // The phrase must cover the whole line (only closing punctuation may be left over).
  if (text.slice(phrase.end, e).replace(/[\s,.)]/g, '') !== '') return null
  if (text.slice(phraseStart, phrase.start).trim() !== '') return null
  const nameWords = phrase.name.split(/\s+/).length
  if (nameWords < 2 || nameWords > 5) return null
  if (!colon && !signature && !lead && phrase.title === null && phrase.organization === null)
    return null
  return { start: s, end: e, phrase, colon, signature }
}
