/**
 * Prose blocks: which blocks of a version hold running text that attribution rules read, and a
 * collector that keeps one report per place when the same problem is found twice (once from the
 * reader's quotes, once from scanning the text).
 */
import type { Block, BlockKind, Version } from '../../core/index.js'

/** Block kinds that hold running text (not furniture such as dates and contact lines). */
export const proseKinds: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'subheadline',
  'body',
  'quote',
  'boilerplate',
  'end-mark',
  'other',
])

/** The blocks of a version that hold running text, in document order. */
export function proseBlocks(version: Version): Block[] {
  return version.blocks.filter((b) => proseKinds.has(b.kind))
}

/** A span found by a rule, with what it reports. */
export interface Finding {
  start: number
  end: number
  messageId: string
  data?: Record<string, string | number>
}

/** Keeps findings apart: a finding overlapping an earlier one is dropped. */
export function distinctFindings(findings: readonly Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: Finding[] = []
  for (const f of sorted) if (!out.some((o) => f.start < o.end && o.start < f.end)) out.push(f)
  return out
}
