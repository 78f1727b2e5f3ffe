/**
 * Quote-mark spans: every stretch of text between an opening and a closing quotation mark in the
 * blocks of one version, in English and Spanish conventions — “ ” " " « » ‘ ’ „ “ ‹ › — with odd
 * spaces inside the marks, apostrophes told apart from closing single quotes, and quotes that
 * run over several paragraphs (each continuation paragraph reopens with “, « or », and only the
 * last one closes). A span is only marks and offsets; whether it is a quotation is decided later.
 */
import type { Block } from '../../core/release.js'
import { isReportingVerb } from './reporting-verbs.js'
import { isLetter, isSpace } from './text-scan.js'

/** A stretch of quoted text, possibly over several blocks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number
  /** The quoted words, marks and surrounding spaces excluded. */
  start: number
  end: number
  /** Offset just after the closing mark; equals the end of the last block's text when unclosed. */
  after: number
  closed: boolean
  /** The opening mark. */
  mark: string
  /** Indexes into `blocks` of the first and last block the span covers. */
  firstBlock: number
  lastBlock: number
  /** The opening mark is missing: the span runs from the paragraph's start to a closing mark. */
  orphan?: boolean
}

const closersFor: Record<string, string[]> = {
  // U+05F4 (Hebrew gershayim) stands in for ” in some scraped pages.
  '“': ['”', '\u05f4', '"'],
  '„': ['“', '”'],
  '«': ['»'],
  '‹': ['›'],
  '"': ['"', '”'],
  '”': ['”', '"'],
  '‘': ['’'],
  "'": ["'", '’'],
}

