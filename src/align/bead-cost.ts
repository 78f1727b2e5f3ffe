/**
 * How a bead is scored. Cost = −log prior of the bead's shape + the Gale–Church length cost
 * + an anchor term: each feature weight shared by both sides is evidence that they translate
 * each other (−`reward` per unit), each weight on one side only is evidence against (+`penalty`
 * per unit). A bead with an empty side pays a fixed deletion cost. With `anchors: false` the
 * cost is plain Gale & Church (1993): prior and length only, the baseline of the scoring script.
 */
import type { Features } from './anchors.js'
import type { Shape } from './bead-dp.js'
import { type LengthModel, lengthCost } from './length-model.js'

/**
 * One aligned unit (a sentence or a block) as the cost function sees it: its length and its
 * features, interned as sorted integer ids with weights (see {@link FeatureSpace}).
 */
export interface Unit {
  length: number
  ids: Int32Array
  weights: Float64Array
}

/** Interns feature names as small integers so that bead costs run on typed arrays. */
export class FeatureSpace {
  readonly ids = new Map<string, number>()
  private buffers: [Float64Array, Float64Array] = [new Float64Array(0), new Float64Array(0)]

  /** Two zeroed scratch arrays with a slot per feature, shared by the cost functions. */
  scratch(): [Float64Array, Float64Array] {
    if (this.buffers[0].length < this.ids.size) {
      const size = Math.max(this.ids.size, this.buffers[0].length * 2)
      this.buffers = [new Float64Array(size), new Float64Array(size)]
    }
    return this.buffers
  }

  /** The unit of a feature bag. */
  unit(features: Features, length: number): Unit {
    const ids = new Int32Array(features.size)
    const weights = new Float64Array(features.size)
    let n = 0
    for (const [key, weight] of features) {
      let id = this.ids.get(key)
      if (id === undefined) {
        id = this.ids.size
        this.ids.set(key, id)
      }
      // insertion sort: bags are small (tens of features) and this allocates nothing
      let k = n++
      while (k > 0 && (ids[k - 1] ?? 0) > id) {
        ids[k] = ids[k - 1] ?? 0
        weights[k] = weights[k - 1] ?? 0
        k--
      }
      ids[k] = id
      weights[k] = weight
    }
    return { length, ids, weights }
  }

  /** The sum of several units (a block from its sentences). */
  merge(units: readonly Unit[]): Unit {
    const [sum] = this.scratch()
    const touched: number[] = []
    let length = 0
    for (const u of units) {
      length += u.length
      for (let k = 0; k < u.ids.length; k++) {
        const id = u.ids[k] ?? 0
        if (sum[id] === 0) touched.push(id)
        sum[id] = (sum[id] ?? 0) + (u.weights[k] ?? 0)
      }
    }
    touched.sort((x, y) => x - y)
    const ids = Int32Array.from(touched)
    const weights = Float64Array.from(touched, (id) => sum[id] ?? 0)
    for (const id of touched) sum[id] = 0
    return { length, ids, weights }
  }
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
  /** Extra cost of pairing units that share no feature at all (nothing vouches for the pair). */
  noEvidence: number
}

/** The weights used unless told otherwise. */
export const defaultCostParams: CostParams = {
  anchors: true,
  reward: 1.6,
  penalty: 0.4,
  skip: 2.5,
  lengthWeight: 0.7,
  noEvidence: 2,
}

