/**
 * Bilingual alignment of two language versions: blocks (paragraphs) first, then sentences
 * inside each aligned group of blocks. Both passes run the banded bead dynamic program
 * ({@link alignBeads}) with the Gale–Church length model and anchors ({@link makeBeadCost}).
 * The result is plain data: sentence lists with offsets and beads that index into them.
 */
import type { Lang, Release, Span, Version } from '../core/index.js'
import { type Anchors, findAnchors, sentenceAnchors } from './anchors.js'
import { beadConfidence } from './bead-confidence.js'
import {
  type CostParams,
  defaultCostParams,
  FeatureSpace,
  makeBeadCost,
  paragraphShapes,
  sentenceShapes,
  type Unit,
} from './bead-cost.js'
import { alignBeads } from './bead-dp.js'
import { estimateLengthModel, type LengthModel } from './length-model.js'
import { orderLoneBeads, paragraphOf, paragraphsFromSentences } from './paragraph-beads.js'
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
  const anchorList: Anchors[] = []
  side.blocks.forEach((block, index) => {
    const first = sentences.length
    for (const s of segmentSentences(side.text, block, side.lang)) {
      const anchors = findAnchors(side.text, s, side.lang)
      anchorList.push(anchors)
      sentences.push({ text: s.text, start: s.start, end: s.end, block: index })
      sentenceUnits.push(space.unit(anchors.features, anchors.length))
    }
    blockSentences.push([first, sentences.length])
    blockUnits.push(space.merge(sentenceUnits.slice(first)))
  })
  sentenceAnchors.set(sentences, anchorList)
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
