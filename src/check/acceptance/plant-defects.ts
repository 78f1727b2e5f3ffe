/**
 * Planted defects: copies of a bilingual release with one defect planted in one version — a
 * sentence deleted, a number changed, a speaker's name swapped, the organization cut from an
 * attribution, the date changed — and the span the checker must point at. The planted-defect
 * suite and `scripts/planted-defects.ts` measure how many the checker finds.
 */

import { segmentSentences } from '../../align/index.js'
import { primaryLang, type Release, type Source, type Version } from '../../core/index.js'

/** The kinds of planted defect. */
export type PlantKind =
  | 'delete-sentence'
  | 'change-number'
  | 'swap-speaker'
  | 'cut-organization'
  | 'change-date'

/** Every kind, in report order. */
export const plantKinds: readonly PlantKind[] = [
  'delete-sentence',
  'change-number',
  'swap-speaker',
  'cut-organization',
  'change-date',
]

/** One planted defect: the edited sources and where the defect is. */
export interface PlantedDefect {
  kind: PlantKind
  /** Primary language of the version that was edited. */
  lang: string
  /** Index of the edited source. */
  source: number
  /** The sources after the edit (the others unchanged). */
  sources: Source[]
  /**
   * The planted span in the edited source; where text was deleted, the join from the end of
   * the text before the cut to the start of the text after it.
   */
  start: number
  end: number
  /** A short description for reports ("deleted “The U.S. must…”"). */
  what: string
  /** The span of the original text that was replaced. */
  original: { start: number; end: number }
}

/**
 * Plants every kind of defect, one at a time, into each version of `release`, everywhere it
 * can: every body sentence and paragraph, every figure, every attributed speaker and
 * organization, the date. Whether the other version has a counterpart of the touched text is
 * not asked (that would let the aligner choose its own test); a fixture whose stored copy is
 * cut short leaves some plants without anything to compare with, and the report lists them.
 */
export function plantDefects(release: Release): PlantedDefect[] {
  const out: PlantedDefect[] = []
  const [first, second] = release.versions
  if (!first || !second) return out
  for (const version of [first, second]) {
    const others = release.versions.filter((v) => v !== version)
    out.push(
      ...deleteSentences(release, version),
      ...deleteParagraphs(release, version),
      ...changeNumbers(release, version),
      ...swapSpeakers(release, version),
      ...cutOrganizations(release, version),
      ...changeDates(release, version, others),
    )
  }
  return out
}

/** Replaces `[start, end)` of the version's source with `text`. */
function edit(
  release: Release,
  version: Version,
  kind: PlantKind,
  start: number,
  end: number,
  text: string,
  what: string,
): PlantedDefect {
  const sources = release.sources.map((s) => ({ ...s }))
  const source = sources[version.source]
  if (!source) throw new Error('version without a source')
  source.text = source.text.slice(0, start) + text + source.text.slice(end)
  // Where text was deleted, the touched place is the join: from the end of the text before the
  // cut (it may be the paragraph before, over blank lines) to the start of the text after it.
  let from = start
  if (text === '') while (from > 0 && /\s/.test(source.text[from - 1] ?? '')) from--
  return {
    kind,
    lang: primaryLang(version.lang),
    source: version.source,
    sources,
    start: from,
    end: start + text.length,
    what,
    original: { start, end },
  }
}

function textOf(release: Release, version: Version): string {
  return release.sources[version.source]?.text ?? ''
}

/**
 * Body sentences of a version: sentences of at least six words in body and quote paragraphs of
 * two sentences or more (deleting a paragraph's only sentence deletes the paragraph, which is
 * another defect).
 */
function bodySentences(release: Release, version: Version) {
  const text = textOf(release, version)
  return version.blocks
    .filter((b) => b.kind === 'body' || b.kind === 'quote')
    .map((b) => segmentSentences(text, b, version.lang))
    .filter((sentences) => sentences.length >= 2)
    .flat()
    .filter((s) => s.text.split(/\s+/).length >= 6)
}

function deleteSentences(release: Release, version: Version): PlantedDefect[] {
  const text = textOf(release, version)
  return bodySentences(release, version).map((s) => {
    // Take the space after the sentence too, so the paragraph reads on.
    let end = s.end
    while (end < text.length && (text[end] === ' ' || text[end] === '\u00a0')) end++
    return edit(release, version, 'delete-sentence', s.start, end, '', `deleted “${clip(s.text)}”`)
  })
}

/**
 * Deletes each body or quote paragraph of one sentence (of six words or more) whole, with the
 * line breaks after it: a paragraph left out of one version.
 */
