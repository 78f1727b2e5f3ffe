/**
 * Bilingual alignment of two language versions: blocks (paragraphs) first, then sentences
 * inside each aligned group of blocks. Both passes run the banded bead dynamic program
 * ({@link alignBeads}) with the Gale–Church length model and anchors ({@link makeBeadCost}).
 * The result is plain data: sentence lists with offsets and beads that index into them.
 */
import type { Lang, Release, Span, Version } from '../core/index.js'
import { findAnchors } from './anchors.js'
import {
  type CostParams,
  confidence,
  defaultCostParams,
  FeatureSpace,
  makeBeadCost,
  paragraphShapes,
  sentenceShapes,
  type Unit,
} from './bead-cost.js'
import { alignBeads, type DpBead } from './bead-dp.js'
import { estimateLengthModel, type LengthModel } from './length-model.js'
import { segmentSentences } from './segment-sentences.js'

/** A sentence of an aligned version: its text, offsets, and the block it belongs to. */
export interface AlignedSentence {
  text: string
  start: number
  end: number
  /** Index into the version's blocks. */
  block: number
}

/** A bead over blocks: indexes into each version's `blocks` (`[]` = no counterpart). */
export interface ParagraphBead {
  source: number[]
  target: number[]
  /** Confidence in [0, 1]. */
  score: number
}

/** A bead over sentences: indexes into the alignment's sentence lists (`[]` = no counterpart). */
export interface SentenceBead {
  source: number[]
  target: number[]
  /** Confidence in [0, 1]. */
  score: number
  /** Index of the paragraph bead it lies in. */
  paragraph: number
}

/** The alignment of two versions. Beads are in document order and cover everything once. */
export interface Alignment {
  type: 'alignment'
  source: Lang
  target: Lang
  /** Indexes into `release.versions` (null when aligned from bare texts). */
  sourceVersion: number | null
  targetVersion: number | null
  sourceSentences: AlignedSentence[]
  targetSentences: AlignedSentence[]
  paragraphs: ParagraphBead[]
  sentences: SentenceBead[]
  /** The length ratio estimated from the document (target characters per source character). */
  ratio: number
}

/** One side of an alignment: a text, its language, and the blocks to align (spans of `text`). */
export interface AlignSide {
  text: string
  lang: Lang
  blocks: readonly Span[]
}

/** Options of {@link alignTexts}. */
export interface AlignOptions {
  /** Cost weights; `{ anchors: false }` gives the plain Gale–Church baseline. */
  params?: Partial<CostParams>
}

interface SideUnits {
  sentences: AlignedSentence[]
  sentenceUnits: Unit[]
  /** For each block, the index range of its sentences. */
  blockSentences: [number, number][]
  blockUnits: Unit[]
}

function readSide(side: AlignSide, space: FeatureSpace): SideUnits {
  const sentences: AlignedSentence[] = []
  const sentenceUnits: Unit[] = []
  const blockSentences: [number, number][] = []
  const blockUnits: Unit[] = []
  side.blocks.forEach((block, index) => {
    const first = sentences.length
    for (const s of segmentSentences(side.text, block, side.lang)) {
      const anchors = findAnchors(side.text, s, side.lang)
      sentences.push({ text: s.text, start: s.start, end: s.end, block: index })
      sentenceUnits.push(space.unit(anchors.features, anchors.length))
    }
    blockSentences.push([first, sentences.length])
    blockUnits.push(space.merge(sentenceUnits.slice(first)))
  })
  return { sentences, sentenceUnits, blockSentences, blockUnits }
}

/** Initial half-width of the paragraph search band (doubled when the path reaches its edge). */
const paragraphBand = 6

const sumLength = (units: Unit[], from: number, to: number) => {
  let n = 0
  for (let k = from; k < to; k++) n += units[k]?.length ?? 0
  return n
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k)

