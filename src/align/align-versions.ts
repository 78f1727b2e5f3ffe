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
  makeBeadCost,
  paragraphShapes,
  sentenceShapes,
  type Unit,
} from './bead-cost.js'
import { alignBeads } from './bead-dp.js'
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

function readSide(side: AlignSide): SideUnits {
  const sentences: AlignedSentence[] = []
  const sentenceUnits: Unit[] = []
  const blockSentences: [number, number][] = []
  const blockUnits: Unit[] = []
  side.blocks.forEach((block, index) => {
    const first = sentences.length
    const features = new Map<string, number>()
    let length = 0
    for (const s of segmentSentences(side.text, block, side.lang)) {
      const anchors = findAnchors(side.text, s, side.lang)
      sentences.push({ text: s.text, start: s.start, end: s.end, block: index })
      sentenceUnits.push({ length: anchors.length, features: anchors.features })
      length += anchors.length
      for (const [k, w] of anchors.features) features.set(k, (features.get(k) ?? 0) + w)
    }
    blockSentences.push([first, sentences.length])
    blockUnits.push({ length, features })
  })
  return { sentences, sentenceUnits, blockSentences, blockUnits }
}

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
  const src = readSide(source)
  const tgt = readSide(target)
  // the ratio is estimated twice: from the totals, then from the paragraphs that found a
  // counterpart (material in one version only would skew the first estimate)
  let model = estimateLengthModel(
    src.blockUnits.reduce((n, u) => n + u.length, 0),
    tgt.blockUnits.reduce((n, u) => n + u.length, 0),
  )
  let blockCost = makeBeadCost(src.blockUnits, tgt.blockUnits, model, params)
  let blockBeads = alignBeads(
    src.blockUnits.length,
    tgt.blockUnits.length,
    paragraphShapes,
    blockCost,
  )
  const paired = blockBeads.filter((b) => b.source[1] > b.source[0] && b.target[1] > b.target[0])
  const pairedLength = (units: Unit[], key: 'source' | 'target') =>
    paired.reduce((n, b) => n + sumLength(units, b[key][0], b[key][1]), 0)
  const refined = estimateLengthModel(
    pairedLength(src.blockUnits, 'source'),
    pairedLength(tgt.blockUnits, 'target'),
  )
  if (Math.abs(refined.ratio - model.ratio) > 0.02) {
    model = refined
    blockCost = makeBeadCost(src.blockUnits, tgt.blockUnits, model, params)
    blockBeads = alignBeads(
      src.blockUnits.length,
      tgt.blockUnits.length,
      paragraphShapes,
      blockCost,
    )
  }
  const paragraphs: ParagraphBead[] = []
  const sentences: SentenceBead[] = []
  for (const bead of blockBeads) {
    const paragraph = paragraphs.length
    paragraphs.push({
      source: range(...bead.source),
      target: range(...bead.target),
      score: beadConfidence(bead, blockCost, params, src.blockUnits.length, tgt.blockUnits.length),
    })
    const s = sentenceRange(src, bead.source)
    const t = sentenceRange(tgt, bead.target)
    for (const b of alignGroup(src, tgt, s, t, model, params)) sentences.push({ ...b, paragraph })
  }
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
): Omit<SentenceBead, 'paragraph'>[] {
  const su = src.sentenceUnits.slice(s0, s1)
  const tu = tgt.sentenceUnits.slice(t0, t1)
  const cost = makeBeadCost(su, tu, model, params)
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
