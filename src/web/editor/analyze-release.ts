/**
 * One analysis of the editor's texts, the same way the server reads a release: the reader
 * (parseRelease, one source per language), the check engine (checkRelease, messages in the
 * interface language), the aligner's sentence and paragraph beads (the alignment the check
 * already computed, from the provider's cache), and each paragraph pair's sync status against the
 * recorded in-sync pairs. The result is plain data per pane: diagnostics, blocks, sentences,
 * unmatched sentences and paragraphs, outdated paragraphs, quotes.
 */
import type { Alignment } from '../../align/index.js'
import {
  checkRelease,
  defaultAlignmentProvider,
  type Locale,
  rules,
  sortDiagnostics,
} from '../../check/index.js'
import type { BlockKind, Diagnostic, Quote, Release, Version } from '../../core/index.js'
import {
  type EditorSyncPair,
  type PairStatus,
  pairStatuses,
  releasePairs,
  syncIndex,
} from '../../newsroom/editor/paragraph-sync.js'
import { parseRelease } from '../../parse/index.js'

/** A block of a pane: where it is and what it is. */
export interface PaneBlock {
  from: number
  to: number
  kind: BlockKind
}

/** An outdated paragraph of a pane and the pair it belongs to. */
export interface OutdatedParagraph {
  block: number
  from: number
  to: number
  otherLang: string
  pair: EditorSyncPair
}

/** What the analysis found in one pane's text. */
export interface PaneAnalysis {
  lang: string
  /** The text analysed. */
  text: string
  diagnostics: Diagnostic[]
  blocks: PaneBlock[]
  /** Where the dateline ("CHICAGO –") stands, or null. */
  dateline: { from: number; to: number } | null
  /** The aligned sentences of this side (none when there is no other version). */
  sentences: { from: number; to: number }[]
  /** For each sentence, the index of its sentence bead. */
  sentenceBead: number[]
  unmatchedSentences: number[]
  unmatchedBlocks: number[]
  outdated: OutdatedParagraph[]
  quotes: Quote[]
  /** The language this pane is aligned with, or null. */
  otherLang: string | null
  /** Why the text could not be read (empty, unsupported language), or null. */
  unreadable: string | null
}

/** The analysis of all panes. */
export interface ReleaseAnalysis {
  panes: Map<string, PaneAnalysis>
  /** The alignment of the first two versions, or null. */
  alignment: Alignment | null
  /** Languages of the alignment's source and target sides. */
  sides: [string, string] | null
}

function emptyPane(lang: string, text: string, unreadable: string | null): PaneAnalysis {
  return {
    lang,
    text,
    diagnostics: [],
    blocks: [],
    dateline: null,
    sentences: [],
    sentenceBead: [],
    unmatchedSentences: [],
    unmatchedBlocks: [],
    outdated: [],
    quotes: [],
    otherLang: null,
    unreadable,
  }
}

