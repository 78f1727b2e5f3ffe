/**
 * Reading one language version from its blocks: block kinds (release line, date, contacts,
 * headline, subheadline, body, end mark, other), the release date, the dateline, contacts and
 * the end mark. The header is everything before the first body paragraph (the one that opens
 * with a dateline, reads as prose, or leads into a statement); the headline is the first
 * title-like block of the header. Quotes and boilerplates are added by the caller.
 */
import type { Diagnostic } from '../core/diagnostic.js'
import type { Span } from '../core/position.js'
import type { Block, BlockKind, Contact, Dateline, EndMark, ReleaseDate } from '../core/release.js'
import {
  attributionLineRe,
  contentWords,
  dateBlock,
  isCallToAction,
  isEpigraph,
  isLead,
  isProse,
  isQuoteBeforeTitle,
  isReleaseLine,
  isTitleLike,
  nextOpen,
  splitGlued,
  statementLeadRe,
} from './block-shapes.js'
import { isContactsBlock, readContacts } from './contacts.js'
import { type DatelineMatch, findDateline, isPlaceLine } from './dateline.js'
import { type DateMatch, findDates } from './dates.js'
import { debrisRe, endMarkRe, langMarkerRe, langNoteRe } from './patterns.js'
import { squash, trimSpan } from './text-utils.js'

/** What {@link readVersion} finds in one version, before quotes and boilerplates. */
export interface VersionStructure {
  blocks: Block[]
  date: ReleaseDate | null
  headline: Block | null
  subheadline: Block | null
  dateline: Dateline | null
  contacts: Contact[]
  endMark: EndMark | null
  /** Index of the first body block (blocks before it are the header), or blocks.length. */
  bodyStart: number
  /** Index of the end-mark block, or -1. */
  endMarkIndex: number
  /** Problems to report as diagnostics (without lang/file, which the caller adds). */
  problems: Omit<Diagnostic, 'lang' | 'file'>[]
  /** Offsets of the problems, for the caller to turn into places. */
  problemSpans: Span[]
}

