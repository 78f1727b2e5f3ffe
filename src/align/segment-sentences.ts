/**
 * Sentence segmentation for English and Spanish press releases, with exact offsets.
 *
 * Rule-based, because `Intl.Segmenter` on Node 20 splits after "Dr." and "U.S." and ignores
 * the locale's suppressions. Two passes over a block:
 * 1. line breaks: a blank line always ends a sentence; a single line break ends one unless the
 *    block is hard-wrapped prose or the next line continues in lower case (see
 *    {@link lineBreakEndsSentence});
 * 2. punctuation: `.`, `!`, `?`, `…` (with any closing quotes or brackets after them) end a
 *    sentence when a new one visibly starts (capital, digit, opening quote, `¿`, `¡`, dash),
 *    unless the period belongs to an abbreviation (see abbreviations.ts), an initial, or a list
 *    number.
 * Decimals and thousands ("1,500.75", "1.500,75") never break: a period inside a number is not
 * followed by a space. Headings and list items without final punctuation end at their line.
 */
import type { Lang, Span } from '../core/index.js'
import { numberPrefixes, sentenceStarters, titles, trailing } from './abbreviations.js'
import { fold } from './fold.js'

/** One sentence: its text and its offsets in the source (`text === source.slice(start, end)`). */
export interface Sentence {
  text: string
  start: number
  end: number
}

const terminatorRun = /[.!?…]+[”"’»)\]'*]*(?=\s|$)/g
const openers = /[“"«‘'¿¡([—–\-•*·▪]/
const endMarkAtStart = /^(?:#{3,}|# # #|-30-|- 30 -)[ \t\u00a0]+(?=\S)/
const listMarker = /^\s*(?:[-–—•*·▪]|\d{1,3}[.)]|[a-zA-Z][.)])\s/
const endsWithTerminal = /[.!?…:;][”"’»)\]'*]*\s*$/

/**
 * Splits `text.slice(span.start, span.end)` into sentences. Offsets are into `text`. Leading and
 * trailing white space is never part of a sentence; an all-blank span yields none.
 */
export function segmentSentences(text: string, span: Span, lang: Lang): Sentence[] {
  void lang // both abbreviation lists apply: releases quote across languages
  const out: Sentence[] = []
  for (const piece of splitLines(text, span)) {
    let start = piece.start
    const head = endMarkAtStart.exec(text.slice(piece.start, piece.end))
    if (head) {
      push(text, piece.start, piece.start + head[0].length, out)
      start = piece.start + head[0].length
    }
    splitPunctuation(text, start, piece.end, out)
  }
  return out
}

/** Pushes the trimmed `[start, end)` if it holds anything. */
function push(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start
  let e = end
  while (s < e && /\s/.test(text.charAt(s))) s++
  while (e > s && /\s/.test(text.charAt(e - 1))) e--
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e })
}

/** The line-level pieces of a span: runs of lines that belong to one sentence or more. */
function splitLines(text: string, span: Span): Span[] {
  const lines: Span[] = []
  let at = span.start
  while (at <= span.end) {
    const nl = text.indexOf('\n', at)
    const end = nl === -1 || nl >= span.end ? span.end : nl
    lines.push({ start: at, end })
    at = end + 1
  }
  const nonBlank = lines.filter((l) => text.slice(l.start, l.end).trim() !== '')
  const wrapped = isHardWrapped(nonBlank.map((l) => text.slice(l.start, l.end)))
  const pieces: Span[] = []
  let current: Span | null = null
  let previous = ''
  for (const line of lines) {
    const content = text.slice(line.start, line.end)
    if (content.trim() === '') {
      if (current) pieces.push(current)
      current = null
      previous = ''
      continue
    }
    if (current && lineBreakEndsSentence(previous, content, wrapped)) {
      pieces.push(current)
      current = null
    }
    current = current ? { start: current.start, end: line.end } : { ...line }
    previous = content
  }
  if (current) pieces.push(current)
  return pieces
}

/**
 * Whether a block's lines are hard-wrapped prose (e-mail or wire copy cut at a fixed width):
 * at least three lines, most of them close to the longest one, and many of them continuing in
 * lower case (a list of signatories has even lines too, but each starts with a capital).
 */
