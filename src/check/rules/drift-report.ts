/**
 * Drift reporting: how the cross-version rules turn the aligner's drift facts into diagnostics.
 *
 * Policy (the same for every cross-version rule, and stated in each rule's doc):
 * - The first version of the release is the reference; every other version is compared with it.
 * - Something present in one version only (a figure, a date, a name, an address, a quote, a
 *   sentence) is reported **where it is**, because that is the text a person can see and must
 *   judge: delete it there, or translate it into the other version. `cause` points at the place
 *   in the other version where it is missing (the aligned sentence, or the insertion point).
 * - A value that differs between versions (two facts of the same kind in the same aligned
 *   sentences: "250,000" / "350,000") is reported once, **on the translation** (the version that
 *   is not the reference), with `cause` at the reference's value: translations are fixed to
 *   match their source.
 */

import type { Alignment, DriftFact, DriftKind, DriftSpan } from '../../align/index.js'
import type { Block, BlockKind, Version } from '../../core/index.js'
import type { CauseDescriptor, RuleContext } from '../rule.js'

/** A drift fact with the versions it is in and against. */
export interface PlacedFact {
  fact: DriftFact
  /** The version the fact is in. */
  version: Version
  /** The other version of the pair. */
  other: Version
  /** The block of `version` the fact lies in, if any. */
  block: Block | undefined
  /** The pair the fact was computed for: the reference (first) version and the translation. */
  pair: [Version, Version]
}

/** The facts of some kinds between the reference version and every other version. */
export function driftFacts(
  context: RuleContext,
  versions: readonly Version[],
  kinds: readonly DriftKind[],
): PlacedFact[] {
  const [reference, ...others] = versions
  if (!reference) return []
  const out: PlacedFact[] = []
  for (const other of others) {
    const facts = context.drift<DriftFact>(reference, other)
    for (const fact of facts) {
      if (!kinds.includes(fact.kind)) continue
      const version = fact.side === 'source' ? reference : other
      const against = fact.side === 'source' ? other : reference
      out.push({
        fact,
        version,
        other: against,
        block: blockAt(version, fact.start),
        pair: [reference, other],
      })
    }
  }
  return out
}

/** The block of a version that holds an offset. */
export function blockAt(version: Version, offset: number): Block | undefined {
  return version.blocks.find((b) => b.start <= offset && offset < Math.max(b.end, b.start + 1))
}

/** Block kinds that are page furniture or covered by the structure rules, not running text. */
const furniture: ReadonlySet<BlockKind> = new Set<BlockKind>([
  'other',
  'release-line',
  'date',
  'contacts',
  'headline',
  'end-mark',
])

/**
 * Whether a block is running text. Blocks the reader could not place ('other') count when they
 * read as prose — a dozen words ending in a full stop — since an unrecognised boilerplate is
 * prose while page chrome ("Skip to content", "Menu", share buttons) is short.
 */
