/**
 * Confidence of a bead in [0, 1]: a logistic function of the cost margin by which the dynamic
 * program preferred it (over leaving its units alone, or over pairing a lone unit with its
 * nearest neighbour on the other side).
 */
import type { BeadCostFn, CostParams } from './bead-cost.js'
import { confidence } from './bead-cost.js'

/** Rounds a score to three decimals. */
export const round = (x: number): number => Math.round(x * 1000) / 1000

/**
 * Confidence of a bead. For a bead with both sides: how much cheaper it is than leaving all its
 * units unmatched. For a bead with an empty side: how much cheaper leaving the unit alone is
 * than pairing it with the nearest unit on the other side (and leaving nothing else).
 */
export function beadConfidence(
  bead: { source: [number, number]; target: [number, number]; cost: number },
  cost: BeadCostFn,
  params: CostParams,
  n: number,
  m: number,
): number {
  const [i0, i1] = bead.source
  const [j0, j1] = bead.target
  const skips = () => {
    let total = 0
    for (let i = i0; i < i1; i++) total += cost(i, i + 1, j0, j0)
    for (let j = j0; j < j1; j++) total += cost(i0, i0, j, j + 1)
    return total
  }
  if (i1 > i0 && j1 > j0) return round(confidence(skips() - bead.cost, params.anchors ? 3 : 4))
  let alternative = Number.POSITIVE_INFINITY
  if (i1 > i0) {
    for (const j of [j0 - 1, j0])
      if (j >= 0 && j < m)
        alternative = Math.min(alternative, cost(i0, i1, j, j + 1) - cost(i0, i0, j, j + 1))
  } else {
    for (const i of [i0 - 1, i0])
      if (i >= 0 && i < n)
        alternative = Math.min(alternative, cost(i, i + 1, j0, j1) - cost(i, i + 1, j0, j0))
  }
  if (!Number.isFinite(alternative)) return 1
  return round(confidence(alternative - bead.cost, params.anchors ? 3 : 4))
}