/** Reads the structure of one version from its block spans in `text`. */
export function readVersion(text: string, spans: Span[]): VersionStructure {
  const parts = splitGlued(text, spans)
  const kinds: (BlockKind | null)[] = []
  const strings = parts.map((b) => text.slice(b.start, b.end))
  const problems: VersionStructure['problems'] = []
  const problemSpans: Span[] = []
  const dates: (ReturnType<typeof dateBlock> | null)[] = []
  for (const t of strings) {
    const d = dateBlock(t)
    dates.push(d)
    if (endMarkRe.test(t)) kinds.push('end-mark')
    else if (isReleaseLine(t)) kinds.push('release-line')
    else if (d) kinds.push('date')
    else if (isContactsBlock(t)) kinds.push('contacts')
    else if (
      langMarkerRe.test(t) ||
      langNoteRe.test(t) ||
      (t.length < 140 && debrisRe.test(squash(t)))
    )
      kinds.push('other')
    else kinds.push(null)
  }
  // The end mark: the first one, and everything after it is the tail.
  const endMarkIndex = kinds.indexOf('end-mark')
  const limit = endMarkIndex < 0 ? parts.length : endMarkIndex
  // The body starts at the first open block that has a dateline, reads as prose, or leads into a statement.
  let bodyStart = limit
  let datelineMatch: DatelineMatch | null = null
  for (let i = 0; i < limit; i++) {
    if (kinds[i] !== null) continue
    const b = parts[i] as Span
    const t = strings[i] as string
    const dl = findDateline(text, b.start, b.end)
    if (isEpigraph(t, strings[i + 1]) || isQuoteBeforeTitle(strings, kinds, i)) {
      kinds[i] = 'other'
      if (attributionLineRe.test(strings[i + 1] ?? '')) kinds[i + 1] = 'other'
      continue
    }
    if (dl || isProse(t) || (statementLeadRe.test(t) && t.length < 400) || isLead(t)) {
      bodyStart = i
      datelineMatch = dl
      break
    }
  }
  // A summary paragraph right above the dateline is the dek, not the body: the dateline opens it.
  if (!datelineMatch && bodyStart < limit && !isLead(strings[bodyStart] ?? '')) {
    const next = nextOpen(kinds, bodyStart)
    const b = parts[next]
    const dl = b && next < limit ? findDateline(text, b.start, b.end) : null
    if (dl && (strings[bodyStart] ?? '').length <= 400) {
      bodyStart = next
      datelineMatch = dl
    }
  }
  // Header: a place line next to the date; the headline is the first title-like block that
  // shares enough words with the opening of the body (site banners and calls to action do not).
  let headline = -1
  let subheadline = -1
  let placeLine = -1
  const candidates: number[] = []
  for (let i = 0; i < bodyStart; i++) {
    if (kinds[i] !== null) continue
    const t = strings[i] as string
    const nextToDate = kinds[i + 1] === 'date' || kinds[i - 1] === 'date'
    if (placeLine < 0 && nextToDate && isPlaceLine(t)) {
      placeLine = i
      kinds[i] = 'other'
    } else if (isTitleLike(t) && !isCallToAction(t)) candidates.push(i)
    else kinds[i] = 'other'
  }
  // Overlap only matters when there is a choice.
  // A release line ("COMUNICADO DE PRENSA") comes before the headline: titles above it are the
  // masthead (the organization's name), when a title follows it.
  const firstRelease = kinds.findIndex((k, i) => k === 'release-line' && i < bodyStart)
  if (firstRelease >= 0 && candidates.some((c) => c > firstRelease))
    for (const c of candidates.filter((x) => x < firstRelease)) {
      kinds[c] = 'other'
      candidates.splice(candidates.indexOf(c), 1)
    }
  const bodyWords =
    candidates.length > 1
      ? contentWords(strings.slice(bodyStart, Math.min(limit, bodyStart + 5)).join(' '))
      : new Set<string>()
  const overlap = (i: number): number => {
    const words = contentWords(strings[i] as string)
    if (words.size === 0) return 0
    let shared = 0
    for (const w of words) if (bodyWords.has(w)) shared++
    return shared / words.size
  }
  const scores = candidates.map(overlap)
  const top = Math.max(0, ...scores)
  let pick =
    bodyWords.size === 0 || top === 0
      ? candidates.length - 1
      : scores.findIndex((sc) => sc >= Math.max(0.15, top * 0.5))
  // A headline directly followed by its subheadline: the dek often shares more words with the
  // body than the headline does, so an adjacent title before the pick with fair overlap wins.
  const before = candidates[pick - 1]
  if (
    before !== undefined &&
    nextOpen(kinds, before) === candidates[pick] &&
    (scores[pick - 1] ?? 0) >= 0.3
  )
    pick--
  for (const [k, i] of candidates.entries()) {
    if (k === pick) {
      headline = i
      kinds[i] = 'headline'
    } else if (
      headline >= 0 &&
      subheadline < 0 &&
      i === nextOpen(kinds, headline) &&
      squash(strings[i] ?? '') !== squash(strings[headline] ?? '') // a page that repeats its title
    ) {
      subheadline = i
      kinds[i] = 'subheadline'
    } else kinds[i] = 'other'
  }
  // Body and tail.
  for (let i = bodyStart; i < parts.length; i++) {
    if (kinds[i] !== null) continue
    kinds[i] = endMarkIndex >= 0 && i > endMarkIndex ? 'other' : 'body'
  }
  const blocks: Block[] = parts.map((b, i) => ({
    type: 'block',
    kind: kinds[i] ?? 'other',
    text: strings[i] as string,
    start: b.start,
    end: b.end,
  }))
  // Date: the first date block of the header, else the dateline's date, else the first date block.
  let date: ReleaseDate | null = null
  let dateIndex = kinds.findIndex((k, i) => k === 'date' && i < bodyStart)
  if (dateIndex < 0 && !datelineMatch?.date)
    dateIndex = kinds.findIndex((k, i) => k === 'date' && i < limit)
  const dateAt = (d: DateMatch, base: number): ReleaseDate | null =>
    d.iso ? { iso: d.iso, text: d.text, start: base + d.start, end: base + d.end } : null
  if (dateIndex >= 0) {
    const found = dates[dateIndex]
    const b = parts[dateIndex] as Span
    if (found) {
      date = dateAt(found.date, b.start)
      if (!found.date.iso) {
        problems.push({
          ruleId: 'parse/ambiguous-date',
          severity: 'warning',
          message: `The date “${found.date.text}” could be read day-first or month-first; write the month as a word.`,
          actual: found.date.text,
        })
        problemSpans.push({ start: b.start + found.date.start, end: b.start + found.date.end })
      }
    }
  }
  // A date that closes the lead of the first body paragraph ("…Connecticut. April 5, 2017:",
  // "July 25th, 2019— Today…"), or that opens a header line ("07.25.2019 < BACK TO…").
  if (!date && !datelineMatch?.date && bodyStart < parts.length) {
    const b = parts[bodyStart] as Span
    const head = text.slice(b.start, Math.min(b.end, b.start + 240))
    const lead = findDates(head).find(
      (d) => d.iso && /^[ \u00a0]*(?:[:：]|--|[–—―]|-\s)/.test(head.slice(d.end)),
    )
    if (lead?.iso)
      date = {
        iso: lead.iso,
        text: lead.text,
        start: b.start + lead.start,
        end: b.start + lead.end,
      }
  }
  if (!date && !datelineMatch?.date) {
    for (let i = 0; i < bodyStart && !date; i++) {
      if (kinds[i] !== 'other') continue
      const b = parts[i] as Span
      const d = findDates(strings[i] as string)[0]
      if (d?.iso && d.start === 0)
        date = { iso: d.iso, text: d.text, start: b.start, end: b.start + d.end }
    }
  }
  if (!date && datelineMatch?.date?.iso) {
    const d = datelineMatch.date
    date = { iso: d.iso as string, text: d.text, start: d.start, end: d.end }
  } // "FOR IMMEDIATE RELEASE: June 10, 2021", "EMBARGOED UNTIL April 5, 2024, 10 a.m. ET"
  if (!date) {
    for (let r = 0; r < bodyStart && !date; r++) {
      const b = parts[r]
      if (kinds[r] !== 'release-line' || !b) continue
      const d = findDates(strings[r] as string)[0]
      if (d?.iso)
        date = { iso: d.iso, text: d.text, start: b.start + d.start, end: b.start + d.end }
    }
  }

  // Dateline: from the first body paragraph, else a place line or a place before the date.
  let dateline: Dateline | null = null
  if (datelineMatch) {
    const m = datelineMatch
    dateline = { place: m.place, text: m.text, start: m.start, end: m.end }
  } else if (placeLine >= 0) {
    const b = parts[placeLine] as Span
    const [s, e] = trimSpan(text, b.start, b.end)
    const place = text.slice(s, e).replace(/[.,]$/, '')
    dateline = { place, text: text.slice(s, e), start: s, end: e }
  } else if (dateIndex >= 0 && (dates[dateIndex]?.placeEnd ?? 0) > 0) {
    const b = parts[dateIndex] as Span
    const found = dates[dateIndex]
    if (found) {
      const place = text.slice(b.start, b.start + found.placeEnd)
      dateline = {
        place,
        text: text.slice(b.start, b.start + found.date.end),
        start: b.start,
        end: b.start + found.date.end,
      }
    }
  }
  // Contacts.
  const contacts: Contact[] = []
  for (let i = 0; i < blocks.length; i++) {
    if (kinds[i] !== 'contacts') continue
    const b = parts[i] as Span
    const r = readContacts(text, b.start, b.end)
    for (const c of r.contacts) {
      // A phone or e-mail alone (a second column of the header) completes the contact before it.
      const last = contacts[contacts.length - 1]
      if (
        last &&
        !c.name &&
        !c.organization &&
        ((c.phone && !last.phone) || (c.email && !last.email))
      ) {
        last.phone ??= c.phone
        last.email ??= c.email
        continue
      }
      contacts.push(c)
    }
    for (const p of r.problems) {
      problems.push({
        ruleId: 'parse/invalid-email',
        severity: 'warning',
        message: `The contact e-mail “${squash(p.text)}” is not an address: ${p.why}; the e-mail is unknown.`,
        actual: p.text,
      })
      problemSpans.push({ start: p.start, end: p.end })
    }
  }
  const endMark: EndMark | null =
    endMarkIndex >= 0
      ? {
          text: strings[endMarkIndex] as string,
          start: (parts[endMarkIndex] as Span).start,
          end: (parts[endMarkIndex] as Span).end,
        }
      : null
  return {
    blocks,
    date,
    headline: headline >= 0 ? (blocks[headline] ?? null) : null,
    subheadline: subheadline >= 0 ? (blocks[subheadline] ?? null) : null,
    dateline,
    contacts,
    endMark,
    bodyStart,
    endMarkIndex,
    problems,
    problemSpans,
  }
}