function deleteParagraphs(release: Release, version: Version): PlantedDefect[] {
  const text = textOf(release, version)
  return version.blocks
    .filter((b) => b.kind === 'body' || b.kind === 'quote')
    .filter((b) => segmentSentences(text, b, version.lang).length === 1)
    .filter((b) => b.text.split(/\s+/).length >= 6)
    .map((b) => {
      let end = b.end
      while (end < text.length && /\s/.test(text[end] ?? '')) end++
      return edit(
        release,
        version,
        'delete-sentence',
        b.start,
        end,
        '',
        `deleted the paragraph “${clip(b.text)}”`,
      )
    })
}

const NUMBER =
  /(?<![\p{L}\p{N}.,])\d{1,3}(?:[.,]\d{3})+(?![\p{L}\p{N}])|(?<![\p{L}\p{N}.,])\d+(?![\p{L}\p{N}]|[.,]\d)/gu

function changeNumbers(release: Release, version: Version): PlantedDefect[] {
  const found: { start: number; end: number; value: string }[] = []
  for (const block of version.blocks) {
    if (block.kind !== 'body' && block.kind !== 'quote' && block.kind !== 'boilerplate') continue
    for (const m of block.text.matchAll(NUMBER))
      found.push({
        start: block.start + m.index,
        end: block.start + m.index + m[0].length,
        value: m[0],
      })
  }
  return found.map((n) => {
    const changed = bumpFirstDigit(n.value)
    return edit(
      release,
      version,
      'change-number',
      n.start,
      n.end,
      changed,
      `${n.value} → ${changed}`,
    )
  })
}

/** "250,000" → "350,000", "9" → "8": a different figure of the same shape. */
export function bumpFirstDigit(value: string): string {
  const first = Number(value[0])
  const next = first === 9 ? 8 : first + 1
  return `${next}${value.slice(1)}`
}

/** Replacement names that appear in no fixture. */
const STAND_INS = ['Rosa Delgado', 'Peter Lindqvist']

function swapSpeakers(release: Release, version: Version): PlantedDefect[] {
  const text = textOf(release, version)
  const out: PlantedDefect[] = []
  const personal = (name: string | null | undefined) =>
    !!name && /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)+$/u.test(name)
  for (const quote of version.quotes.filter((q) => personal(q.speaker?.name))) {
    const name = quote.speaker?.name ?? ''
    // The name as written in the attribution, else its first occurrence after the quote.
    const area = quote.attribution ?? {
      start: quote.end,
      end: Math.min(text.length, quote.end + 300),
    }
    const surname = name.split(/\s+/).pop() ?? name
    let at = text.indexOf(name, area.start)
    let written = name
    if (at < 0 || at > area.end) {
      at = text.indexOf(surname, area.start)
      written = surname
    }
    if (at < 0 || at > area.end) continue
    const standIn = written === name ? (STAND_INS[out.length % 2] ?? '') : 'Lindqvist'
    out.push(
      edit(
        release,
        version,
        'swap-speaker',
        at,
        at + written.length,
        standIn,
        `${written} → ${standIn}`,
      ),
    )
  }
  return out
}

function cutOrganizations(release: Release, version: Version): PlantedDefect[] {
  const text = textOf(release, version)
  const out: PlantedDefect[] = []
  for (const quote of version.quotes.filter((q) => q.speaker?.organization && q.attribution)) {
    const org = quote.speaker?.organization ?? ''
    const attribution = quote.attribution
    if (!attribution) continue
    const at = text.indexOf(org, attribution.start)
    if (at < 0 || at + org.length > attribution.end + 2) continue
    // Cut " Alianza Americas" after "of" / "de": keep the preposition, as a bad edit does.
    const before = text.slice(Math.max(0, at - 12), at)
    const prep = /(\s(?:of|at|for|with|from|de|del|en|para|con))\s+$/u.exec(before)
    if (!prep) continue
    const cutStart = at - (before.length - prep.index - (prep[1]?.length ?? 0))
    out.push(
      edit(release, version, 'cut-organization', cutStart, at + org.length, '', `cut “${org}”`),
    )
  }
  return out
}

function changeDates(release: Release, version: Version, others: Version[]): PlantedDefect[] {
  const date = version.date
  if (!date || !others.some((o) => o.date)) return []
  const m = /(?<!\d)(\d{1,2})(?!\d)/u.exec(date.text)
  if (!m) return []
  const value = Number(m[1])
  const changed = String(value >= 27 ? value - 2 : value + 2).padStart(m[1]?.length ?? 1, '0')
  const start = date.start + m.index
  return [
    edit(
      release,
      version,
      'change-date',
      start,
      start + (m[1]?.length ?? 0),
      changed,
      `${date.text}: day ${m[1]} → ${changed}`,
    ),
  ]
}

function clip(text: string): string {
  return text.length > 50 ? `${text.slice(0, 47)}…` : text
}
