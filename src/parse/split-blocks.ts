/**
 * Splitting a source text into paragraph-level blocks. Blank lines (lines holding only
 * whitespace, odd spaces included) always separate blocks. Inside a run of non-blank lines,
 * each line is its own block (releases pasted from the web often keep one paragraph per line)
 * except where lines belong together: a contact group (label, names, titles, phones, e-mails on
 * consecutive short lines) or a paragraph hard-wrapped mid-sentence. Spans are trimmed of
 * whitespace; the text is never rewritten.
 */
import type { Span } from '../core/position.js'
import { contactNameRe, contactRoleRe } from './contacts.js'
import { findDateline } from './dateline.js'
import { parseDate } from './dates.js'
import {
  allMatches,
  contactLabelRe,
  emailDebrisRe,
  emailRe,
  endMarkRe,
  matches,
  phoneRe,
  releaseLineRe,
} from './patterns.js'
import { lineSpans, trimSpan } from './text-utils.js'

type LineType = 'fixed' | 'contact' | 'short' | 'prose'

const terminalRe = /[.!?…:;"”»’)\]]$/

function lineType(line: string): LineType {
  if (releaseLineRe.test(line) && line.length < 120) return 'fixed'
  if (endMarkRe.test(line)) return 'fixed'
  if (line.length < 60 && parseDate(line) !== null) return 'fixed'
  if (line.length <= 160) {
    if (contactLabelRe.test(line)) return 'contact'
    if (matches(emailRe, line) || matches(emailDebrisRe, line)) return 'contact'
    const phone = allMatches(phoneRe, line).some((m) => m[0].replace(/\D/g, '').length >= 7)
    if (phone && line.length <= 100) return 'contact'
  }
  if (line.length <= 70 && !/[.!?]["”»’]?$/.test(line)) return 'short'
  return 'prose'
}

/** A contact label with nothing after it ("Media Contact:", "Contacto de prensa"). */
function bareLabel(line: string): boolean {
  const m = contactLabelRe.exec(line)
  return m !== null && line.slice(m.index + m[0].length).trim() === ''
}

/** A short line that is a person's name alone ("Rosa Delgado", "Ana María de la Cruz"). */
function isContactName(line: string): boolean {
  return line.length <= 60 && contactNameRe.test(line.replace(/[,;]$/, ''))
}

/** A short line that gives a contact's title or organization ("Communications Director"). */
function isContactRole(line: string): boolean {
  if (line.length > 70 || /[.!?]$/.test(line)) return false
  const letters = line.replace(/[^\p{L}]/gu, '')
  if (letters.length > 12 && letters === letters.toUpperCase()) return false
  return contactRoleRe.test(line)
}

/** Whether `next` continues a paragraph hard-wrapped after `prev`. */
function continues(prev: string, next: string): boolean {
  if (terminalRe.test(prev)) return false
  if (prev.length < 40) return false
  return (
    /^[\p{Ll}(]/u.test(next) ||
    /(?:,|\b(?:and|or|of|the|to|a|de|la|el|y|o|en|que|los|las|del))$/i.test(prev)
  )
}

/**
 * Cuts a line laid out in columns ("PARA DIFUSIÓN INMEDIATA:      Contacto: Ali Jost") at runs
 * of four or more spaces or tabs, so each column is read on its own.
 */
function columns(text: string, [start, end]: [number, number]): [number, number][] {
  const line = text.slice(start, end)
  if (!line.includes('    ') && !line.includes('\t')) return [[start, end]]
  const out: [number, number][] = []
  let from = 0
  for (const m of line.matchAll(/(?: {4,}|\t+ *| *\t+)(?=\S)/g)) {
    const at = m.index ?? 0
    const [s, e] = trimSpan(text, start + from, start + at)
    if (e > s) out.push([s, e])
    from = at + m[0].length
  }
  const [s, e] = trimSpan(text, start + from, end)
  if (e > s) out.push([s, e])
  return out
}

/** The paragraph-level blocks of `text[start, end)` as trimmed, ordered, non-overlapping spans. */
export function splitBlocks(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = []
  let chunk: [number, number][] = []
  const flush = (): void => {
    if (chunk.length) out.push(...groupLines(text, chunk))
    chunk = []
  }
  for (const line of lineSpans(text, start, end)) {
    const prev = chunk[chunk.length - 1]
    // A blank line between two kept lines: lineSpans dropped it, so look at the gap.
    if (prev && /\n[^\n]*\n/.test(text.slice(prev[1], line[0]))) flush()
    chunk.push(...columns(text, line))
  }
  flush()
  return out
}

function groupLines(text: string, lines: [number, number][]): Span[] {
  const strings = lines.map(([s, e]) => text.slice(s, e))
  const types = strings.map(lineType)
  // A contact group: from a label line (or up to three name/title lines before the first phone
  // or e-mail) to the last line with contact data; short lines after it (a headline in capitals)
  // and before a label are not part of it.
  const group: number[] = []
  let id = 0
  for (let i = 0; i < lines.length; ) {
    let j = i
    while (j < lines.length && (types[j] === 'contact' || types[j] === 'short')) j++
    let first = -1
    let last = -1
    for (let k = i; k < j; k++)
      if (types[k] === 'contact') {
        if (first < 0) first = k
        last = k
      }
    if (first < 0) {
      group[i] = id++
      i++
      continue
    }
    // A label with nothing after it ("Media Contact:") takes the short name and title lines
    // under it even when they give no phone or e-mail ("Rosa Delgado").
    if (last === first && bareLabel(strings[first] ?? '') && isContactName(strings[last + 1] ?? ''))
      while (
        last + 1 < j &&
        last - first < 3 &&
        (last === first || isContactRole(strings[last + 1] ?? ''))
      )
        last++
    let from = first
    if (!contactLabelRe.test(strings[first] ?? ''))
      while (from > i && from > first - 3 && types[from - 1] === 'short') from--
    for (let k = i; k < from; k++) group[k] = id++
    for (let k = from; k <= last; k++) group[k] = id
    id++
    for (let k = last + 1; k < j; k++) group[k] = id++
    i = j
  }
  const out: Span[] = []
  let cur: [number, number] | null = null
  let curGroup = -1
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as [number, number]
    const g = group[i] ?? -1
    const prevText = strings[i - 1]
    const joinWrap =
      cur !== null &&
      prevText !== undefined &&
      types[i] !== 'fixed' &&
      types[i - 1] !== 'fixed' &&
      types[i] !== 'contact' &&
      continues(prevText, strings[i] ?? '')
    // A dateline alone on its line ("Keene, CA –", "NEW YORK, NY." then "July 25, 2019— Today…").
    const joinDateline =
      cur !== null &&
      prevText !== undefined &&
      prevText.length <= 60 &&
      (findDateline(text, cur[0], line[1])?.end ?? 0) >=
        (lines[i - 1]?.[1] ?? Number.POSITIVE_INFINITY)
    if (cur && (g === curGroup || joinWrap || joinDateline)) {
      cur[1] = line[1]
    } else {
      if (cur) out.push({ start: cur[0], end: cur[1] })
      cur = [line[0], line[1]]
      curGroup = g
    }
  }
  if (cur) {
    const [s, e] = trimSpan(text, cur[0], cur[1])
    out.push({ start: s, end: e })
  }
  return out
}
