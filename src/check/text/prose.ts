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

// Several rules ask this of every block; the answer is kept per block object.
const shouting = new WeakMap<Block, boolean>()

/** Whether a block is set in capitals (a shouting headline): its case says nothing. */
export function isShouting(block: Block): boolean {
  let answer = shouting.get(block)
  if (answer === undefined) {
    let letters = 0
    let capitals = 0
    for (const ch of block.text) {
      if (!/\p{L}/u.test(ch)) continue
      letters++
      if (/\p{Lu}/u.test(ch)) capitals++
    }
    answer = letters > 0 && capitals / letters > 0.8
    shouting.set(block, answer)
  }
  return answer
}
