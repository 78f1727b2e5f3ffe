/**
 * Splitting one source into language versions. Each block is scored for English and Spanish
 * ({@link scoreLang}); a small dynamic program then cuts the block sequence into the fewest
 * runs of one language that explain the evidence (a quoted Spanish phrase in an English
 * release does not open a version). Blocks without evidence between two runs (contacts, "###",
 * names) are placed by structure: a new version starts at its release line, date line or
 * "Versión en español" marker, or else right after the previous version's end mark.
 */
import type { Span } from '../core/position.js'
import { parseDate } from './dates.js'
import { type LangScores, scoreLang } from './identify-lang.js'
import { endMarkRe, gluedEndMarkRe, langMarkerRe, langNoteRe, releaseLineRe } from './patterns.js'

/** A run of blocks in one language: `blocks[from, to)`. */
export interface VersionRun {
  lang: string
  from: number
  to: number
}

/** Evidence a run must gather to stand as a version of its own. */
const noEvidence: LangScores = { en: 0, es: 0, other: 0, otherLang: null }
const minRunEvidence = 10
/** Cost of opening one more version. */
const switchCost = 5
const maxRuns = 6

function evidence(s: LangScores, lang: string): number {
  return lang === 'en' ? s.en : lang === 'es' ? s.es : 0
}

/** The language evidence of each block; a note about the other language is no evidence. */
export function scoreBlocks(text: string, blocks: Span[]): LangScores[] {
  return blocks.map((b) => {
    const t = text.slice(b.start, b.end)
    return langMarkerRe.test(t) || langNoteRe.test(t) ? noEvidence : scoreLang(t)
  })
}

/**
 * Cuts `blocks` of `text` into language runs over `langs` (e.g. ['en', 'es']). With `order`
 * given, the runs follow exactly that sequence of languages (options.langs for one source).
 */
export function splitVersions(
  text: string,
  blocks: Span[],
  langs: readonly string[],
  order?: readonly string[],
  blockScores: readonly LangScores[] = scoreBlocks(text, blocks),
): VersionRun[] {
  const n = blocks.length
  if (n === 0) return []
  const scores = blockScores
  const cost = (i: number, lang: string): number => {
    const s = scores[i] as LangScores
    const own = evidence(s, lang)
    let against = 0
    for (const l of langs) if (l !== lang) against = Math.max(against, evidence(s, l))
    return Math.max(0, against - own)
  }
  const seq = order ?? null
  const runsLimit = seq ? seq.length : maxRuns
  // best[k][i][l]: minimal cost of blocks[0..i] in k+1 runs with the last run in language l.
  const L = seq ? seq.length : langs.length
  const langOf = (k: number, l: number): string => (seq ? (seq[k] as string) : (langs[l] as string))
  const INF = Number.POSITIVE_INFINITY
  // best[k, i, l]: minimal cost of blocks 0..i in k+1 runs, block i in run k of language l.
  // Linear in the number of blocks: block i either continues the run of block i-1 or opens the
  // next run (back = the previous run's language, or -1 for "continues").
  const at = (k: number, i: number, l: number): number => (k * n + i) * L + l
  const best = new Float64Array(runsLimit * n * L).fill(INF)
  const back = new Int8Array(runsLimit * n * L).fill(-1)
  const allowed = (k: number, l: number): boolean => (seq ? l === k : true)
  for (let l = 0; l < L; l++) if (allowed(0, l)) best[at(0, 0, l)] = cost(0, langOf(0, l))
  for (let i = 1; i < n; i++)
    for (let k = 0; k < runsLimit; k++)
      for (let l = 0; l < L; l++) {
        if (!allowed(k, l)) continue
        let v = best[at(k, i - 1, l)] ?? INF
        let from = -1
        if (k > 0)
          for (let pl = 0; pl < L; pl++) {
            if (seq ? pl !== k - 1 : pl === l) continue
            const open = (best[at(k - 1, i - 1, pl)] ?? INF) + switchCost
            if (open < v) {
              v = open
              from = pl
            }
          }
        if (v === INF) continue
        best[at(k, i, l)] = v + cost(i, langOf(k, l))
        back[at(k, i, l)] = from
      }
  // Pick the best final state; with an order, all runs must be used.
  let bk = -1
  let bl = -1
  let bv = INF
  for (let k = seq ? runsLimit - 1 : 0; k < runsLimit; k++)
    for (let l = 0; l < L; l++) {
      const v = best[at(k, n - 1, l)] ?? INF
      if (v < bv) {
        bv = v
        bk = k
        bl = l
      }
    }
  if (bk < 0) return [{ lang: langOf(0, 0), from: 0, to: n }]
  const runs: VersionRun[] = []
  let k = bk
  let l = bl
  let to = n
  for (let i = n - 1; i >= 0; i--) {
    const from = back[at(k, i, l)] ?? -1
    if (i === 0 || from >= 0) {
      runs.unshift({ lang: langOf(k, l), from: i, to })
      to = i
      if (from >= 0) {
        k--
        l = from
      }
    }
  }
  const merged = seq ? runs : mergeSandwiched(dropWeakRuns(runs, scores))
  return placeBoundaries(text, blocks, scores, merged)
}

