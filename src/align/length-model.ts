/**
 * The length model of Gale & Church (1993): the length of a translation is roughly proportional
 * to the length of its source, with a variance that grows with length. The EN/ES ratio is
 * estimated from the document being aligned, not fixed in advance.
 */

/** Parameters of the length model. */
export interface LengthModel {
  /** Expected target characters per source character. */
  ratio: number
  /** Variance of the target length per source character (Gale & Church: 6.8). */
  variance: number
}

/** A length model with the ratio of the two totals (clamped to [0.5, 2]) and the classic variance. */
export function estimateLengthModel(sourceLength: number, targetLength: number): LengthModel {
  const raw = sourceLength > 0 && targetLength > 0 ? targetLength / sourceLength : 1
  return { ratio: Math.min(2, Math.max(0.5, raw)), variance: 6.8 }
}

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17). */
function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z))
  const d = 0.3989423 * Math.exp((-z * z) / 2)
  const p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))))
  return z > 0 ? 1 - p : p
}

/**
 * The cost (−log probability) that `targetLength` characters translate `sourceLength`
 * characters: −log 2(1 − Φ(|δ|)) with δ = (l₂ − c·l₁) / √(s²·l̄), where l̄ is the mean of l₁
 * and l₂/c. Capped at 25 so one odd pair cannot swamp the anchors.
 */
export function lengthCost(model: LengthModel, sourceLength: number, targetLength: number): number {
  const mean = (sourceLength + targetLength / model.ratio) / 2
  if (mean <= 0) return 0
  const delta = (targetLength - model.ratio * sourceLength) / Math.sqrt(model.variance * mean)
  const p = 2 * (1 - normalCdf(Math.abs(delta)))
  return p <= 1e-11 ? 25 : Math.min(25, -Math.log(p))
}
