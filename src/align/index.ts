/**
 * Bilingual alignment and drift: sentence segmentation, paragraph and sentence alignment of two
 * language versions, and the drift facts the checker and the editor consume. Pure functions,
 * no Node imports: it runs in the browser editor too.
 */
export {
  type AlignedSentence,
  type Alignment,
  type AlignOptions,
  type AlignSide,
  alignTexts,
  alignVersions,
  type ParagraphBead,
  type SentenceBead,
} from './align-versions.js'
export { type AlignJson, type AlignJsonSentenceBead, toAlignJson } from './alignment-json.js'
export { type Anchors, type Features, findAnchors, type Mention } from './anchors.js'
export { type CostParams, defaultCostParams } from './bead-cost.js'
export { computeDrift } from './compute-drift.js'
export { type DateMention, findDates } from './dates.js'
export type {
  ContactDrift,
  DateDrift,
  DriftBase,
  DriftFact,
  DriftKind,
  DriftSide,
  DriftSpan,
  NameDrift,
  NumberDrift,
  ParagraphMissingDrift,
  QuoteMissingDrift,
  QuoteSpeakerDrift,
  SentenceMissingDrift,
} from './drift-fact.js'
export { fold } from './fold.js'
export { type GlossaryEntry, glossary, glossaryConcept } from './glossary.js'
export { findNumbers, type NumberMention, readFigure, sameNumber } from './numbers.js'
export { type Sentence, segmentSentences } from './segment-sentences.js'
export { renderSideBySide, type SideBySideOptions, wrapText } from './side-by-side.js'
export { blankLineBlocks, releaseFromTexts } from './test-release.js'
