/**
 * Boilerplates of one version: "About X" / "Acerca de X" / "Sobre X" sections anywhere, and the
 * paragraphs after the end mark (or closing the version when it has none) that describe an
 * organization. A contact block, an end mark or page debris is never a boilerplate; a
 * description whose organization name is missing keeps `organization: null`.
 */

import type { Lang } from '../../core/lang.js'
import type { Block, Boilerplate } from '../../core/release.js'
import { aboutHeading, isEndMark, leadingEndMark, orgDescription } from './org-description.js'
import { trimSpan } from './text-scan.js'

const contactRe =
  /[\w.+-]+@[\w-]+\.[\w.]+|\[email[^\]]*\]|\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b|^\s*(?:media\s+)?(?:contacts?|contactos?|press contact|contacto de prensa|contacto para medios)\b/i

/** Headings that name no organization: "About Us", "Sobre nosotros", "About the Partners". */
const genericAboutRe =
  /^(?:us|nosotros|nosotras|the\s+)?(?:us|organi[sz]ations?|organizaciones|coalition|partners|sponsors|groups|grupos|socios|convocantes|organizers|organizadores)$/i

/** Whether a block's text reads as media contacts (a phone, an e-mail, a "Contact:" label). */
export function looksLikeContacts(s: string): boolean {
  return contactRe.test(s) && s.split(/\s+/).length < 40
}

const skipKinds = new Set([
  'contacts',
  'end-mark',
  'headline',
  'subheadline',
  'date',
  'release-line',
])

/** Whether a block can hold a boilerplate at all. */
function candidate(block: Block): boolean {
  if (skipKinds.has(block.kind)) return false
  if (isEndMark(block.text) || looksLikeContacts(block.text)) return false
  return block.text.trim().split(/\s+/).length >= 5
}

/** Index of the block that holds (or starts with) the end mark, or -1. */
function endMarkIndex(blocks: Block[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]
    if (b && (b.kind === 'end-mark' || leadingEndMark(b.text.trimStart()) > 0)) return i
  }
  return -1
}

/** The boilerplates of one version, in order. */
export function extractBoilerplates(text: string, blocks: Block[], lang: Lang): Boilerplate[] {
  void lang
  const out: Boilerplate[] = []
  const taken = new Set<number>()
  const push = (organization: string | null, block: number, start: number, end: number) => {
    const [s, e] = trimSpan(text, start, end)
    if (e > s) out.push({ organization, block, start: s, end: e })
    taken.add(block)
  }
  const extend = (i: number) => {
    const last = out[out.length - 1]
    const b = blocks[i]
    if (last && b) last.end = trimSpan(text, b.start, b.end)[1]
    taken.add(i)
  }

  // "About X" sections: the heading names the organization, the next paragraphs describe it.
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]
    if (!b || skipKinds.has(b.kind)) continue
    const heading = aboutHeading(b.text)
    if (!heading) continue
    taken.add(i)
    if (heading.inlineStart !== null) {
      push(heading.organization, i, b.start + heading.inlineStart, b.end)
      continue
    }
    let j = i + 1
    const first = blocks[j]
    if (!first || !candidate(first) || aboutHeading(first.text)) continue
    // "About Us", "Sobre nosotros", "About the Organizations": each paragraph names its own.
    if (heading.organization === null || genericAboutRe.test(heading.organization)) {
      for (; j < blocks.length; j++) {
        const b = blocks[j]
        if (!b || !candidate(b) || aboutHeading(b.text)) break
        const desc = orgDescription(text, b.start, b.end, false)
        if (desc) push(desc.organization, j, desc.start, b.end)
        else if (out.length > 0 && taken.has(j - 1)) extend(j)
        else push(null, j, b.start, b.end)
      }
      i = j - 1
      continue
    }
    push(heading.organization, j, first.start, first.end)
    for (j++; j < blocks.length; j++) {
      const next = blocks[j]
      if (!next || !candidate(next) || aboutHeading(next.text)) break
      const other = orgDescription(text, next.start, next.end, true)
      if (other && other.organization !== heading.organization) break
      extend(j)
    }
    i = j - 1
  }

  // After the end mark (or, with none, at the close of the version): descriptions.
  const mark = endMarkIndex(blocks)
  // Descriptions can also stand just before the end mark ("32BJ SEIU is… \n # # #").
  const from =
    mark >= 0
      ? Math.min(mark, trailingStart(text, blocks.slice(0, mark)))
      : trailingStart(text, blocks)
  let previous = -2
  for (let i = Math.max(0, from); i < blocks.length; i++) {
    const b = blocks[i]
    if (!b || taken.has(i)) continue
    const glued = i === mark && b.kind !== 'end-mark' && leadingEndMark(b.text.trimStart()) > 0
    if (i === mark && !glued) continue
    if (!candidate(b) && !glued && b.kind !== 'boilerplate') continue
    const desc = orgDescription(text, b.start, b.end, true)
    if (desc) {
      push(desc.organization, i, desc.start, b.end)
      previous = i
    } else if (previous === i - 1 && b.kind !== 'other') {
      extend(i)
      previous = i
    } else if (b.kind === 'boilerplate') {
      push(null, i, b.start, b.end)
      previous = i
    }
  }
  out.sort((a, b) => a.start - b.start)
  return out
}

/**
 * Where the closing run of organization descriptions starts in a version without an end mark:
 * the first of the last blocks that are descriptions (or contacts and debris between them).
 */
function trailingStart(text: string, blocks: Block[]): number {
  let start = blocks.length
  // Short lines after the description ("Follow us on social media…", "Learn more at…", "Paid
  // for by…") do not end the run; two of them in a row, or a longer paragraph, do.
  let skipped = 0
  for (let i = blocks.length - 1; i >= 0; i--) {
    const b = blocks[i]
    if (!b) break
    if (b.kind === 'contacts' || b.kind === 'other' || !candidate(b)) continue
    if (b.kind === 'quote' || /[“«"]/.test(b.text)) break
    if (!orgDescription(text, b.start, b.end, true)) {
      if (start === blocks.length && skipped < 2 && isShortNote(b.text)) {
        skipped++
        continue
      }
      break
    }
    start = i
  }
  return start
}

/** A short paragraph of one or two sentences that is no description: a note after the "about". */
function isShortNote(s: string): boolean {
  const words = s.trim().split(/\s+/).length
  return words <= 30 && (s.match(/[.!?](?:\s|$)/g) ?? []).length <= 2
}
