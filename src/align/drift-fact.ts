/**
 * Drift facts: what one language version says that its counterpart does not, found from an
 * alignment. Plain data for the check engine (which turns facts into diagnostics) and the editor
 * (which highlights them). Every fact carries its place in the version where it is and, when
 * there is one, the span of its counterpart in the other version.
 */
import type { Lang } from '../core/index.js'
import type { NumberKind } from './numbers.js'

/** Which version of the alignment a fact is in. */
export type DriftSide = 'source' | 'target'

/** A span of one version's source text, with the text it covers. */
export interface DriftSpan {
  lang: Lang
  start: number
  end: number
  text: string
}

/** What every drift fact has. */
export interface DriftBase {
  /** The version the fact is in. */
  side: DriftSide
  lang: Lang
  /** Offsets in that version's source text, and the text they cover. */
  start: number
  end: number
  text: string
  /** The aligned counterpart in the other version (sentences of the bead), or null. */
  counterpart: DriftSpan | null
  /** Index into `alignment.sentences` (or `alignment.paragraphs` for a paragraph fact). */
  bead: number
}

/** A figure (after locale normalisation) in one version only: "250,000" vs "25.000". */
export interface NumberDrift extends DriftBase {
  kind: 'number'
  numberKind: NumberKind
  value: number
  readings: number[]
}

/** A written-out date in one version that the counterpart does not state (or states otherwise). */
export interface DateDrift extends DriftBase {
  kind: 'date'
  /** `YYYY-MM-DD`, `--MM-DD` or `YYYY-MM`. */
  date: string
}

/** A name (accent- and case-folded) in one version only: "Chacón" vs "Chacon" is not drift. */
export interface NameDrift extends DriftBase {
  kind: 'name'
  /** The folded name. */
  name: string
}

/** An e-mail address, URL or phone number in one version that the counterpart does not have. */
export interface ContactDrift extends DriftBase {
  kind: 'email' | 'url' | 'phone'
  /** The comparable form (lower-cased address or URL, phone digits). */
  value: string
}

/** A direct quotation (from `Version.quotes`) with no quotation in the counterpart. */
export interface QuoteMissingDrift extends DriftBase {
  kind: 'quote-missing'
  /** Index into the version's `quotes`. */
  quote: number
  speaker: string | null
}

/** A quotation whose counterpart is attributed to someone else. */
export interface QuoteSpeakerDrift extends DriftBase {
  kind: 'quote-speaker'
  /** Index into the version's `quotes`. */
  quote: number
  speaker: string
  /** Index into the other version's `quotes`. */
  counterpartQuote: number
  counterpartSpeaker: string
}

/** A sentence with no counterpart (a 1-0 or 0-1 bead), in a paragraph that has one. */
export interface SentenceMissingDrift extends DriftBase {
  kind: 'sentence-missing'
  /** Index into the alignment's sentence list of that side. */
  sentence: number
  /** Offset in the other version where the counterpart would stand. */
  at: number
}

/** A block with no counterpart at all (a 1-0 or 0-1 paragraph bead). */
export interface ParagraphMissingDrift extends DriftBase {
  kind: 'paragraph-missing'
  /** Index into the version's `blocks`. */
  block: number
  /** Offset in the other version where the counterpart would stand. */
  at: number
}

/** One drift fact. */
export type DriftFact =
  | NumberDrift
  | DateDrift
  | NameDrift
  | ContactDrift
  | QuoteMissingDrift
  | QuoteSpeakerDrift
  | SentenceMissingDrift
  | ParagraphMissingDrift

/** Every kind of drift fact. */
export type DriftKind = DriftFact['kind']