/** Merges runs with too little evidence of their own into their neighbours. */
function dropWeakRuns(runs: VersionRun[], scores: readonly LangScores[]): VersionRun[] {
  let out = runs
  for (;;) {
    let weakest = -1
    let weakestEv = minRunEvidence
    for (let r = 0; r < out.length && out.length > 1; r++) {
      const run = out[r] as VersionRun
      let ev = 0
      for (let i = run.from; i < run.to; i++) ev += evidence(scores[i] as LangScores, run.lang)
      if (ev < weakestEv) {
        weakestEv = ev
        weakest = r
      }
    }
    if (weakest < 0) return out
    const next = out.slice()
    const [gone] = next.splice(weakest, 1)
    if (!gone) return out
    const before = next[weakest - 1]
    const after = next[weakest]
    if (before) before.to = gone.to
    else if (after) after.from = gone.from
    // Neighbours in the same language join.
    const joined: VersionRun[] = []
    for (const run of next) {
      const last = joined[joined.length - 1]
      if (last && last.lang === run.lang) last.to = run.to
      else joined.push({ ...run })
    }
    out = joined
  }
}

/**
 * A run of one or two blocks between two runs of the same other language is a passage quoted in
 * that language (an English quote left untranslated in the Spanish version), not a version.
 */
function mergeSandwiched(runs: VersionRun[]): VersionRun[] {
  const out: VersionRun[] = []
  for (const run of runs) {
    const prev = out[out.length - 1]
    const before = out[out.length - 2]
    if (prev && before && before.lang === run.lang && prev.to - prev.from <= 2) {
      out.pop()
      before.to = run.to
    } else out.push({ ...run })
  }
  return out
}

function strong(s: LangScores): boolean {
  return Math.abs(s.en - s.es) >= 1.5
}

/** Moves each boundary within the evidence-free blocks around it to where structure puts it. */
function placeBoundaries(
  text: string,
  blocks: Span[],
  scores: readonly LangScores[],
  runs: VersionRun[],
): VersionRun[] {
  for (let r = 1; r < runs.length; r++) {
    const prev = runs[r - 1] as VersionRun
    const cur = runs[r] as VersionRun
    // The window: from after the last strong block of the previous run to the first strong block of this one.
    let lo = cur.from
    while (lo - 1 > prev.from && !strong(scores[lo - 1] as LangScores)) lo--
    let hi = cur.from
    while (hi < cur.to - 1 && !strong(scores[hi] as LangScores)) hi++
    let pick = -1
    for (let i = lo; i <= hi; i++) {
      const b = blocks[i] as Span
      const t = text.slice(b.start, b.end)
      if (langMarkerRe.test(t) || releaseLineRe.test(t) || (t.length < 60 && parseDate(t))) {
        pick = i
        break
      }
    }
    if (pick < 0)
      for (let i = hi; i > lo; i--) {
        const b = blocks[i - 1] as Span
        const t = text.slice(b.start, b.end)
        if (endMarkRe.test(t) || gluedEndMarkRe.test(t)) {
          pick = i
          break
        }
      }
    if (pick >= 0 && pick > prev.from && pick < cur.to) {
      prev.to = pick
      cur.from = pick
    }
  }
  return runs
}