function isHardWrapped(lines: string[]): boolean {
  if (lines.length < 3) return false
  const lengths = lines.map((l) => l.trimEnd().length)
  const max = Math.max(...lengths)
  if (max < 40 || max > 120) return false
  const full = lengths.slice(0, -1).filter((n) => n >= max * 0.7).length
  const lower = lines.slice(1).filter((l) => /^\s*\p{Ll}/u.test(l)).length
  return full >= (lines.length - 1) * 0.7 && lower >= (lines.length - 1) * 0.3
}

/**
 * Whether the line break between `previous` and `next` ends a sentence. In hard-wrapped prose
 * only after final punctuation or before a list item; elsewhere always, unless the next line
 * continues the sentence in lower case.
 */
function lineBreakEndsSentence(previous: string, next: string, wrapped: boolean): boolean {
  if (listMarker.test(next)) return true
  // a dateline on its own line continues into the text ("Keene, CA –" ⏎ "In response …")
  if (/\s(?:[–—-]|--)\s*$/.test(previous)) return false
  if (endsWithTerminal.test(previous)) return true
  if (wrapped) return false
  const first = next.trimStart().charAt(0)
  return !(first !== first.toUpperCase() && first === first.toLowerCase())
}

/** Splits `[start, end)` (one line-level piece) at sentence-final punctuation. */
function splitPunctuation(text: string, start: number, end: number, out: Sentence[]): void {
  const piece = text.slice(start, end)
  let sentenceStart = 0
  terminatorRun.lastIndex = 0
  for (let m = terminatorRun.exec(piece); m; m = terminatorRun.exec(piece)) {
    const stop = m.index + m[0].length
    const rest = piece.slice(stop)
    const nextAt = rest.search(/\S/)
    if (nextAt === -1) break
    const next = rest.slice(nextAt)
    if (!startsSentence(next)) continue
    if (/^\.(?![.])/.test(m[0]) && !periodEndsSentence(piece, m.index, sentenceStart, next))
      continue
    push(text, start + sentenceStart, start + stop, out)
    sentenceStart = stop
  }
  push(text, start + sentenceStart, end, out)
}

/** Whether `next` (text after white space) visibly starts a sentence. */
function startsSentence(next: string): boolean {
  const c = next.charAt(0)
  // a spaced dash continues the sentence ("Washington, D.C. – La senadora …")
  if (/^[—–-]\s/.test(next) || next.startsWith('--')) return false
  if (/\d/.test(c) || openers.test(c)) return true
  return c !== c.toLowerCase() && c === c.toUpperCase()
}

/**
 * Whether the single period at `dot` ends a sentence, given the text after it. False for
 * abbreviations, initials and list numbers ("1.", "a.") at the start of a sentence.
 */
function periodEndsSentence(
  piece: string,
  dot: number,
  sentenceStart: number,
  next: string,
): boolean {
  let from = dot
  while (from > sentenceStart && !/\s/.test(piece.charAt(from - 1))) from--
  const raw = piece.slice(from, dot).replace(/^[“"«‘'¿¡([]+/, '')
  if (raw === '') return true
  if (
    piece.slice(sentenceStart, from).trim() === '' &&
    /^(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]+)$/.test(raw)
  )
    return false
  const token = fold(raw.split(/[-/]/).pop() ?? raw)
  // the first word after any opening marks (matched, not split: `next` runs to the piece's end)
  const nextWord = fold(/^[“"«‘'¿¡([—–\-\s]*(\p{L}*)/u.exec(next)?.[1] ?? '')
  // a dash right after an abbreviation is a dateline's ("Washington, D.C. —Hoy …")
  if (/^[—–]/.test(next) && raw.includes('.')) return false
  const opensQuote = /^[“"«¿¡—]/.test(next)
  const mayEnd = opensQuote || sentenceStarters.has(nextWord)
  if (/^(?:\p{L}{1,2}\.)+\p{L}{1,2}$/u.test(token)) return mayEnd
  if (/^\p{L}$/u.test(token)) return mayEnd
  if (titles.has(token)) return false
  if (numberPrefixes.has(token) && /^\d/.test(next)) return false
  if (trailing.has(token)) return mayEnd
  return true
}
