/**
 * Drift facts from an alignment: per aligned pair of sentences, the numbers, dates, names,
 * e-mails, URLs and phones that one version has and the other lacks; quotations missing or
 * attributed differently; sentences and paragraphs with no counterpart. A figure or name is
 * looked for in the whole counterpart paragraph group before it is reported, so a sentence
 * boundary placed differently in the two versions does not make false drift.
 */
import type { Quote, Release, Version } from '../core/index.js'
import type { AlignedSentence, Alignment } from './align-versions.js'
import { type Anchors, findAnchors, type Mention, sentenceAnchors } from './anchors.js'
import { sameDate } from './dates.js'
import type { DriftFact, DriftSide, DriftSpan } from './drift-fact.js'
import { cognateKey, fold, wordsOf } from './fold.js'
import { glossaryConcept } from './glossary.js'
import { sameNumber } from './numbers.js'

interface Side {
  side: DriftSide
  version: Version | null
  lang: string
  text: string
  sentences: AlignedSentence[]
  anchors: readonly Anchors[]
}

/** Lexical fingerprints of a text, to ask whether a name occurs in it in any spelling. */
interface Lexicon {
  words: Set<string>
  cognates: Set<string>
  concepts: Set<string>
}

function lexicon(text: string, lang: string): Lexicon {
  const words = new Set<string>()
  const cognates = new Set<string>()
  const concepts = new Set<string>()
  for (const w of wordsOf(text)) {
    const folded = fold(w.text)
    words.add(folded)
    for (const part of folded.split(/[-’']/)) words.add(part)
    if (folded.length >= 4) cognates.add(cognateKey(folded))
    const concept = glossaryConcept(w.text, lang)
    if (concept) concepts.add(concept)
  }
  return { words, cognates, concepts }
}

/**
 * Whether a name occurs in the other text: any of its words, folded, as a cognate or a glossary
 * concept, or its initials as an acronym there ("Comité Nacional Demócrata" / "DNC").
 */
function nameOccurs(name: Mention, lang: string, other: Lexicon, acronyms: Set<string>): boolean {
  const parts = name.key.split(/[\s\-’']+/).filter((p) => p.length >= 3)
  if (parts.length === 0) return true
  const initials = name.key
    .split(/\s+/)
    .map((p) => p.charAt(0).toUpperCase())
    .sort()
    .join('')
  if (initials.length >= 2 && acronyms.has(initials)) return true
  return parts.some((p) => {
    if (other.words.has(p)) return true
    if (p.length >= 4 && other.cognates.has(cognateKey(p))) return true
    const concept = glossaryConcept(p, lang)
    return concept !== null && other.concepts.has(concept)
  })
}

function sideOf(release: Release, alignment: Alignment, which: DriftSide): Side {
  const index = which === 'source' ? alignment.sourceVersion : alignment.targetVersion
  const version = index === null ? null : (release.versions[index] ?? null)
  const text = version ? (release.sources[version.source]?.text ?? '') : ''
  const lang = which === 'source' ? alignment.source : alignment.target
  const sentences = which === 'source' ? alignment.sourceSentences : alignment.targetSentences
  return {
    side: which,
    version,
    lang,
    text,
    sentences,
    anchors: sentenceAnchors.get(sentences) ?? sentences.map((s) => findAnchors(text, s, lang)),
  }
}

function spanOf(side: Side, indexes: number[]): DriftSpan | null {
  const first = side.sentences[indexes[0] ?? -1]
  const last = side.sentences[indexes[indexes.length - 1] ?? -1]
  if (!first || !last) return null
  return {
    lang: side.lang,
    start: first.start,
    end: last.end,
    text: side.text.slice(first.start, last.end),
  }
}

/** The offset in a side where a missing counterpart would stand: after the previous sentence. */
function insertionPoint(
  side: Side,
  alignment: Alignment,
  bead: number,
  which: 'source' | 'target',
): number {
  const paragraph = alignment.sentences[bead]?.paragraph
  let before: { at: number; paragraph: number | undefined } | null = null
  for (let k = bead - 1; k >= 0 && !before; k--) {
    const idx = alignment.sentences[k]?.[which] ?? []
    const last = side.sentences[idx[idx.length - 1] ?? -1]
    if (last) before = { at: last.end, paragraph: alignment.sentences[k]?.paragraph }
  }
  // Inside its own paragraph group first: after the sentence before it there, else before the
  // sentence after it (a paragraph's first sentence belongs before the paragraph's second, not
  // after the end of the paragraph before).
  if (before && before.paragraph === paragraph) return before.at
  let after: number | null = null
  for (let k = bead + 1; k < alignment.sentences.length; k++) {
    const next = alignment.sentences[k]
    const first = side.sentences[next?.[which][0] ?? -1]
    if (!first) continue
    if (next?.paragraph === paragraph) return first.start
    after ??= first.start
  }
  return before?.at ?? after ?? 0
}

/** Computes the drift facts of an alignment of two versions of `release`. */
export function computeDrift(release: Release, alignment: Alignment): DriftFact[] {
  const src = sideOf(release, alignment, 'source')
  const tgt = sideOf(release, alignment, 'target')
  const facts: DriftFact[] = []
  // What a group of counterpart sentences offers is shared by every bead of that group.
  const groups = new Map<string, CounterpartGroup>()
  // sentences of each paragraph group, to look a figure or name up in the whole group
  const groupSentences = alignment.paragraphs.map(() => ({
    source: [] as number[],
    target: [] as number[],
  }))
  for (const bead of alignment.sentences) {
    groupSentences[bead.paragraph]?.source.push(...bead.source)
    groupSentences[bead.paragraph]?.target.push(...bead.target)
  }
  alignment.paragraphs.forEach((p, index) => {
    for (const [mine, other, blocks, otherWhich] of [
      [src, tgt, p.source, 'target'],
      [tgt, src, p.target, 'source'],
    ] as const) {
      if (blocks.length === 0 || (otherWhich === 'target' ? p.target : p.source).length > 0)
        continue
      for (const block of blocks) {
        const b = mine.version?.blocks[block]
        if (!b) continue
        const firstBead = alignment.sentences.findIndex((s) => s.paragraph === index)
        facts.push({
          kind: 'paragraph-missing',
          side: mine.side,
          lang: mine.lang,
          start: b.start,
          end: b.end,
          text: b.text,
          counterpart: null,
          bead: index,
          block,
          at: firstBead >= 0 ? insertionPoint(other, alignment, firstBead, otherWhich) : 0,
        })
      }
    }
  })
  alignment.sentences.forEach((bead, index) => {
    const group = groupSentences[bead.paragraph]
    if (bead.source.length === 0 || bead.target.length === 0) {
      const paragraph = alignment.paragraphs[bead.paragraph]
      if (!paragraph || paragraph.source.length === 0 || paragraph.target.length === 0) return
      const [mine, other, list, otherWhich] =
        bead.source.length > 0
          ? [src, tgt, bead.source, 'target' as const]
          : [tgt, src, bead.target, 'source' as const]
      for (const k of list) {
        const s = mine.sentences[k]
        if (!s) continue
        facts.push({
          kind: 'sentence-missing',
          side: mine.side,
          lang: mine.lang,
          start: s.start,
          end: s.end,
          text: s.text,
          counterpart: null,
          bead: index,
          sentence: k,
          at: insertionPoint(other, alignment, index, otherWhich),
        })
      }
      return
    }
    for (const [mine, other, own, theirs, groupTheirs] of [
      [src, tgt, bead.source, bead.target, group?.target ?? bead.target],
      [tgt, src, bead.target, bead.source, group?.source ?? bead.source],
    ] as const)
      pairFacts(facts, mine, other, own, theirs, groupTheirs, index, groups)
  })
  quoteFacts(facts, src, tgt, alignment)
  return facts
}

/**
 * What a group of counterpart sentences offers to compare with: its figures, dates, contact
 * details, acronyms (by sorted letters) and, when a name is looked up, its lexicon. Shared by
 * every bead of the group.
 */
interface CounterpartGroup {
  numbers: Anchors['numbers']
  dates: Anchors['dates']
  contacts: Set<string>
  acronyms: Set<string>
  lexicon?: Lexicon
}

function counterpartGroup(other: Side, sentences: readonly number[]): CounterpartGroup {
  const anchors = sentences.map((k) => other.anchors[k]).filter((a): a is Anchors => !!a)
  return {
    numbers: anchors.flatMap((a) => a.numbers),
    dates: anchors.flatMap((a) => a.dates),
    contacts: new Set(
      anchors.flatMap((a) =>
        a.mentions.filter((m) => m.kind !== 'name').map((m) => `${m.kind}:${m.key}`),
      ),
    ),
    acronyms: new Set(
      anchors.flatMap((a) =>
        a.mentions.filter((m) => m.kind === 'acronym').map((m) => [...m.key].sort().join('')),
      ),
    ),
  }
}

/** Number, date, name and contact facts of one side of a 1-1 (or wider) bead. */
function pairFacts(
  facts: DriftFact[],
  mine: Side,
  other: Side,
  own: readonly number[],
  theirs: readonly number[],
  groupTheirs: readonly number[],
  bead: number,
  groups: Map<string, CounterpartGroup>,
): void {
  const counterpart = spanOf(other, [...theirs])
  const key = `${other.side}:${groupTheirs.join(',')}`
  let group = groups.get(key)
  if (!group) {
    group = counterpartGroup(other, groupTheirs)
    groups.set(key, group)
  }
  const {
    numbers: otherNumbers,
    dates: otherDates,
    contacts: otherContacts,
    acronyms: otherAcronyms,
  } = group
  const base = (start: number, end: number) => ({
    side: mine.side,
    lang: mine.lang,
    start,
    end,
    text: mine.text.slice(start, end),
    counterpart,
    bead,
  })
  for (const k of own) {
    const anchors = mine.anchors[k]
    if (!anchors) continue
    for (const d of anchors.dates)
      if (!otherDates.some((o) => sameDate(d.key, o.key)))
        facts.push({ kind: 'date', ...base(d.start, d.end), date: d.key })
    for (const n of anchors.numbers) {
      if (anchors.dates.some((d) => n.start >= d.start && n.end <= d.end)) continue
      if (otherNumbers.some((o) => sameNumber(n, o))) continue
      facts.push({
        kind: 'number',
        ...base(n.start, n.end),
        numberKind: n.kind,
        value: n.value,
        readings: n.readings,
      })
    }
    for (const m of anchors.mentions) {
      if (m.kind === 'acronym') continue
      if (m.kind === 'name') {
        group.lexicon ??= lexicon(
          groupTheirs.map((k) => other.sentences[k]?.text ?? '').join(' '),
          other.lang,
        )
        if (!nameOccurs(m, mine.lang, group.lexicon, otherAcronyms))
          facts.push({ kind: 'name', ...base(m.start, m.end), name: m.key })
        continue
      }
      if (!otherContacts.has(`${m.kind}:${m.key}`))
        facts.push({ kind: m.kind, ...base(m.start, m.end), value: m.key })
    }
  }
}

/** The surname-level key of a speaker ("Oscar Chacón" → "chacon"). */
function speakerKey(quote: Quote): string | null {
  const name = quote.speaker?.name
  // an organisation's acronym ("UFW") is not compared with its spelled-out name
  if (!name || /^[\p{Lu}\d&.\s-]+$/u.test(name)) return null
  const parts = fold(name).split(/\s+/).filter(Boolean)
  return parts[parts.length - 1] ?? null
}

/** Quotation facts: quotes with no quote in the aligned counterpart, or another speaker. */
function quoteFacts(facts: DriftFact[], src: Side, tgt: Side, alignment: Alignment): void {
  const beadOf = (side: Side, which: DriftSide, offset: number): number => {
    const k = side.sentences.findIndex((s) => offset >= s.start && offset < s.end)
    if (k < 0) return -1
    return alignment.sentences.findIndex((b) =>
      (which === 'source' ? b.source : b.target).includes(k),
    )
  }
  for (const [mine, other] of [
    [src, tgt],
    [tgt, src],
  ] as const) {
    const quotes = mine.version?.quotes ?? []
    const otherQuotes = other.version?.quotes ?? []
    quotes.forEach((quote, qi) => {
      const bead = beadOf(mine, mine.side, quote.start)
      const b = alignment.sentences[bead]
      if (!b) return
      const theirs = mine.side === 'source' ? b.target : b.source
      if (theirs.length === 0) return // the sentence-missing fact says it
      const group = alignment.sentences.filter((x) => x.paragraph === b.paragraph)
      const groupTheirs = group.flatMap((x) => (mine.side === 'source' ? x.target : x.source))
      const span = spanOf(other, groupTheirs)
      const counterpart = spanOf(other, theirs)
      const matches = otherQuotes
        .map((q, k) => ({ q, k }))
        .filter(({ q }) => span && q.start < span.end && q.end > span.start)
      const base = {
        side: mine.side,
        lang: mine.lang,
        start: quote.start,
        end: quote.end,
        text: quote.text,
        counterpart,
        bead,
        quote: qi,
      }
      if (matches.length === 0) {
        facts.push({ kind: 'quote-missing', ...base, speaker: quote.speaker?.name ?? null })
        return
      }
      if (mine.side !== 'source') return // speakers are compared once, from the source
      const mineKey = speakerKey(quote)
      const match = matches.find(({ q }) => speakerKey(q) !== null)
      if (!mineKey || !match) return
      const theirKey = speakerKey(match.q)
      const theirName = fold(match.q.speaker?.name ?? '')
      if (theirKey && theirKey !== mineKey && !theirName.split(/\s+/).includes(mineKey))
        facts.push({
          kind: 'quote-speaker',
          ...base,
          speaker: quote.speaker?.name ?? '',
          counterpartQuote: match.k,
          counterpartSpeaker: match.q.speaker?.name ?? '',
        })
    })
  }
}