/** Bead shapes for sentences inside an aligned paragraph group. */
export const sentenceShapes: readonly Shape[] = [
  // one-sided shapes first: on a tie (a duplicated line) the search then keeps the earlier copy
  { source: 1, target: 0 },
  { source: 0, target: 1 },
  { source: 1, target: 1 },
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
  space: FeatureSpace = new FeatureSpace(),
): BeadCostFn {
  let size = 0
  const totals = (units: readonly Unit[]) =>
    units.map((u) => {
      size = Math.max(size, (u.ids[u.ids.length - 1] ?? -1) + 1)
      let t = 0
      for (let k = 0; k < u.weights.length; k++) t += u.weights[k] ?? 0
      return t
    })
  const sourceTotal = totals(source)
  const targetTotal = totals(target)
  let [a, b] = space.scratch()
  if (a.length < size) [a, b] = [new Float64Array(size), new Float64Array(size)]
  const touched: number[] = []
  const addInto = (into: Float64Array, other: Float64Array, u: Unit) => {
    const { ids, weights } = u
    for (let k = 0; k < ids.length; k++) {
      const id = ids[k] ?? 0
      if (into[id] === 0 && other[id] === 0) touched.push(id)
      into[id] = (into[id] ?? 0) + (weights[k] ?? 0)
    }
  }
  // Weight shared by each source unit and each target unit, computed when first asked for
  // (-1: not yet). A multi-unit bead shares at most the sum of its pairs' shared weights, since
  // min(a + a', b) ≤ min(a, b) + min(a', b): that bound prunes most wide beads without summing
  // their feature bags, and a sum of zero means they share nothing.
  const pairs = new Float64Array(source.length * target.length).fill(-1)
  const pairShared = (i: number, j: number): number => {
    const cell = i * target.length + j
    const known = pairs[cell] ?? -1
    if (known >= 0) return known
    let shared = 0
    const x = source[i]
    const y = target[j]
    if (x && y) {
      let p = 0
      let q = 0
      while (p < x.ids.length && q < y.ids.length) {
        const ip = x.ids[p] ?? 0
        const iq = y.ids[q] ?? 0
        if (ip === iq) shared += Math.min(x.weights[p++] ?? 0, y.weights[q++] ?? 0)
        else if (ip < iq) p++
        else q++
      }
    }
    pairs[cell] = shared
    return shared
  }
  /** An upper bound of the weight shared by source [i0, i1) and target [j0, j1). */
  const sharedBound = (i0: number, i1: number, j0: number, j1: number): number => {
    let bound = 0
    for (let i = i0; i < i1; i++) for (let j = j0; j < j1; j++) bound += pairShared(i, j)
    return bound
  }
  /** Weight shared by source [i0, i1) and target [j0, j1). */
  const sharedWeight = (i0: number, i1: number, j0: number, j1: number): number => {
    let shared = 0
    if (i1 - i0 === 1 && j1 - j0 === 1) return pairShared(i0, j0)
    for (let i = i0; i < i1; i++) {
      const u = source[i]
      if (u) addInto(a, b, u)
    }
    for (let j = j0; j < j1; j++) {
      const u = target[j]
      if (u) addInto(b, a, u)
    }
    for (const id of touched) {
      shared += Math.min(a[id] ?? 0, b[id] ?? 0)
      a[id] = 0
      b[id] = 0
    }
    touched.length = 0
    return shared
  }
  return (i0, i1, j0, j1, limit = Number.POSITIVE_INFINITY) => {
    const s = i1 - i0
    const t = j1 - j0
    let ls = 0
    let lt = 0
    let ws = 0
    let wt = 0
    for (let i = i0; i < i1; i++) {
      ls += source[i]?.length ?? 0
      ws += sourceTotal[i] ?? 0
    }
    for (let j = j0; j < j1; j++) {
      lt += target[j]?.length ?? 0
      wt += targetTotal[j] ?? 0
    }
    const prior = shapePrior(s, t)
    if (!params.anchors) return prior + lengthCost(model, ls, lt)
    if (s === 0 || t === 0) return params.skip * (s + t) + (s + t > 1 ? 1 : 0)
    const base = prior + params.lengthWeight * lengthCost(model, ls, lt)
    // the anchor term is at least that of sharing everything the smaller side has: skip the
    // exact computation when even that cannot beat the caller's limit
    const single = s === 1 && t === 1
    const most = single ? Math.min(ws, wt) : Math.min(ws, wt, sharedBound(i0, i1, j0, j1))
    const best = base + params.penalty * (ws + wt - 2 * most) - params.reward * most
    if (best >= limit) return most === 0 ? best + params.noEvidence : best
    const shared =
      single || most === 0 ? (single ? pairShared(i0, j0) : 0) : sharedWeight(i0, i1, j0, j1)
    const unvouched = shared === 0 ? params.noEvidence : 0
    return base + unvouched + params.penalty * (ws + wt - 2 * shared) - params.reward * shared
  }
}

/**
 * A bead cost over two unit sequences. With `limit`, a result at or above the limit may be a
 * lower bound rather than the exact cost (the search only needs to know it does not win).
 */
export type BeadCostFn = (i0: number, i1: number, j0: number, j1: number, limit?: number) => number

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