/** Characters that can open a quotation. */
const markRe = /[“„«‹"”‘']/g

/** Marks that only close, for paragraphs whose opening mark was left out. */
const closingRe = /[”»\u05f4]/

/** Marks that open a continuation paragraph of a running quote. */
const continuationMarks = '“«»"„‘'

function openerAt(text: string, i: number, from: number): boolean {
  const ch = text[i] ?? ''
  const prev = i > from ? text[i - 1] : ' '
  const next = text[i + 1]
  const prevOpen = isSpace(prev) || /[([{—–―\-/“«"'‘:]/.test(prev ?? '')
  switch (ch) {
    case '“':
    case '„':
    case '«':
    case '‹':
      return true
    case '"':
      return prevOpen && next !== undefined && !isSpace(next)
    case '”':
      return isSpace(prev) && isLetter(next)
    case '‘':
    case "'":
      return prevOpen && isLetter(next)
    default:
      return false
  }
}

function validCloser(text: string, i: number, mark: string): boolean {
  const next = text[i + 1]
  if (mark === '’' || mark === "'") {
    // Not an apostrophe ("it’s", "workers’ rights" is handled by preference for punctuation).
    return !isLetter(next) && !isSpace(text[i - 1])
  }
  if (mark === '"') return !isLetter(next) && !/\d/.test(next ?? '')
  return true
}

/** Distinct opening/closing pairs that can nest (“a “b” c”). */
const nesting: Record<string, string> = { '“': '”', '«': '»', '‹': '›' }

/** Whether a “ at `i` is used the wrong way round, as a closer (“…morales“, afirma…). */
function reversedCloser(text: string, i: number, to: number): boolean {
  if (isSpace(text[i - 1])) return false
  const next = text[i + 1]
  if (i + 1 >= to || /[,.;:!?)]/.test(next ?? '')) return true
  if (!isSpace(next)) return false
  let j = i + 1
  while (j < to && isSpace(text[j])) j++
  return /\p{Ll}/u.test(text[j] ?? '')
}

/** The closing mark for `opener` within `[from, to)`, or -1. */
function findCloser(text: string, opener: string, from: number, to: number): number {
  const pair = nesting[opener]
  if (pair) {
    // Same-mark nesting: US Spanish often quotes inside quotes with “ ” again.
    let depth = 0
    for (let i = from; i < to; i++) {
      const ch = text[i]
      if (ch === opener && depth === 0 && opener === '“' && reversedCloser(text, i, to)) return i
      if (ch === opener && openerAt(text, i, from) && !reversedCloser(text, i, to)) depth++
      else if (ch === pair) {
        if (depth === 0) return i
        depth--
      }
    }
  }
  const closers = closersFor[opener] ?? []
  for (const closer of closers) {
    const candidates: number[] = []
    for (let i = text.indexOf(closer, from); i >= 0 && i < to; i = text.indexOf(closer, i + 1)) {
      if (validCloser(text, i, closer)) candidates.push(i)
      if (closer !== '’' && closer !== "'" && candidates.length > 0) break
    }
    if (candidates.length === 0) continue
    if (closer === '’' || closer === "'") {
      // Prefer a mark right after punctuation (“…,’ said”); else the last one in the paragraph.
      const punct = candidates.find((i) => /[.,!?;…—–]/.test(text[i - 1] ?? ''))
      return punct ?? candidates[candidates.length - 1] ?? -1
    }
    return candidates[0] ?? -1
  }
  if (opener === '“') {
    for (let i = text.indexOf('“', from); i >= 0 && i < to; i = text.indexOf('“', i + 1))
      if (reversedCloser(text, i, to)) return i
  }
  return -1
}

function skipSpaceForward(text: string, i: number, to: number): number {
  let j = i
  while (j < to && isSpace(text[j])) j++
  return j
}

function skipSpaceBack(text: string, i: number, from: number): number {
  let j = i
  while (j > from && isSpace(text[j - 1])) j--
  return j
}

/**
 * All quote spans in the blocks whose `eligible` flag is set, in order. Continuations join only
 * consecutive eligible blocks.
 */
export function findQuoteSpans(text: string, blocks: Block[], eligible: boolean[]): QuoteSpan[] {
  const spans: QuoteSpan[] = []
  let b = 0
  let pos = blocks[0]?.start ?? 0
  while (b < blocks.length) {
    const block = blocks[b]
    if (!block || !eligible[b]) {
      b++
      pos = blocks[b]?.start ?? 0
      continue
    }
    if (pos < block.start) pos = block.start
    // Searches run on the block's own slice, so a block without marks costs its length only.
    let i = block.end
    const rest = text.slice(pos, block.end)
    markRe.lastIndex = 0
    for (let m = markRe.exec(rest); m; m = markRe.exec(rest)) {
      if (openerAt(text, pos + m.index, block.start)) {
        i = pos + m.index
        break
      }
    }
    if (pos === block.start) {
      // A closing mark before any opening one: the paragraph's opening mark was left out.
      const head = skipSpaceForward(text, block.start, block.end)
      const found = closingRe.exec(text.slice(head, i))
      const c = found ? head + found.index : i
      if (c < i && c > head) {
        let end = skipSpaceBack(text, c, head)
        if (text[end - 1] === ',') end--
        spans.push({
          open: head,
          start: head,
          end,
          after: c + 1,
          closed: true,
          mark: '',
          firstBlock: b,
          lastBlock: b,
          orphan: true,
        })
        pos = c + 1
        continue
      }
    }
    if (i >= block.end) {
      b++
      pos = blocks[b]?.start ?? 0
      continue
    }
    const mark = text[i] ?? ''
    const start = skipSpaceForward(text, i + 1, block.end)
    let cb = b
    let from = i + 1
    let close = -1
    for (;;) {
      const cur = blocks[cb]
      if (!cur) break
      close = findCloser(text, mark, from, cur.end)
      if (close >= 0) break
      const next = blocks[cb + 1]
      if (!next || !eligible[cb + 1]) break
      const head = skipSpaceForward(text, next.start, next.end)
      if (!continuationMarks.includes(text[head] ?? '\u0000') || head >= next.end) break
      cb++
      from = head + 1
    }
    const last = blocks[cb] ?? block
    if (close >= 0) {
      let end = skipSpaceBack(text, close, start)
      if (text[end - 1] === ',') end--
      spans.push({
        open: i,
        start,
        end,
        after: close + 1,
        closed: true,
        mark,
        firstBlock: b,
        lastBlock: cb,
      })
      pos = close + 1
      b = cb
    } else if (cb === b && /["'‘”]/.test(mark)) {
      // A lone straight or single mark is more often an inch, a foot or a stray apostrophe
      // than an unclosed quotation: skip it.
      pos = i + 1
    } else {
      const end = skipSpaceBack(text, last.end, start)
      spans.push({
        open: i,
        start,
        end,
        after: last.end,
        closed: false,
        mark,
        firstBlock: b,
        lastBlock: cb,
      })
      b = cb + 1
      pos = blocks[b]?.start ?? 0
    }
  }
  return spans
}

/**
 * Spanish dialogue dashes: a paragraph that opens with a raya and an interjection of the narrator
 * ("—No nos vamos a mover —dijo Teresa Quintero—. Esta es nuestra casa.") is direct speech with
 * no quotation marks. The span runs over the whole paragraph after the opening dash; the aside
 * inside it names the speaker. Paragraphs already holding a span are left alone.
 */
export function findDialogueSpans(
  text: string,
  blocks: Block[],
  eligible: boolean[],
  taken: QuoteSpan[],
): QuoteSpan[] {
  const out: QuoteSpan[] = []
  blocks.forEach((block, b) => {
    if (!eligible[b] || taken.some((sp) => sp.firstBlock <= b && sp.lastBlock >= b)) return
    const open = skipSpaceForward(text, block.start, block.end)
    if (!/[—―]/.test(text[open] ?? '')) return
    const start = skipSpaceForward(text, open + 1, block.end)
    if (!/[\p{Lu}¡¿]/u.test(text[start] ?? '')) return
    // The narrator's interjection: " —dijo", " —afirmó" after the first words.
    const aside = /\s[—―]\s?(\p{Ll}+)/u.exec(text.slice(start, block.end))
    if (!aside || !isReportingVerb(aside[1] ?? '')) return
    let end = skipSpaceBack(text, block.end, start)
    while (end > start && /[.…]/.test(text[end - 1] ?? '')) end--
    out.push({
      open,
      start,
      end,
      after: block.end,
      closed: true,
      mark: '—',
      firstBlock: b,
      lastBlock: b,
    })
  })
  return out
}
