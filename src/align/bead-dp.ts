/**
 * The bead dynamic program shared by paragraph and sentence alignment: it cuts two sequences
 * into consecutive beads (1-1, 1-0, 0-1, 1-2, 2-1, 2-2, …) of least total cost. The search is
 * banded around the diagonal, so time and memory grow linearly with length; when the best path
 * touches the band's edge the band is doubled and the search repeated.
 */

/** A bead shape: how many items it takes from each side. */
export interface Shape {
  source: number
  target: number
}

/** One bead of a solution: half-open ranges of both sequences and the bead's cost. */
export interface DpBead {
  source: [number, number]
  target: [number, number]
  cost: number
}

/**
 * Cost of the bead taking source `[i0, i1)` and target `[j0, j1)`. When `limit` is given, any
 * value at or above it may be returned for a bead that costs at least that much.
 */
export type BeadCost = (i0: number, i1: number, j0: number, j1: number, limit?: number) => number

/**
 * Aligns sequences of lengths `n` and `m` with beads of the given shapes, minimising the sum of
 * `cost`. Every item of both sequences is in exactly one bead, in order. `band` is the initial
 * half-width of the search band around the diagonal.
 */
export function alignBeads(
  n: number,
  m: number,
  shapes: readonly Shape[],
  cost: BeadCost,
  band = 12,
): DpBead[] {
  let width = Math.max(band, Math.ceil(Math.abs(n - m) / 2) + 4)
  for (;;) {
    const result = search(n, m, shapes, cost, width)
    if (result && !result.touchesEdge) return result.beads
    if (width >= Math.max(n, m)) return result ? result.beads : []
    width *= 2
  }
}

function search(n: number, m: number, shapes: readonly Shape[], cost: BeadCost, width: number) {
  const lo = new Int32Array(n + 1)
  const hi = new Int32Array(n + 1)
  const rowStart = new Int32Array(n + 2)
  for (let i = 0; i <= n; i++) {
    const center = n === 0 ? 0 : (i * m) / n
    lo[i] = Math.max(0, Math.floor(center) - width)
    hi[i] = Math.min(m, Math.ceil(center) + width)
    if (i === n) hi[i] = m
    if (i === 0) lo[i] = 0
    rowStart[i + 1] = (rowStart[i] ?? 0) + (hi[i] ?? 0) - (lo[i] ?? 0) + 1
  }
  const size = rowStart[n + 1] ?? 0
  const best = new Float64Array(size).fill(Number.POSITIVE_INFINITY)
  const back = new Int8Array(size).fill(-1)
  const at = (i: number, j: number) =>
    j < (lo[i] ?? 0) || j > (hi[i] ?? -1) ? -1 : (rowStart[i] ?? 0) + j - (lo[i] ?? 0)
  best[0] = 0
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i] ?? 0; j <= (hi[i] ?? -1); j++) {
      const here = at(i, j)
      if (here === 0) continue
      let value = Number.POSITIVE_INFINITY
      let choice = -1
      for (let k = 0; k < shapes.length; k++) {
        const shape = shapes[k] as Shape
        const pi = i - shape.source
        const pj = j - shape.target
        if (pi < 0 || pj < 0) continue
        const prev = at(pi, pj)
        if (prev < 0) continue
        const base = best[prev] ?? Number.POSITIVE_INFINITY
        if (base === Number.POSITIVE_INFINITY) continue
        const total = base + cost(pi, i, pj, j, value - base)
        if (total < value) {
          value = total
          choice = k
        }
      }
      best[here] = value
      back[here] = choice
    }
  }
  const end = at(n, m)
  if (end < 0 || !Number.isFinite(best[end] ?? Number.POSITIVE_INFINITY)) return null
  const beads: DpBead[] = []
  let touchesEdge = false
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const cell = at(i, j)
    const shape = shapes[back[cell] ?? -1]
    if (!shape) return null
    if ((j === lo[i] && j > 0) || (j === hi[i] && j < m)) touchesEdge = true
    const pi = i - shape.source
    const pj = j - shape.target
    beads.push({
      source: [pi, i],
      target: [pj, j],
      cost: (best[cell] ?? 0) - (best[at(pi, pj)] ?? 0),
    })
    i = pi
    j = pj
  }
  return { beads: beads.reverse(), touchesEdge }
}
