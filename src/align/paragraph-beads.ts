/**
 * Paragraph beads from sentence beads. The first pass aligns blocks; the final paragraph beads
 * are read off the sentence beads, so that a paragraph merge or split found at sentence level
 * shows in the paragraph beads too.
 */
import type { ParagraphBead, SentenceBead } from './align-versions.js'
import { beadConfidence, round } from './bead-confidence.js'
import type { BeadCostFn, CostParams } from './bead-cost.js'
import type { DpBead } from './bead-dp.js'

/** What these functions need of one side: each sentence's block, and the block count. */
export interface BlockedSide {
  sentences: readonly { block: number }[]
  blockUnits: readonly unknown[]
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k)

/**
 * Paragraph beads read off the sentence beads: blocks linked by a sentence bead belong to one
 * paragraph bead (with any blocks between them), blocks without links stand alone. Scores come
 * from the first pass where the bead is the same, else from the sentence beads inside.
 */
export function paragraphsFromSentences(
  beads: Omit<SentenceBead, 'paragraph'>[],
  src: BlockedSide,
  tgt: BlockedSide,
  firstPass: DpBead[],
  blockCost: BeadCostFn,
  params: CostParams,
): ParagraphBead[] {
  const n = src.blockUnits.length
  const m = tgt.blockUnits.length
  const groups: { source: [number, number]; target: [number, number]; scores: number[] }[] = []
  for (const bead of beads) {
    if (bead.source.length === 0 || bead.target.length === 0) continue
    const sb = bead.source.map((k) => src.sentences[k]?.block ?? 0)
    const tb = bead.target.map((k) => tgt.sentences[k]?.block ?? 0)
    const source: [number, number] = [Math.min(...sb), Math.max(...sb) + 1]
    const target: [number, number] = [Math.min(...tb), Math.max(...tb) + 1]
    const last = groups[groups.length - 1]
    if (last && (source[0] < last.source[1] || target[0] < last.target[1])) {
      last.source[1] = Math.max(last.source[1], source[1])
      last.target[1] = Math.max(last.target[1], target[1])
      last.scores.push(bead.score)
    } else groups.push({ source, target, scores: [bead.score] })
  }
  const out: ParagraphBead[] = []
  let i = 0
  let j = 0
  const alone = (toI: number, toJ: number) => {
    for (; i < toI; i++) out.push({ source: [i], target: [], score: skipScore([i, i + 1], [j, j]) })
    for (; j < toJ; j++) out.push({ source: [], target: [j], score: skipScore([i, i], [j, j + 1]) })
  }
  const skipScore = (s: [number, number], t: [number, number]) => {
    const same = firstPass.find(
      (b) =>
        b.source[0] === s[0] &&
        b.source[1] === s[1] &&
        b.target[0] === t[0] &&
        b.target[1] === t[1],
    )
    return same ? beadConfidence(same, blockCost, params, n, m) : 1
  }
  for (const g of groups) {
    alone(g.source[0], g.target[0])
    const same = firstPass.find(
      (b) =>
        b.source[0] === g.source[0] &&
        b.source[1] === g.source[1] &&
        b.target[0] === g.target[0] &&
        b.target[1] === g.target[1],
    )
    const score = same
      ? beadConfidence(same, blockCost, params, n, m)
      : round(g.scores.reduce((a, b) => a + b, 0) / g.scores.length)
    out.push({ source: range(...g.source), target: range(...g.target), score })
    i = g.source[1]
    j = g.target[1]
  }
  alone(n, m)
  return out
}

/**
 * Within each run of one-sided beads, puts the source side's first (the order of each side is
 * unchanged), so that beads follow the paragraph beads' order.
 */
export function orderLoneBeads(beads: Omit<SentenceBead, 'paragraph'>[]): void {
  let k = 0
  while (k < beads.length) {
    let end = k
    while (
      end < beads.length &&
      ((beads[end]?.source.length ?? 0) === 0 || (beads[end]?.target.length ?? 0) === 0)
    )
      end++
    if (end - k > 1) {
      const run = beads.slice(k, end)
      const sorted = [
        ...run.filter((b) => b.source.length > 0),
        ...run.filter((b) => b.source.length === 0),
      ]
      beads.splice(k, end - k, ...sorted)
    }
    k = Math.max(end, k + 1)
  }
}

/** The paragraph bead a sentence bead lies in. */
export function paragraphOf(
  bead: Omit<SentenceBead, 'paragraph'>,
  src: BlockedSide,
  tgt: BlockedSide,
  paragraphs: ParagraphBead[],
): number {
  const sourceBlock = src.sentences[bead.source[0] ?? -1]?.block
  const targetBlock = tgt.sentences[bead.target[0] ?? -1]?.block
  const k = paragraphs.findIndex((p) =>
    sourceBlock !== undefined
      ? p.source.includes(sourceBlock)
      : targetBlock !== undefined && p.target.includes(targetBlock),
  )
  return Math.max(0, k)
}
