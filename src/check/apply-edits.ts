/**
 * Applying edits to a text: sorted, applied right to left so earlier offsets stay valid, and an
 * edit that overlaps one already taken is skipped (it is retried on the next pass, against the
 * new text). textlint's source-code-fixer works the same way.
 */
import type { Edit } from '../core/index.js'

/** The result of {@link applyEdits}. */
export interface AppliedEdits {
  text: string
  applied: Edit[]
  skipped: Edit[]
}

/** Applies non-overlapping edits to `text`; overlapping ones are skipped, earlier start wins. */
export function applyEdits(text: string, edits: readonly Edit[]): AppliedEdits {
  const sorted = [...edits]
    .filter((e) => e.range[0] >= 0 && e.range[1] >= e.range[0] && e.range[1] <= text.length)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  const taken: Edit[] = []
  const skipped: Edit[] = edits.filter((e) => !sorted.includes(e))
  let lastEnd = -1
  for (const edit of sorted) {
    // Two insertions at one offset, or an edit starting inside the previous one, overlap.
    const overlaps =
      edit.range[0] < lastEnd ||
      (edit.range[0] === lastEnd && taken.at(-1)?.range[0] === edit.range[0])
    if (overlaps) {
      skipped.push(edit)
      continue
    }
    if (
      taken.some((t) => t.range[0] === edit.range[0] && t.range[1] === edit.range[1]) ||
      text.slice(edit.range[0], edit.range[1]) === edit.text
    ) {
      continue
    }
    taken.push(edit)
    lastEnd = edit.range[1]
  }
  let out = text
  for (const edit of [...taken].reverse())
    out = out.slice(0, edit.range[0]) + edit.text + out.slice(edit.range[1])
  return { text: out, applied: taken, skipped }
}
