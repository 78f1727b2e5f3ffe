/**
 * The JSON form of an alignment, as printed by `comunicado align --format json` (contract in
 * docs/formats.md): beads over block indexes and over sentence texts, each with a score. Added
 * fields: the sentence offsets of each bead, the estimated length ratio, and the drift facts.
 */
import type { Alignment } from './align-versions.js'
import type { DriftFact } from './drift-fact.js'

/** A sentence bead in JSON: texts per side, plus their offsets. */
export interface AlignJsonSentenceBead {
  source: string[]
  target: string[]
  score: number
  /** `[start, end]` offsets of each source sentence in the source version's text. */
  sourceOffsets: [number, number][]
  targetOffsets: [number, number][]
  /** Index of the paragraph bead the sentence bead lies in. */
  paragraph: number
}

/** The document printed by `align --format json`. */
export interface AlignJson {
  source: string
  target: string
  /** Target characters per source character, estimated from the document. */
  ratio: number
  paragraphs: { source: number[]; target: number[]; score: number }[]
  sentences: AlignJsonSentenceBead[]
  drift: DriftFact[]
}

/** Converts an alignment (and its drift facts) to the `align --format json` document. */
export function toAlignJson(alignment: Alignment, drift: DriftFact[] = []): AlignJson {
  const src = alignment.sourceSentences
  const tgt = alignment.targetSentences
  return {
    source: alignment.source,
    target: alignment.target,
    ratio: Math.round(alignment.ratio * 1000) / 1000,
    paragraphs: alignment.paragraphs.map((p) => ({
      source: p.source,
      target: p.target,
      score: p.score,
    })),
    sentences: alignment.sentences.map((b) => ({
      source: b.source.map((k) => src[k]?.text ?? ''),
      target: b.target.map((k) => tgt[k]?.text ?? ''),
      score: b.score,
      sourceOffsets: b.source.map((k): [number, number] => [src[k]?.start ?? 0, src[k]?.end ?? 0]),
      targetOffsets: b.target.map((k): [number, number] => [tgt[k]?.start ?? 0, tgt[k]?.end ?? 0]),
      paragraph: b.paragraph,
    })),
    drift,
  }
}
