/**
 * Quotation-mark balance over a version's paragraphs: every opening mark closes with its own
 * partner in the same paragraph (“…” «…» "…"), except by the multi-paragraph convention — a quote
 * that runs on into the next paragraph stays open, and that paragraph reopens it with “ (English,
 * US Spanish) or » / « (Spanish). Single marks are not checked: ’ is also the apostrophe, and ‘
 * stands for dropped digits ("the ‘90s").
 */
import type { TextSpan } from './attribution-shapes.js'

/** What is wrong with a mark. */
export type QuoteMarkProblem = 'unclosed' | 'unopened' | 'mixed'

/** One problem with its mark; for `mixed`, `open` is the opening mark that was closed wrongly. */
export interface QuoteMarkIssue extends TextSpan {
  problem: QuoteMarkProblem
  /** The opening mark involved (for `mixed` and `unclosed`). */
  open?: string
  /** Offset of the opening mark, for `mixed`. */
  openAt?: number
}

const closerOf: Record<string, string> = { '“': '”', '«': '»', '"': '"' }
const CLOSERS = new Set(['”', '»'])
const MARKS = /[“”«»"]/gu

/** A paragraph to check: its text and absolute start offset. */
export interface Paragraph {
  text: string
  start: number
}

/**
 * Checks the quotation marks of consecutive paragraphs of one version. Paragraphs must be in
 * document order; a quote left open at the end of one paragraph is fine when the next paragraph
 * opens with “, « or ».
 */
export function findQuoteMarkIssues(paragraphs: readonly Paragraph[]): QuoteMarkIssue[] {
  const out: QuoteMarkIssue[] = []
  let carried: { mark: string; at: number } | null = null
  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p]
    if (!para) continue
    const stack: { mark: string; at: number }[] = []
    const marks = [...para.text.matchAll(MARKS)]
    const lead = para.text.length - para.text.trimStart().length
    marks.forEach((m, k) => {
      const mark = m[0]
      const at = para.start + m.index
      const opensParagraph = m.index === lead
      if (opensParagraph && carried && (mark === '»' || mark === carried.mark)) {
        // The convention: a continuing quote reopens the paragraph.
        stack.push({ mark: carried.mark, at })
        return
      }
      const top = stack[stack.length - 1]
      const opensLine = /(?:^|\n)[ \t\u00a0]*$/.test(para.text.slice(0, m.index))
      if (opensLine && top && (mark === top.mark || mark === '»') && mark !== '"') {
        // The same convention between lines of one block (single line breaks between paragraphs).
        return
      }
      if (mark === '"') {
        const later = marks.slice(k + 1).filter((x) => x[0] === '"').length
        if (top?.mark === '"') stack.pop()
        else if (top && later % 2 === 0) {
          stack.pop()
          out.push(issue(at, mark, 'mixed', top))
        } else stack.push({ mark, at })
        return
      }
      if (!CLOSERS.has(mark)) {
        // An opening glyph used to close (“…“, afirma): glued to the word before it, not after.
        const glued = /\S/.test(para.text[m.index - 1] ?? ' ')
        const free = /^(?:[\s,.;:!?)]|$)/.test(para.text.slice(m.index + 1, m.index + 2))
        if (top && mark === '“' && top.mark === '“' && glued && free) {
          stack.pop()
          out.push(issue(at, mark, 'mixed', top))
          return
        }
        stack.push({ mark, at })
        return
      }
      if (!top) {
        out.push(issue(at, mark, 'unopened'))
        return
      }
      stack.pop()
      if (closerOf[top.mark] !== mark) out.push(issue(at, mark, 'mixed', top))
    })
    carried = null
    const next = paragraphs[p + 1]
    const nextOpens = next ? /^\s*([“«»"])/u.exec(next.text)?.[1] : undefined
    const open = stack[0]
    if (open && stack.length === 1 && nextOpens && (nextOpens === '»' || nextOpens === open.mark))
      carried = open
    else
      for (const left of stack)
        out.push({ ...issue(left.at, left.mark, 'unclosed'), open: left.mark })
  }
  return out
}

function issue(
  at: number,
  mark: string,
  problem: QuoteMarkProblem,
  open?: { mark: string; at: number },
): QuoteMarkIssue {
  const found: QuoteMarkIssue = { start: at, end: at + mark.length, text: mark, problem }
  if (open) {
    found.open = open.mark
    found.openAt = open.at
  }
  return found
}
