/**
 * How a bead is scored. Cost = −log prior of the bead's shape + the Gale–Church length cost
 * + an anchor term: each feature weight shared by both sides is evidence that they translate
 * each other (−`reward` per unit), each weight on one side only is evidence against (+`penalty`
 * per unit). A bead with an empty side pays a fixed deletion cost. With `anchors: false` the
 * cost is plain Gale & Church (1993): prior and length only, the baseline of the scoring script.
 */
import { type Features, mergeFeatures } from './anchors.js'
import type { Shape } from './bead-dp.js'
import { type LengthModel, lengthCost } from './length-model.js'

/** One aligned unit (a sentence or a block) as the cost function sees it. */
export interface Unit {
  length: number
  features: Features
}

/** Tunable weights of the cost (defaults in {@link defaultCostParams}). */
export interface CostParams {
  /** Whether to use anchors (false = plain Gale–Church). */
  anchors: boolean
  /** Cost per unit of feature weight shared by both sides (subtracted). */
  reward: number
  /** Cost per unit of feature weight on one side only. */
  penalty: number
  /** Fixed cost of leaving one unit without counterpart (anchor model). */
  skip: number
  /** Weight of the length cost next to the anchors (anchor model). */
  lengthWeight: number
}

/** The weights used unless told otherwise. */
export const defaultCostParams: CostParams = {
  anchors: true,
  reward: 1.6,
  penalty: 0.4,
  skip: 2.5,
  lengthWeight: 1,
}

/** Bead shapes for sentences inside an aligned paragraph group. */
export const sentenceShapes: readonly Shape[] = [
  { source: 1, target: 1 },
  { source: 1, target: 0 },
  { source: 0, target: 1 },
  { source: 2, target: 1 },
  { source: 1, target: 2 },
  { source: 2, target: 2 },
  { source: 3, target: 1 },
  { source: 1, target: 3 },
]

/** Bead shapes for paragraphs: sentences' shapes plus wider merges (lines vs. a paragraph). */
export const paragraphShapes: readonly Shape[] = [
  ...sentenceShapes,
  { source: 4, target: 1 },
  { source: 1, target: 4 },
  { source: 3, target: 2 },
  { source: 2, target: 3 },
]

/** −log prior of a shape (Gale & Church's frequencies, extended to wider merges). */
export function shapePrior(s: number, t: number): number {
  if (s === 1 && t === 1) return 0.12
  if (s === 0 || t === 0) return 5.3
  if (s + t === 3) return 3.1
  if (s === 2 && t === 2) return 5.5
  if (s + t === 4) return 6
  return 7
}

/** A cost function over two unit sequences, for {@link alignBeads}. */
export function makeBeadCost(
  source: readonly Unit[],
  target: readonly Unit[],
  model: LengthModel,
  params: CostParams,
): (i0: number, i1: number, j0: number, j1: number) => number {
  return (i0, i1, j0, j1) => {
    const s = i1 - i0
    const t = j1 - j0
    let ls = 0
    let lt = 0
    for (let i = i0; i < i1; i++) ls += source[i]?.length ?? 0
    for (let j = j0; j < j1; j++) lt += target[j]?.length ?? 0
    const prior = shapePrior(s, t)
    if (!params.anchors) return prior + lengthCost(model, ls, lt)
    if (s === 0 || t === 0) return params.skip * (s + t) + (s + t > 1 ? 1 : 0)
    const fs = mergeFeatures(source.slice(i0, i1).map((u) => u.features))
    const ft = mergeFeatures(target.slice(j0, j1).map((u) => u.features))
    return prior + params.lengthWeight * lengthCost(model, ls, lt) + anchorCost(fs, ft, params)
  }
}

/** The anchor term: −reward·shared + penalty·unshared. */
export function anchorCost(a: Features, b: Features, params: CostParams): number {
  let total = 0
  let shared = 0
  for (const [key, wa] of a) {
    total += wa
    const wb = b.get(key)
    if (wb !== undefined) shared += Math.min(wa, wb)
  }
  for (const wb of b.values()) total += wb
  return params.penalty * (total - 2 * shared) - params.reward * shared
}

/** The logistic function, mapping a cost margin to a confidence in (0, 1). */
export function confidence(margin: number, scale = 2): number {
  return 1 / (1 + Math.exp(-margin / scale))
}
