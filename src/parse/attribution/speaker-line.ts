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

/** Words of organizations' names: a line whose "name" holds one names no person. */
const orgWordRe =
  /\b(?:united|unidos|unidas|network|red|coalition|coalición|alliance|alianza|union|unión|center|centro|council|consejo|fund|fondo|project|proyecto|committee|comité|federation|federación|association|asociación|institute|instituto|foundation|fundación|campaign|campaña|league|liga|inc|llc|action|acción|services|servicios|movement|movimiento)\b/iu

/** Whether a "name" holds a word of organizations' names ("Colorado Housing Network"). */
export function looksLikeOrganization(name: string): boolean {
  return orgWordRe.test(name)
}

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
  // Emphasis marks around the line ("**Rosa Delgado, Director:**", "_Ana Ruiz_").
  while (s < e && (isSpace(text[s]) || /[*_]/.test(text[s] ?? ''))) s++
  while (e > s && (isSpace(text[e - 1]) || /[*_]/.test(text[e - 1] ?? ''))) e--
  if (e - s < 5 || e - s > 220 || text.slice(s, e).includes('\n\n')) return null
  let signature = false
  while (s < e && /[~–—―‒-]/.test(text[s] ?? '')) {
    signature = true
    s++
  }
  while (s < e && isSpace(text[s])) s++
  const colon = text[e - 1] === ':' || text[e - 1] === '：'
  if (colon || text[e - 1] === '.') e--
  while (e > s && (isSpace(text[e - 1]) || /[*_]/.test(text[e - 1] ?? ''))) e--
  const line = text.slice(s, e)
  // "Ana Ruiz\nPresident, Tenants United": a name on its own line, then the title and organization.
  if (line.includes('\n')) return stackedLine(text, s, e, colon, signature)
  // Quote marks, sentence breaks or a clause's verb make it a sentence, not a speaker line.
  if (/["“”«»„]/.test(line) || /[!?;]/.test(line)) return null
  // A period then a capital is a sentence break, unless it closes an initial or an honorific
  // ("Jane Q. Doe", "Sen. Michael Bennet", "Rev. Dr. William Barber II").
  for (const m of line.matchAll(/(\S+)\.\s+\p{Lu}/gu))
    if (
      !/^(?:\p{Lu}|[\p{L}.]*\p{Lu}\.\p{Lu}|rev|dr|dra|sen|rep|gov|mr|mrs|ms|jr|sr|sra|srta|st|lic|ing|prof|gen|lt|col|hon|fr|mons|pbro|u\.s|d\.c)$/iu.test(
        m[1] ?? '',
      )
    )
      return null
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
  if (looksLikeOrganization(phrase.name)) return null
  const nameWords = phrase.name.split(/\s+/).length
  if (nameWords < 2 || nameWords > 5) return null
  if (!colon && !signature && !lead && phrase.title === null && phrase.organization === null)
    return null
  // Without a colon, a dash or a lead-in, the name is set off by a comma, a bracket or a dash
  // ("NAME, TITLE, ORG"): "Housing Advocates Rally at the Capitol" is a headline.
  const after = line.slice(line.indexOf(phrase.name) + phrase.name.length)
  if (!colon && !signature && !lead && !/^\s*(?:[,(]|[–—-]\s)/.test(after)) return null
  return { start: s, end: e, phrase, colon, signature }
}

/**
 * A speaker laid out over two or three lines: the name, then the title and organization ("Ana
 * Ruiz\nPresident\nTenants United"). The lines are read as one "NAME, TITLE, ORG" phrase.
 */
function stackedLine(
  text: string,
  s: number,
  e: number,
  colon: boolean,
  signature: boolean,
): SpeakerLine | null {
  const lines = text
    .slice(s, e)
    .split('\n')
    .map((l) => l.trim().replace(/,$/, ''))
  if (lines.length > 3 || lines.some((l) => l === '' || l.length > 90)) return null
  const joined = lines.join(', ')
  const first = speakerLine(lines[0] ?? '', 0, (lines[0] ?? '').length)
  const whole = speakerLine(joined, 0, joined.length)
  const phrase = whole?.phrase ?? null
  if (!phrase || phrase.name === null) return null
  // The first line must be the name by itself, or a full speaker line of its own.
  const nameOnly = parseSpeakerPhrase(lines[0] ?? '', 0, (lines[0] ?? '').length)
  if (!first && nameOnly.name !== lines[0]) return null
  if (phrase.name !== (first?.phrase.name ?? nameOnly.name)) return null
  return { start: s, end: e, phrase: { ...phrase, start: s, end: e }, colon, signature }
}
