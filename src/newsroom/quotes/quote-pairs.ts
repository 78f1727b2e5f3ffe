/**
 * The quotes of a release, paired across languages. The stored versions are read by the reader
 * (one source per language) and the first version (English when there is one) is aligned with
 * each other by the aligner: a quote's counterpart is the quote of the other language in the
 * aligned paragraph, the same speaker breaking ties; a quote with no counterpart stands alone.
 * Each pair gets a key that survives edits of the quoted words — the speaker's folded surname
 * and its occurrence number ("chacon-2") — so links, approvals and appearance choices stay
 * attached to the quote while its wording changes.
 */
import { alignVersions } from '../../align/index.js'
import { isSupportedLang, normalizeLang } from '../../core/lang.js'
import type { Quote, Release, Speaker, Version } from '../../core/release.js'
import { fold, parseRelease } from '../../parse/index.js'
import type { StoredVersion } from '../../store/index.js'

/** One language's side of a quote pair. */
export interface QuoteSide {
  lang: string
  /** The quoted words as written (without the marks). */
  text: string
  start: number
  end: number
  speaker: Speaker | null
  /** The attribution ("stated Oscar Chacon, executive director of …"), if any. */
  attribution: { text: string; start: number; end: number } | null
  /** The paragraph the quote stands in, and where the quote starts and ends inside it. */
  paragraph: string
  paragraphStart: number
  quoteStart: number
  quoteEnd: number
}

/** A quote in every language it appears in, under a stable key. */
export interface QuotePair {
  key: string
  /** The speaker as read from the first side. */
  speaker: Speaker | null
  /** The sides by language tag, in the release's version order. */
  sides: QuoteSide[]
}

/** The folded surname of a speaker's name ("Óscar Chacón" → "chacon"), or null. */
export function surnameKey(name: string | null | undefined): string | null {
  if (!name) return null
  const words = fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  return words[words.length - 1] ?? null
}

function sideOf(text: string, version: Version, quote: Quote): QuoteSide {
  const block = version.blocks[quote.block]
  const paragraphStart = block?.start ?? quote.start
  const paragraph = block ? text.slice(block.start, block.end) : quote.text
  return {
    lang: version.lang,
    text: quote.text,
    start: quote.start,
    end: quote.end,
    speaker: quote.speaker,
    attribution: quote.attribution
      ? {
          text: quote.attribution.text,
          start: quote.attribution.start,
          end: quote.attribution.end,
        }
      : null,
    paragraph,
    paragraphStart,
    quoteStart: quote.start - paragraphStart,
    quoteEnd: quote.end - paragraphStart,
  }
}

function readable(versions: readonly StoredVersion[]): StoredVersion[] {
  return versions.filter((v) => {
    const tag = normalizeLang(v.lang)
    return tag !== null && isSupportedLang(tag) && v.text.trim() !== ''
  })
}

/** The counterpart quote indexes in `target` for each quote of `source` (-1: none). */
function counterparts(release: Release, source: Version, target: Version): number[] {
  const alignment = alignVersions(release, source, target)
  const used = new Set<number>()
  const result: number[] = []
  for (const quote of source.quotes) {
    const bead = alignment.paragraphs.find((p) => p.source.includes(quote.block))
    const blocks = new Set(bead?.target ?? [])
    const candidates = target.quotes
      .map((q, k) => ({ q, k }))
      .filter(({ q, k }) => !used.has(k) && blocks.has(q.block))
    const mine = surnameKey(quote.speaker?.name)
    const pick =
      candidates.find(({ q }) => mine !== null && surnameKey(q.speaker?.name) === mine) ??
      candidates[0] ??
      // Not in the aligned paragraph: the next unused quote of the same speaker.
      target.quotes
        .map((q, k) => ({ q, k }))
        .find(({ q, k }) => !used.has(k) && mine !== null && surnameKey(q.speaker?.name) === mine)
    if (pick) used.add(pick.k)
    result.push(pick ? pick.k : -1)
  }
  return result
}

/** Reads the quotes of a release's stored versions and pairs them across languages. */
export function readQuotePairs(versions: readonly StoredVersion[]): QuotePair[] {
  const usable = readable(versions)
  if (usable.length === 0) return []
  const release = parseRelease(
    usable.map((v) => ({ file: `${v.lang}.txt`, format: 'text' as const, text: v.text })),
    { langs: usable.map((v) => v.lang) },
  )
  const textOf = (v: Version) => release.sources[v.source]?.text ?? ''
  const order = [...release.versions]
  const first = order.find((v) => v.lang === 'en') ?? order[0]
  if (!first) return []
  const others = order.filter((v) => v !== first)
  const counts = new Map<string, number>()
  const keyFor = (speaker: Speaker | null, prefix = '') => {
    const base = `${prefix}${surnameKey(speaker?.name) ?? 'quote'}`
    const n = (counts.get(base) ?? 0) + 1
    counts.set(base, n)
    return `${base}-${n}`
  }
  const matches = others.map((other) => counterparts(release, first, other))
  const pairs: QuotePair[] = first.quotes.map((quote, i) => {
    const sides = [sideOf(textOf(first), first, quote)]
    others.forEach((other, o) => {
      const k = matches[o]?.[i] ?? -1
      const theirs = other.quotes[k]
      if (theirs) sides.push(sideOf(textOf(other), other, theirs))
    })
    return { key: keyFor(quote.speaker), speaker: quote.speaker, sides }
  })
  // Quotes only another language has stand alone.
  others.forEach((other, o) => {
    const taken = new Set(matches[o] ?? [])
    other.quotes.forEach((quote, k) => {
      if (taken.has(k)) return
      pairs.push({
        key: keyFor(quote.speaker, `${other.lang}-`),
        speaker: quote.speaker,
        sides: [sideOf(textOf(other), other, quote)],
      })
    })
  })
  return pairs
}
