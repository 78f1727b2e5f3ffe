/**
 * Block shapes: the tests the version reader applies to one block's text (release line, date
 * line, title, prose, lead, epigraph, call to action) and the content words it compares to
 * choose a headline. Pure string tests; the decisions are made in read-version.ts.
 */
import type { Span } from '../core/position.js'
import type { BlockKind } from '../core/release.js'
import { isPlaceLine } from './dateline.js'
import { type DateMatch, findDates } from './dates.js'
import { gluedEndMarkRe, releaseLineRe } from './patterns.js'
import { fold, trimSpan } from './text-utils.js'

const openingQuoteRe = /^["“„«‘'»]/
const terminalRe = /[.!?…]["”»’)]*$|[:;]$/
/** The lead of a statement ("The following is a statement from NAME:"). */
export const statementLeadRe =
  /(?:statement|declaraci[oó]n|comunicado|remarks|palabras|said|dijo|afirm[oó]|following|siguientes?)\b[^\n]{0,200}[:：]$/i

/** A time after a date: " - 11:45 AM EDT", " at 10 a.m. ET", ", a las 10:00 horas". */
const timeRe =
  /^[\s,|·•–—-]*(?:at|@|a\s+las?)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?|hrs?\.?|horas|h)?\s*(?:\(?(?:[ECMP][SD]?T|GMT|UTC|hora\s+del?\s+\p{L}+(?:\s+\p{L}+)?)\)?)?\.?/iu

/** Splits "### is the nation's…" into the end mark and the rest. */
export function splitGlued(text: string, spans: Span[]): Span[] {
  const out: Span[] = []
  for (const b of spans) {
    const t = text.slice(b.start, b.end)
    const m = gluedEndMarkRe.exec(t)
    if (m && b.end - b.start > m[0].length) {
      const [ms, me] = trimSpan(text, b.start, b.start + m[0].length)
      const [rs, re] = trimSpan(text, b.start + m[0].length, b.end)
      out.push({ start: ms, end: me })
      if (re > rs) out.push({ start: rs, end: re })
    } else out.push(b)
  }
  return out
}

/** A date-only block: the date, possibly with a weekday, a place ("New York, 08 December 2023") or a label. */
export function dateBlock(t: string): { date: DateMatch; placeEnd: number } | null {
  if (t.length > 80 || t.includes('\n')) return null
  const found = findDates(t)
  const d = found[0]
  if (!d || found.length > 1) return null
  const before = t.slice(0, d.start)
  // A trailing byline or separator ("Posted on June 4, 2019 by Admin", "Posted 9/25/15 |"),
  // or a time ("June 16, 2022 - 11:45 AM EDT", "3 de marzo de 2026, a las 10:00 horas").
  const after = t
    .slice(d.end)
    .replace(timeRe, '')
    .replace(/^[\s,]*(?:by|por)\s+[^\n]{1,60}$/i, '')
  if (!/^[\s\p{P}\p{S}]*$/u.test(after.replace(/\b(?:updated?|actualizado)\b/gi, ''))) return null
  if (/^[\s\p{P}\p{S}]*$/u.test(before)) return { date: d, placeEnd: 0 }
  // "Date: June 10, 2021", "Fecha: 10 de junio de 2021", "Posted on …", "Publicado el …"
  if (
    /^(?:date|fecha|dated|posted|publicado|published|updated|actualizado)(?:\s+(?:on|el))?\s*[:.-]?\s*$/i.test(
      before,
    )
  )
    return { date: d, placeEnd: 0 }
  const place = before.replace(/[\s,.\-–—|]+$/, '')
  if (place && isPlaceLine(place)) return { date: d, placeEnd: place.length }
  return null
}

/**
 * A release line: the phrase and at most a date, time or short note ("EMBARGOED UNTIL 10 a.m.
 * ET, June 10, 2021"); "Press Release: Groups Condemn…" is a headline, not a release line.
 */
export function isReleaseLine(t: string): boolean {
  const m = releaseLineRe.exec(t)
  if (!m || t.length > 160) return false
  const rest = t.slice(m.index + m[0].length).replace(/^[\s:.\-–—|]+/, '')
  if (rest.length <= 12 || findDates(rest).length > 0) return true
  return (
    /\b(?:until|hasta|a\.?m\.?|p\.?m\.?|\d{1,2}:\d{2}|ET|EST|EDT|CT|PT|GMT|UTC)\b/i.test(rest) &&
    rest.length <= 70
  )
}

/** A signature line under an epigraph ("~ Michael Greene, 32BJ Member", "— César Chávez"). */
export const attributionLineRe = /^[~–—―-]+[ \u00a0]*\p{Lu}[^\n]{0,100}$/u

/** A site-wide epigraph: “quotation” – Author (page chrome, not the release's body). */
export function isEpigraph(t: string, next = ''): boolean {
  if (!openingQuoteRe.test(t)) return false
  return /["”»]\s*[–—―~-]+\s*[^\n.!?]{2,80}$/.test(t) || attributionLineRe.test(next)
}

/**
 * A block that is only a quotation, followed by a title and then prose: a site's epigraph above
 * the headline, not the start of the body.
 */
export function isQuoteBeforeTitle(
  strings: string[],
  kinds: (BlockKind | null)[],
  i: number,
): boolean {
  const t = strings[i] ?? ''
  if (!openingQuoteRe.test(t) || !/["”»][.…]?$|[.…]["”»]$/.test(t) || t.length > 600) return false
  let j = i + 1
  while (j < strings.length && kinds[j] !== null) j++
  const next = strings[j]
  if (next === undefined || !isTitleLike(next) || isProse(next)) return false
  for (let k = j + 1; k < Math.min(strings.length, j + 4); k++)
    if (kinds[k] === null && isProse(strings[k] ?? '')) return true
  return false
}

/** A paragraph that leads into what follows ("From Local 32BJ…, April 5, 2017:"). */
export function isLead(t: string): boolean {
  return t.length >= 30 && t.length < 400 && /[:：]$/.test(t) && !openingQuoteRe.test(t)
}

/** A paragraph of running text: long and ending like a sentence, or several sentences. */
export function isProse(t: string): boolean {
  if (isEpigraph(t)) return false
  if (t.length >= 100 && terminalRe.test(t)) return true
  return t.length >= 160 && /[.!?]["”»’]?\s+[\p{Lu}“"«¿¡]/u.test(t)
}

/** A block that could be a title: short enough, not a quotation, not several sentences. */
export function isTitleLike(t: string): boolean {
  if (openingQuoteRe.test(t)) return false
  if (t.length < 8 || t.length > 320) return false
  if (!/\p{L}{2}/u.test(t)) return false
  // Two or more full sentences read as a paragraph, not a title.
  return (t.match(/[.!?]["”»’]?\s+\p{Lu}/gu) ?? []).length < 2
}

const stopwords = new Set(
  'the and for with from that this have has will are was were been their about after into over than what when which while your our they them says said statement press release news media contacts contact today para por con una los las del que como sobre entre desde hasta pero este esta estos estas sus son fue han hoy comunicado declaración prensa'.split(
    ' ',
  ),
)

/** The folded content words of `t` (four letters or more, stopwords and possessives dropped). */
export function contentWords(t: string): Set<string> {
  const out = new Set<string>()
  for (const m of fold(t).matchAll(/\p{L}[\p{L}\p{N}]*(?:'\p{L}+)?/gu)) {
    const w = m[0].replace(/'s$/, '')
    if (w.length >= 4 && !stopwords.has(w)) out.add(w)
  }
  return out
}

/** A short call to action or site banner ("Keep Me in the Loop!", "Donate now!"). */
export function isCallToAction(t: string): boolean {
  if (/!$/.test(t) && t.split(/\s+/).length <= 6) return true
  return /^(?:act\s+now|take\s+action|tell\s+(?:your|congress|the)|sign\s+(?:up|the|our)|join\s+(?:us|our|the)|donate|click|subscribe|learn\s+more|read\s+more|actúa|únete|firma\s+(?:la|nuestra)|dona\b|suscríbete|haz\s+clic)\b/i.test(
    t,
  )
}

/** The next block after `after` still without a kind (dates and release lines skipped), or -1. */
export function nextOpen(kinds: (BlockKind | null)[], after: number): number {
  for (let i = after + 1; i < kinds.length; i++) {
    const k = kinds[i]
    if (k === null || k === 'subheadline') return i
    if (k === 'date' || k === 'release-line') continue
    return -1
  }
  return -1
}
