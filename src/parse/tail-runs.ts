/**
 * Tails in another language: a run of blocks after a version's end mark that holds nothing but
 * "about" paragraphs, contacts and page debris (an English boilerplate kept under a Spanish
 * release, "###" then "The Colorado Housing Network is…") is the end of that version, not a
 * version of its own. Language identification alone would make it one.
 */
import type { Span } from '../core/position.js'
import { aboutHeading, orgDescription } from './attribution/org-description.js'
import { isContactsBlock } from './contacts.js'
import { endMarkRe, gluedEndMarkRe } from './patterns.js'
import type { VersionRun } from './split-versions.js'

/** Whether a block can stand in a version's tail: an "about" heading or paragraph, contacts, a short line. */
function tailBlock(text: string, b: Span): boolean {
  const t = text.slice(b.start, b.end)
  if (aboutHeading(t) || isContactsBlock(t) || endMarkRe.test(t)) return true
  if (orgDescription(text, b.start, b.end, true)) return true
  return t.split(/\s+/).length <= 8 && !/[“”«»"]/.test(t)
}

/** Merges each run that is only a tail into the run before it, when that run has an end mark. */
export function mergeTailRuns(text: string, blocks: Span[], runs: VersionRun[]): VersionRun[] {
  const out: VersionRun[] = []
  for (const run of runs) {
    const prev = out[out.length - 1]
    const own = blocks.slice(run.from, run.to)
    const prevEnded =
      prev !== undefined &&
      blocks.slice(prev.from, prev.to).some((b) => {
        const t = text.slice(b.start, b.end)
        return endMarkRe.test(t) || gluedEndMarkRe.test(t)
      })
    if (
      prev &&
      prevEnded &&
      prev.to === run.from &&
      own.every((b) => tailBlock(text, b)) &&
      own.some((b) => orgDescription(text, b.start, b.end, true) !== null)
    )
      prev.to = run.to
    else out.push({ ...run })
  }
  return out
}
