/**
 * The prose of a version: the blocks a reader reads as running text (headline, subheadline,
 * body, quotes, boilerplates), without contacts, dates, release lines or page chrome, which
 * have their own rules and would only produce noise in style checks.
 */
import type { Block, BlockKind, Version } from '../../core/index.js'

const proseKinds: ReadonlySet<BlockKind> = new Set([
  'headline',
  'subheadline',
  'body',
  'quote',
  'boilerplate',
])

/** Whether a block is running prose. */
export function isProse(block: Block): boolean {
  return proseKinds.has(block.kind)
}

/** The prose blocks of a version, in document order. */
export function proseBlocks(version: Version): Block[] {
  return version.blocks.filter(isProse)
}

/** Lowercase, accents stripped, for comparisons (Chacón = Chacon). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** Offsets of every match of `pattern` (global) inside a block, as source offsets. */
export function* matchesIn(block: Block, pattern: RegExp): Generator<RegExpExecArray> {
  const re = new RegExp(
    pattern.source,
    pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`,
  )
  for (const m of block.text.matchAll(re)) {
    const shifted = m as RegExpExecArray
    shifted.index = (m.index ?? 0) + block.start
    yield shifted
  }
}

/** Whether a block is set in capitals (a shouting headline): its case says nothing. */
export function isShouting(block: Block): boolean {
  const letters = block.text.replace(/[^\p{L}]/gu, '')
  return letters.length > 0 && letters.replace(/[^\p{Lu}]/gu, '').length / letters.length > 0.8
}