/** Aligns two texts given their blocks. The lower-level form of {@link alignVersions}. */
export function alignTexts(
  source: AlignSide,
  target: AlignSide,
  options: AlignOptions = {},
): Alignment {
  const params: CostParams = { ...defaultCostParams, ...options.params }
  const space = new FeatureSpace()
  const src = readSide(source, space)
  const tgt = readSide(target, space)
  // the ratio is estimated twice: from the totals, then from the paragraphs that found a
  // counterpart (material in one version only would skew the first estimate)
  let model = estimateLengthModel(
    src.blockUnits.reduce((n, u) => n + u.length, 0),
    tgt.blockUnits.reduce((n, u) => n + u.length, 0),
  )
  let blockCost = makeBeadCost(src.blockUnits, tgt.blockUnits, model, params, space)
  let blockBeads = alignBeads(
    src.blockUnits.length,
    tgt.blockUnits.length,
    paragraphShapes,
    blockCost,
    paragraphBand,
  )
  const paired = blockBeads.filter((b) => b.source[1] > b.source[0] && b.target[1] > b.target[0])
  const pairedLength = (units: Unit[], key: 'source' | 'target') =>
    paired.reduce((n, b) => n + sumLength(units, b[key][0], b[key][1]), 0)
  const refined = estimateLengthModel(
    pairedLength(src.blockUnits, 'source'),
    pairedLength(tgt.blockUnits, 'target'),
  )
  if (Math.abs(refined.ratio / model.ratio - 1) > 0.03) {
    model = refined
    blockCost = makeBeadCost(src.blockUnits, tgt.blockUnits, model, params, space)
    blockBeads = alignBeads(
      src.blockUnits.length,
      tgt.blockUnits.length,
      paragraphShapes,
      blockCost,
      paragraphBand,
    )
  }
  // Sentences are aligned inside windows: each paired paragraph bead together with the
  // unpaired paragraphs before it (or, at the end, after the last pair), so that a paragraph the
  // first pass left alone can still give sentences to its neighbour.
  const windows: { source: [number, number]; target: [number, number] }[] = []
  let pending: { source: [number, number]; target: [number, number] } | null = null
  for (const bead of blockBeads) {
    const from: { source: [number, number]; target: [number, number] } = pending ?? {
      source: [bead.source[0], bead.source[0]],
      target: [bead.target[0], bead.target[0]],
    }
    const merged = {
      source: [from.source[0], bead.source[1]] as [number, number],
      target: [from.target[0], bead.target[1]] as [number, number],
    }
    const paired = bead.source[1] > bead.source[0] && bead.target[1] > bead.target[0]
    if (paired) {
      windows.push(merged)
      pending = null
    } else pending = merged
  }
  if (pending) {
    const last = windows.pop()
    windows.push(
      last
        ? {
            source: [last.source[0], pending.source[1]],
            target: [last.target[0], pending.target[1]],
          }
        : pending,
    )
  }
  const beads: Omit<SentenceBead, 'paragraph'>[] = []
  for (const w of windows)
    beads.push(
      ...alignGroup(
        src,
        tgt,
        sentenceRange(src, w.source),
        sentenceRange(tgt, w.target),
        model,
        params,
        space,
      ),
    )
  orderLoneBeads(beads)
  const paragraphs = paragraphsFromSentences(beads, src, tgt, blockBeads, blockCost, params)
  const sentences = beads.map((b) => ({ ...b, paragraph: paragraphOf(b, src, tgt, paragraphs) }))
  return {
    type: 'alignment',
    source: source.lang,
    target: target.lang,
    sourceVersion: null,
    targetVersion: null,
    sourceSentences: src.sentences,
    targetSentences: tgt.sentences,
    paragraphs,
    sentences,
    ratio: model.ratio,
  }
}

/**
 * Paragraph beads read off the sentence beads: blocks linked by a sentence bead belong to one
 * paragraph bead (with any blocks between them), blocks without links stand alone. Scores come
 * from the first pass where the bead is the same, else from the sentence beads inside.
 */
function paragraphsFromSentences(
  beads: Omit<SentenceBead, 'paragraph'>[],
  src: SideUnits,
  tgt: SideUnits,
  firstPass: DpBead[],
  blockCost: (i0: number, i1: number, j0: number, j1: number) => number,
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
function orderLoneBeads(beads: Omit<SentenceBead, 'paragraph'>[]): void {
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
function paragraphOf(
  bead: Omit<SentenceBead, 'paragraph'>,
  src: SideUnits,
  tgt: SideUnits,
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

/** The sentences `[first, end)` of the blocks `[b0, b1)` (empty at the right place when b0 = b1). */
function sentenceRange(side: SideUnits, [b0, b1]: [number, number]): [number, number] {
  const first = side.blockSentences[b0]?.[0] ?? side.sentences.length
  if (b1 <= b0) return [first, first]
  return [first, side.blockSentences[b1 - 1]?.[1] ?? first]
}

/** Sentence beads of one paragraph group: source sentences `[s0, s1)`, target `[t0, t1)`. */
function alignGroup(
  src: SideUnits,
  tgt: SideUnits,
  [s0, s1]: [number, number],
  [t0, t1]: [number, number],
  model: LengthModel,
  params: CostParams,
  space: FeatureSpace,
): Omit<SentenceBead, 'paragraph'>[] {
  const su = src.sentenceUnits.slice(s0, s1)
  const tu = tgt.sentenceUnits.slice(t0, t1)
  const cost = makeBeadCost(su, tu, model, params, space)
  return alignBeads(su.length, tu.length, sentenceShapes, cost).map((bead) => ({
    source: range(bead.source[0] + s0, bead.source[1] + s0),
    target: range(bead.target[0] + t0, bead.target[1] + t0),
    score: beadConfidence(bead, cost, params, su.length, tu.length),
  }))
}

/**
 * Confidence of a bead. For a bead with both sides: how much cheaper it is than leaving all its
 * units unmatched. For a bead with an empty side: how much cheaper leaving the unit alone is
 * than pairing it with the nearest unit on the other side (and leaving nothing else).
 */
function beadConfidence(
  bead: { source: [number, number]; target: [number, number]; cost: number },
  cost: (i0: number, i1: number, j0: number, j1: number) => number,
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

const round = (x: number) => Math.round(x * 1000) / 1000

/** Aligns two versions of a release (their blocks, then their sentences). */
export function alignVersions(
  release: Release,
  source: Version,
  target: Version,
  options: AlignOptions = {},
): Alignment {
  const side = (version: Version): AlignSide => ({
    text: release.sources[version.source]?.text ?? '',
    lang: version.lang,
    blocks: version.blocks,
  })
  const alignment = alignTexts(side(source), side(target), options)
  const si = release.versions.indexOf(source)
  const ti = release.versions.indexOf(target)
  alignment.sourceVersion = si >= 0 ? si : null
  alignment.targetVersion = ti >= 0 ? ti : null
  return alignment
}