/** Analyses the panes' texts (in pane order) against the recorded in-sync pairs. */
export function analyzeRelease(
  texts: readonly { lang: string; text: string }[],
  syncPairs: readonly EditorSyncPair[],
  locale: Locale,
): ReleaseAnalysis {
  const panes = new Map(texts.map((t) => [t.lang, emptyPane(t.lang, t.text, null)]))
  const readable = texts.filter((t) => t.text.trim() !== '')
  for (const t of texts)
    if (t.text.trim() === '') (panes.get(t.lang) as PaneAnalysis).unreadable = 'empty'
  let release: Release
  try {
    release = parseRelease(
      readable.map((t) => ({ file: `${t.lang}.txt`, format: 'text' as const, text: t.text })),
      { langs: readable.map((t) => t.lang) },
    )
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    for (const pane of panes.values()) pane.unreadable ??= reason
    return { panes, alignment: null, sides: null }
  }
  const diagnostics = checkWithCache(release, locale)
  const paneOf = (version: Version) => panes.get(version.lang) as PaneAnalysis
  for (const version of release.versions) {
    const pane = paneOf(version)
    pane.blocks = version.blocks.map((b) => ({ from: b.start, to: b.end, kind: b.kind }))
    // A body paragraph holding a quote shows as a quote.
    for (const q of version.quotes) {
      const block = pane.blocks[q.block]
      if (block?.kind === 'body') block.kind = 'quote'
    }
    if (version.dateline) pane.dateline = { from: version.dateline.start, to: version.dateline.end }
    pane.quotes = version.quotes
  }
  for (const d of diagnostics) {
    const pane = d.lang ? panes.get(d.lang) : undefined
    if (pane) pane.diagnostics.push(d)
  }
  const [source, target] = release.versions
  if (!source || !target) return { panes, alignment: null, sides: null }
  const alignment = defaultAlignmentProvider.alignment(release, source, target) as Alignment
  paneOf(source).otherLang = target.lang
  paneOf(target).otherLang = source.lang
  markSentences(paneOf(source), alignment.sourceSentences, alignment, 'source')
  markSentences(paneOf(target), alignment.targetSentences, alignment, 'target')
  for (const bead of alignment.paragraphs) {
    if (bead.target.length === 0) paneOf(source).unmatchedBlocks.push(...bead.source)
    if (bead.source.length === 0) paneOf(target).unmatchedBlocks.push(...bead.target)
  }
  for (const lp of releasePairs(release, (a, b) =>
    a === source && b === target
      ? alignment
      : (defaultAlignmentProvider.alignment(release, a, b) as Alignment),
  )) {
    const index = syncIndex(
      syncPairs.filter((p) => p.sourceLang === lp.sourceLang && p.targetLang === lp.targetLang),
    )
    const sourcePane = panes.get(lp.sourceLang)
    const targetPane = panes.get(lp.targetLang)
    if (!sourcePane || !targetPane) continue
    for (const status of pairStatuses(lp.pairs, index))
      addOutdated(status, sourcePane, targetPane, lp.sourceLang, lp.targetLang)
  }
  return { panes, alignment, sides: [source.lang, target.lang] }
}

const versionRules = rules.filter((r) => r.scope === 'version')
const releaseRules = rules.filter((r) => r.scope !== 'version')
/** Diagnostics of the single-version rules by language, locale and text (the last text of each). */
const versionCache = new Map<string, { text: string; diagnostics: Diagnostic[] }>()

/**
 * The check engine's diagnostics, as `checkRelease(release, { locale })` answers them, with the
 * single-version rules of an unchanged version taken from the last run: a keystroke changes one
 * version, so only that version's rules and the release-scope rules (alignment, drift) run again.
 */
export function checkWithCache(release: Release, locale: Locale): Diagnostic[] {
  const out = checkRelease(release, { locale, rules: releaseRules })
  for (const version of release.versions) {
    const text = release.sources[version.source]?.text ?? ''
    const key = `${version.lang}\u0000${locale}`
    const known = versionCache.get(key)
    if (known && known.text === text) {
      out.push(...known.diagnostics)
      continue
    }
    const diagnostics = checkRelease(
      { ...release, versions: [version] },
      { locale, rules: versionRules },
    )
    versionCache.set(key, { text, diagnostics })
    out.push(...diagnostics)
  }
  return sortDiagnostics(out)
}

function markSentences(
  pane: PaneAnalysis,
  sentences: readonly { start: number; end: number }[],
  alignment: Alignment,
  side: 'source' | 'target',
): void {
  pane.sentences = sentences.map((s) => ({ from: s.start, to: s.end }))
  pane.sentenceBead = new Array(sentences.length).fill(-1)
  alignment.sentences.forEach((bead, k) => {
    for (const i of bead[side]) pane.sentenceBead[i] = k
    const other = side === 'source' ? bead.target : bead.source
    if (other.length === 0) pane.unmatchedSentences.push(...bead[side])
  })
}

function addOutdated(
  status: PairStatus,
  sourcePane: PaneAnalysis,
  targetPane: PaneAnalysis,
  sourceLang: string,
  targetLang: string,
): void {
  const pair: EditorSyncPair = {
    sourceLang,
    targetLang,
    sourceHash: status.sourceHash,
    targetHash: status.targetHash,
  }
  const add = (pane: PaneAnalysis, block: number, otherLang: string) => {
    const b = pane.blocks[block]
    if (b) pane.outdated.push({ block, from: b.from, to: b.to, otherLang, pair })
  }
  if (status.sourceStatus === 'outdated') add(sourcePane, status.source, targetLang)
  if (status.targetStatus === 'outdated') add(targetPane, status.target, sourceLang)
}
