/**
 * A rough block splitter for tests and examples of this folder: one block per non-empty line,
 * with preliminary kinds (end mark, date, contacts, the given headline, page chrome before the
 * release starts, body). The real reader (parse/) builds better blocks; this one only gives the
 * attribution functions realistic input without depending on it.
 */
import type { Block, BlockKind } from '../../core/release.js'
import { looksLikeContacts } from './boilerplates.js'
import { isEndMark } from './org-description.js'

const dateRe =
  /^(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:de\s+)?\p{L}+\s+(?:de\s+|del\s+)?\d{4}|\d{4}-\d{2}-\d{2})\s*$/iu

/** Splits `text[from, to)` into line blocks; `headline` (verbatim) marks the headline block. */
export function paragraphBlocks(
  text: string,
  headline: string | null = null,
  from = 0,
  to = text.length,
): Block[] {
  const blocks: Block[] = []
  let i = from
  while (i < to) {
    let j = text.indexOf('\n', i)
    if (j < 0 || j > to) j = to
    let s = i
    let e = j
    while (s < e && /\s/.test(text[s] ?? '')) s++
    while (e > s && /\s/.test(text[e - 1] ?? '')) e--
    if (e > s) {
      const t = text.slice(s, e)
      let kind: BlockKind = 'body'
      if (isEndMark(t)) kind = 'end-mark'
      else if (dateRe.test(t)) kind = 'date'
      else if (headline !== null && t === headline.trim()) kind = 'headline'
      else if (looksLikeContacts(t)) kind = 'contacts'
      blocks.push({ type: 'block', kind, text: t, start: s, end: e })
    }
    i = j + 1
  }
  const anchor = blocks.findIndex((b) => b.kind === 'headline' || b.kind === 'date')
  for (let k = 0; k < anchor; k++) {
    const b = blocks[k]
    if (b && b.kind === 'body') b.kind = 'other'
  }
  return blocks
}
