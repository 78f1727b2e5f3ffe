/**
 * Which paragraphs are out of date with their counterpart. Every aligned pair of paragraphs
 * (one block of each version) is known by the hashes of its two texts; a pair recorded as "in
 * sync" says those two texts answered each other at some revision. A paragraph is **outdated**
 * when its own text is one that was in sync but its counterpart's text has changed since; a pair
 * where neither text was ever in sync (both new, or both rewritten) is new and counts as in sync.
 * Hashes, not timestamps: undoing an edit makes the pair in sync again. Pure, no Node imports:
 * the server records pairs with this and the browser editor marks paragraphs with it.
 */
import type { Alignment } from '../../align/index.js'
import type { Release, Version } from '../../core/index.js'
import { paragraphHash } from './paragraph-hash.js'

/** Two paragraph texts recorded as translations of each other. */
export interface SyncPair {
  sourceHash: string
  targetHash: string
}

/** A recorded in-sync pair with the languages of its two sides (as stored and sent). */
export interface EditorSyncPair extends SyncPair {
  sourceLang: string
  targetLang: string
}

/** One aligned pair of paragraphs in the current text, with the hashes of both sides. */
export interface ParagraphPair {
  /** Indexes into the versions' blocks (one each: pairs of several blocks are skipped). */
  source: number
  target: number
  sourceHash: string
  targetHash: string
}

/** The sync status of one side of a pair. */
export type SyncStatus = 'in-sync' | 'new' | 'outdated'

/** A pair's status, per side: which side, if any, is behind its counterpart. */
export interface PairStatus extends ParagraphPair {
  /** `outdated` when the source paragraph is behind (the target changed since they matched). */
  sourceStatus: SyncStatus
  targetStatus: SyncStatus
}

/** The hashes of every block of a version, in order. */
export function blockHashes(release: Release, version: Version): string[] {
  const text = release.sources[version.source]?.text ?? ''
  return version.blocks.map((b) => paragraphHash(text.slice(b.start, b.end)))
}

/**
 * The one-to-one paragraph pairs of an alignment (beads of one block on each side), with the
 * hashes of their texts.
 */
export function paragraphPairs(
  alignment: Alignment,
  sourceHashes: readonly string[],
  targetHashes: readonly string[],
): ParagraphPair[] {
  const pairs: ParagraphPair[] = []
  for (const bead of alignment.paragraphs) {
    if (bead.source.length !== 1 || bead.target.length !== 1) continue
    const source = bead.source[0] as number
    const target = bead.target[0] as number
    const sourceHash = sourceHashes[source]
    const targetHash = targetHashes[target]
    if (sourceHash === undefined || targetHash === undefined) continue
    pairs.push({ source, target, sourceHash, targetHash })
  }
  return pairs
}

/** A lookup over recorded in-sync pairs. */
export interface SyncIndex {
  has(pair: SyncPair): boolean
  sourceKnown(hash: string): boolean
  targetKnown(hash: string): boolean
}

/** Indexes recorded in-sync pairs for {@link pairStatuses}. */
export function syncIndex(recorded: readonly SyncPair[]): SyncIndex {
  const pairs = new Set(recorded.map((p) => `${p.sourceHash}:${p.targetHash}`))
  const sources = new Set(recorded.map((p) => p.sourceHash))
  const targets = new Set(recorded.map((p) => p.targetHash))
  return {
    has: (p) => pairs.has(`${p.sourceHash}:${p.targetHash}`),
    sourceKnown: (h) => sources.has(h),
    targetKnown: (h) => targets.has(h),
  }
}

/** The status of each current pair against the recorded in-sync pairs. */
export function pairStatuses(pairs: readonly ParagraphPair[], index: SyncIndex): PairStatus[] {
  return pairs.map((pair) => {
    if (index.has(pair)) return { ...pair, sourceStatus: 'in-sync', targetStatus: 'in-sync' }
    const sourceSame = index.sourceKnown(pair.sourceHash)
    const targetSame = index.targetKnown(pair.targetHash)
    // The side whose text is unchanged since it was in sync is the one left behind.
    if (targetSame && !sourceSame)
      return { ...pair, sourceStatus: 'in-sync', targetStatus: 'outdated' }
    if (sourceSame && !targetSame)
      return { ...pair, sourceStatus: 'outdated', targetStatus: 'in-sync' }
    if (sourceSame && targetSame)
      // Both texts were in sync with other texts (paragraphs swapped or re-paired): flag both.
      return { ...pair, sourceStatus: 'outdated', targetStatus: 'outdated' }
    return { ...pair, sourceStatus: 'new', targetStatus: 'new' }
  })
}

/**
 * The pairs a save records as in sync: those already in sync and those new on both sides (a
 * translator who rewrote both paragraphs has brought them back in sync). Outdated pairs are not
 * recorded, so they stay outdated until the counterpart follows or someone marks them up to date.
 */
export function pairsToRecord(statuses: readonly PairStatus[]): SyncPair[] {
  return statuses
    .filter((s) => s.sourceStatus !== 'outdated' && s.targetStatus !== 'outdated')
    .map(({ sourceHash, targetHash }) => ({ sourceHash, targetHash }))
}

/** The paragraph pairs of one language pair of a release. */
export interface LangPairs {
  sourceLang: string
  targetLang: string
  pairs: ParagraphPair[]
}

/**
 * The paragraph pairs of a release: its first version against each other version, aligned by
 * `align` (the checker's cached alignment in the editor, the aligner on the server).
 */
export function releasePairs(
  release: Release,
  align: (source: Version, target: Version) => Alignment,
): LangPairs[] {
  const [source, ...targets] = release.versions
  if (!source) return []
  const sourceHashes = blockHashes(release, source)
  return targets.map((target) => ({
    sourceLang: source.lang,
    targetLang: target.lang,
    pairs: paragraphPairs(align(source, target), sourceHashes, blockHashes(release, target)),
  }))
}