export function isProse(block: Block | undefined): boolean {
  if (!block) return false
  if (block.kind === 'other')
    return block.text.split(/\s+/).length >= 12 && /[.!?]["”»’]?\s*$/.test(block.text)
  return !furniture.has(block.kind)
}

/** Whether a fact lies in running text (body, quotes, boilerplates), not page furniture. */
export function inRunningText(placed: PlacedFact): boolean {
  return isProse(placed.block)
}

/** The counterpart place of a fact: its aligned span, or the insertion point in the other version. */
export function counterpartPlace(placed: PlacedFact): { start: number; end: number } | null {
  const { fact } = placed
  if (fact.counterpart) return { start: fact.counterpart.start, end: fact.counterpart.end }
  if ('at' in fact) return { start: fact.at, end: fact.at }
  return null
}

/** A cause at the counterpart of a fact, with a catalogued message of the reporting rule. */
export function causeAt(
  placed: PlacedFact,
  messageId: string,
  data: Record<string, string | number> = {},
): CauseDescriptor | undefined {
  const place = counterpartPlace(placed)
  if (!place) return undefined
  return { version: placed.other, ...place, messageId, data }
}

/** The language tag shown in messages ("EN", "ES"). */
export function langLabel(version: Version): string {
  return (version.lang.split('-')[0] ?? version.lang).toUpperCase()
}

/** Whether a span (of the other version) overlaps a fact's own span. */
function overlaps(span: DriftSpan | null, start: number, end: number): boolean {
  return span !== null && span.start < Math.max(end, start + 1) && start < span.end
}

/**
 * Splits facts into pairs that differ (one fact on each side, each inside the other's aligned
 * counterpart) and facts that stand alone. Each fact is used once.
 */
export function pairDiffering(facts: readonly PlacedFact[]): {
  pairs: { reference: PlacedFact; translation: PlacedFact }[]
  alone: PlacedFact[]
} {
  const used = new Set<PlacedFact>()
  const pairs: { reference: PlacedFact; translation: PlacedFact }[] = []
  for (const a of facts) {
    if (used.has(a) || a.fact.side !== 'source') continue
    const b = facts.find(
      (x) =>
        !used.has(x) &&
        x.fact.side === 'target' &&
        x.version === a.other &&
        x.fact.kind === a.fact.kind &&
        overlaps(a.fact.counterpart, x.fact.start, x.fact.end) &&
        overlaps(x.fact.counterpart, a.fact.start, a.fact.end),
    )
    if (!b) continue
    used.add(a)
    used.add(b)
    pairs.push({ reference: a, translation: b })
  }
  return { pairs, alone: facts.filter((f) => !used.has(f)) }
}

/** Which facts a value rule reports; the default skips page furniture and contact blocks. */
export type FactFilter = (placed: PlacedFact) => boolean

/** Facts outside page chrome and contact blocks (contacts are compared by contacts-differ). */
export const outsideChrome: FactFilter = (p) =>
  p.block !== undefined &&
  p.block.kind !== 'contacts' &&
  (p.block.kind !== 'other' || isProse(p.block))

/**
 * Reports value facts (figures, dates, names, addresses) by the policy above. Message ids the
 * rule must define: `onlyHere` and `differs` (data: value, otherValue, other), and for causes
 * `missingThere` and `counterpartValue` (same data). A fact whose whole sentence has no
 * counterpart is left to unmatched-sentence / unmatched-paragraph.
 */
export function reportValueDrift(
  context: RuleContext,
  versions: readonly Version[],
  kinds: readonly DriftKind[],
  accept: FactFilter = outsideChrome,
): void {
  const facts = driftFacts(context, versions, kinds).filter(accept)
  const { pairs, alone } = pairDiffering(facts)
  for (const { reference, translation } of pairs) {
    const data = {
      value: translation.fact.text,
      otherValue: reference.fact.text,
      other: langLabel(reference.version),
    }
    context.report({
      version: translation.version,
      messageId: 'differs',
      data,
      start: translation.fact.start,
      end: translation.fact.end,
      actual: translation.fact.text,
      expected: [reference.fact.text],
      cause: {
        version: reference.version,
        start: reference.fact.start,
        end: reference.fact.end,
        messageId: 'counterpartValue',
        data,
      },
    })
  }
  for (const placed of alone) {
    if (!placed.fact.counterpart) continue
    const data = { value: placed.fact.text, otherValue: '', other: langLabel(placed.other) }
    const cause = causeAt(placed, 'missingThere', data)
    context.report({
      version: placed.version,
      messageId: 'onlyHere',
      data,
      start: placed.fact.start,
      end: placed.fact.end,
      actual: placed.fact.text,
      ...(cause ? { cause } : {}),
    })
  }
}

/**
 * Reports sentences or paragraphs with no counterpart (in running text only) where they are,
 * with `cause` at the place the counterpart would stand. Message ids the rule must define:
 * `unmatched` and, for the cause, `missingThere` (data: other).
 */
export function reportUnmatched(
  context: RuleContext,
  versions: readonly Version[],
  kind: 'sentence-missing' | 'paragraph-missing',
): void {
  for (const placed of driftFacts(context, versions, [kind])) {
    if (!inRunningText(placed)) continue
    const data = { other: langLabel(placed.other) }
    context.report({
      version: placed.version,
      messageId: 'unmatched',
      data,
      start: placed.fact.start,
      end: placed.fact.end,
      cause: {
        version: placed.other,
        ...insertionPlace(context, placed),
        messageId: 'missingThere',
        data,
      },
    })
  }
}

/**
 * Where the counterpart of a sentence with none would stand in the other version: before the
 * next aligned sentence of the same paragraph, else after the previous one, else the aligner's
 * insertion point. Keeps the `cause` in the paragraph a person must edit.
 */
export function insertionPlace(
  context: RuleContext,
  placed: PlacedFact,
): { start: number; end: number } {
  const fact = placed.fact
  const fallback = 'at' in fact ? fact.at : (fact.counterpart?.start ?? 0)
  if (fact.kind === 'paragraph-missing') return { start: fallback, end: fallback }
  const alignment = context.alignment<Alignment | null>(placed.pair[0], placed.pair[1])
  const beads = alignment?.sentences
  const bead = beads?.[fact.bead]
  if (!alignment || !beads || !bead) return { start: fallback, end: fallback }
  const otherSide = fact.side === 'source' ? 'target' : 'source'
  const sentences = otherSide === 'source' ? alignment.sourceSentences : alignment.targetSentences
  for (let k = fact.bead + 1; k < beads.length && beads[k]?.paragraph === bead.paragraph; k++) {
    const first = sentences[beads[k]?.[otherSide][0] ?? -1]
    if (first) return { start: first.start, end: first.start }
  }
  for (let k = fact.bead - 1; k >= 0 && beads[k]?.paragraph === bead.paragraph; k--) {
    const ids = beads[k]?.[otherSide] ?? []
    const last = sentences[ids[ids.length - 1] ?? -1]
    if (last) return { start: last.end, end: last.end }
  }
  return { start: fallback, end: fallback }
}
