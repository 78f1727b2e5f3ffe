/**
 * Scores the aligner against the gold sentence beads of test/fixtures/*\/gold.json:
 * sentence-link precision, recall and F1 (a link is an (en, es) sentence pair inside one bead;
 * system sentences are mapped onto gold sentences by character overlap, so any segmentation can
 * be scored), side by side with a plain Gale–Church baseline (length only, same segmentation,
 * same dynamic program), and the share of planted 1-0 / 0-1 beads found (one sentence deleted
 * from one side, each bead in turn). Also measures the segmenter against the gold sentences and
 * against Intl.Segmenter.
 *
 * Usage: npx tsx scripts/align-score.ts [--fixtures DIR] [--no-planted] [--verbose]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { CostParams } from '../src/align/index.js'
import { type Alignment, alignVersions, segmentSentences } from '../src/align/index.js'
import type { Release, Span } from '../src/core/index.js'
import { parseRelease } from '../src/parse/index.js'

/** One gold bead: the verbatim sentences of each language. */
export interface GoldBead {
  en: string[]
  es: string[]
}

/** Precision, recall and F1 of one comparison. */
export interface LinkScore {
  gold: number
  system: number
  correct: number
  precision: number
  recall: number
  f1: number
}

/** Finds each gold sentence in `text`, in order; unfound sentences get null. */
export function locateGold(text: string, sentences: string[]): (Span | null)[] {
  let at = 0
  return sentences.map((s) => {
    let k = text.indexOf(s, at)
    if (k < 0) k = text.indexOf(s)
    if (k < 0) return null
    at = k + s.length
    return { start: k, end: k + s.length }
  })
}

/** The gold sentence a system span overlaps most, or -1. */
export function mapOnto(span: Span, gold: (Span | null)[]): number {
  let best = -1
  let bestOverlap = 0
  gold.forEach((g, k) => {
    if (!g) return
    const overlap = Math.min(span.end, g.end) - Math.max(span.start, g.start)
    if (overlap > bestOverlap) {
      bestOverlap = overlap
      best = k
    }
  })
  return best
}

/** Links of the gold beads, as `en:es` pairs of gold sentence indexes. */
export function goldLinks(beads: GoldBead[]): Set<string> {
  const links = new Set<string>()
  let e = 0
  let s = 0
  for (const bead of beads) {
    for (let i = 0; i < bead.en.length; i++)
      for (let j = 0; j < bead.es.length; j++) links.add(`${e + i}:${s + j}`)
    e += bead.en.length
    s += bead.es.length
  }
  return links
}

/** Links of an alignment (source = en, target = es), mapped onto gold sentence indexes. */
export function systemLinks(
  alignment: Alignment,
  enGold: (Span | null)[],
  esGold: (Span | null)[],
): Set<string> {
  const links = new Set<string>()
  const en = alignment.sourceSentences.map((s) => mapOnto(s, enGold))
  const es = alignment.targetSentences.map((s) => mapOnto(s, esGold))
  for (const bead of alignment.sentences)
    for (const i of bead.source)
      for (const j of bead.target) {
        const a = en[i] ?? -1
        const b = es[j] ?? -1
        if (a >= 0 && b >= 0) links.add(`${a}:${b}`)
      }
  return links
}

/** Precision, recall and F1 of `system` against `gold`. */
export function scoreLinks(gold: Set<string>, system: Set<string>): LinkScore {
  let correct = 0
  for (const link of system) if (gold.has(link)) correct++
  const precision = system.size ? correct / system.size : 1
  const recall = gold.size ? correct / gold.size : 1
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { gold: gold.size, system: system.size, correct, precision, recall, f1 }
}

/** A fixture with gold beads and both texts. */
export interface Case {
  name: string
  en: string
  es: string
  beads: GoldBead[]
}

/** Reads every fixture folder of `dir` that has gold sentence beads and both languages. */
export function readCases(dir: string): Case[] {
  const cases: Case[] = []
  for (const name of readdirSync(dir).sort()) {
    const gold = join(dir, name, 'gold.json')
    if (
      !existsSync(gold) ||
      !existsSync(join(dir, name, 'en.txt')) ||
      !existsSync(join(dir, name, 'es.txt'))
    )
      continue
    const beads = (JSON.parse(readFileSync(gold, 'utf8')) as { sentences?: GoldBead[] }).sentences
    if (!beads?.length) continue
    const text = (lang: string) =>
      readFileSync(join(dir, name, `${lang}.txt`), 'utf8')
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n')
    cases.push({ name, en: text('en'), es: text('es'), beads })
  }
  return cases
}

/** The release of two texts as the reader sees them (one version per file). */
export function readPair(en: string, es: string): Release {
  return parseRelease(
    [
      { file: 'en.txt', format: 'text', text: en },
      { file: 'es.txt', format: 'text', text: es },
    ],
    { langs: ['en', 'es'] },
  )
}

/** Aligns the English and Spanish texts through the reader and the aligner. */
export function alignPair(en: string, es: string, params: Partial<CostParams> = {}): Alignment {
  const release = readPair(en, es)
  const [source, target] = release.versions
  if (!source || !target) throw new Error('the reader did not find two versions')
  return alignVersions(release, source, target, { params })
}

/** Scores one case with the given cost parameters. */
export function scoreCase(c: Case, params: Partial<CostParams> = {}): LinkScore {
  const alignment = alignPair(c.en, c.es, params)
  const enGold = locateGold(
    c.en,
    c.beads.flatMap((b) => b.en),
  )
  const esGold = locateGold(
    c.es,
    c.beads.flatMap((b) => b.es),
  )
  return scoreLinks(goldLinks(c.beads), systemLinks(alignment, enGold, esGold))
}

/** Removes the spans from `text` with the white space that follows each (or precedes, at a line end). */
export function deleteSpans(text: string, spans: Span[]): string {
  let out = text
  for (const span of [...spans].sort((a, b) => b.start - a.start)) {
    let end = span.end
    while (end < out.length && /[ \t\u00a0]/.test(out.charAt(end))) end++
    let start = span.start
    if (
      end < out.length &&
      out.charAt(end) === '\n' &&
      (start === 0 || out.charAt(start - 1) === '\n')
    )
      end++
    else if (end === out.length || out.charAt(end) === '\n')
      while (start > 0 && /[ \t\u00a0]/.test(out.charAt(start - 1))) start--
    out = out.slice(0, start) + out.slice(end)
  }
  return out
}

/** Planted deletions of one case: for each 1-1-or-wider gold bead and side, whether it was found. */
export function plantedCase(
  c: Case,
  params: Partial<CostParams> = {},
): { planted: number; found: number; missed: string[] } {
  const enGold = locateGold(
    c.en,
    c.beads.flatMap((b) => b.en),
  )
  const esGold = locateGold(
    c.es,
    c.beads.flatMap((b) => b.es),
  )
  let planted = 0
  let found = 0
  const missed: string[] = []
  let e = 0
  let s = 0
  for (const bead of c.beads) {
    const enIdx = bead.en.map((_, k) => e + k)
    const esIdx = bead.es.map((_, k) => s + k)
    e += bead.en.length
    s += bead.es.length
    if (!enIdx.length || !esIdx.length) continue
    for (const side of ['es', 'en'] as const) {
      const removed = (
        side === 'es' ? esIdx.map((k) => esGold[k]) : enIdx.map((k) => enGold[k])
      ).filter((x): x is Span => x !== null)
      const kept = (
        side === 'es' ? enIdx.map((k) => enGold[k]) : esIdx.map((k) => esGold[k])
      ).filter((x): x is Span => x !== null)
      const en = side === 'en' ? deleteSpans(c.en, removed) : c.en
      const es = side === 'es' ? deleteSpans(c.es, removed) : c.es
      if (!en.trim() || !es.trim()) continue
      planted++
      let alignment: Alignment
      try {
        alignment = alignPair(en, es, params)
      } catch {
        missed.push(`${side} ${bead.en[0]?.slice(0, 40) ?? ''} (reader failed)`)
        continue
      }
      const sentences = side === 'es' ? alignment.sourceSentences : alignment.targetSentences
      const lonely = new Set<number>()
      for (const b of alignment.sentences) {
        const [mine, other] = side === 'es' ? [b.source, b.target] : [b.target, b.source]
        if (other.length === 0) for (const k of mine) lonely.add(k)
      }
      const ok = kept.every((span) =>
        sentences.some(
          (sent, k) =>
            lonely.has(k) && Math.min(sent.end, span.end) - Math.max(sent.start, span.start) > 0,
        ),
      )
      if (ok) found++
      else missed.push(`deleted ${side}: ${(side === 'es' ? bead.es : bead.en)[0]?.slice(0, 50)}`)
    }
  }
  return { planted, found, missed }
}

/** Share of gold sentences a segmenter reproduces exactly, over the reader's blocks. */
export function segmentationScore(
  c: Case,
  split: (text: string, span: Span, lang: string) => Span[],
): { gold: number; exact: number } {
  const release = readPair(c.en, c.es)
  let gold = 0
  let exact = 0
  for (const [k, lang] of (['en', 'es'] as const).entries()) {
    const version = release.versions[k]
    const text = lang === 'en' ? c.en : c.es
    if (!version) continue
    const spans = version.blocks.flatMap((b) => split(text, b, lang))
    const system = new Set(spans.map((s) => `${s.start}:${s.end}`))
    for (const g of locateGold(
      text,
      c.beads.flatMap((b) => b[lang]),
    )) {
      gold++
      if (g && system.has(`${g.start}:${g.end}`)) exact++
    }
  }
  return { gold, exact }
}

/** A single-language fixture with gold sentences: its text and those sentences. */
export interface SingleCase {
  name: string
  lang: 'en' | 'es'
  text: string
  sentences: string[]
}

/** Fixtures with gold sentences in one language only (they have no alignment to score). */
export function readSingleCases(dir: string): SingleCase[] {
  const cases: SingleCase[] = []
  for (const name of readdirSync(dir).sort()) {
    const gold = join(dir, name, 'gold.json')
    if (!existsSync(gold)) continue
    const langs = (['en', 'es'] as const).filter((l) => existsSync(join(dir, name, `${l}.txt`)))
    const [lang] = langs
    if (langs.length !== 1 || !lang) continue
    const beads =
      (JSON.parse(readFileSync(gold, 'utf8')) as { sentences?: Partial<GoldBead>[] }).sentences ??
      []
    const sentences = beads.flatMap((b) => b[lang] ?? [])
    if (!sentences.length) continue
    const text = readFileSync(join(dir, name, `${lang}.txt`), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
    cases.push({ name, lang, text, sentences })
  }
  return cases
}

/** Share of a single-language fixture's gold sentences a segmenter reproduces exactly. */
export function singleSegmentationScore(
  c: SingleCase,
  split: (text: string, span: Span, lang: string) => Span[],
): { gold: number; exact: number } {
  const release = parseRelease([{ file: `${c.lang}.txt`, format: 'text', text: c.text }], {
    langs: [c.lang],
  })
  const spans = (release.versions[0]?.blocks ?? []).flatMap((b) => split(c.text, b, c.lang))
  const system = new Set(spans.map((s) => `${s.start}:${s.end}`))
  const gold = locateGold(c.text, c.sentences)
  return {
    gold: gold.length,
    exact: gold.filter((g) => g && system.has(`${g.start}:${g.end}`)).length,
  }
}

/** Intl.Segmenter's sentences over a span, trimmed, for comparison. */
export function intlSentences(text: string, span: Span, lang: string): Span[] {
  const out: Span[] = []
  const segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' })
  for (const part of segmenter.segment(text.slice(span.start, span.end))) {
    const lead = part.segment.length - part.segment.trimStart().length
    const body = part.segment.trim()
    if (body)
      out.push({
        start: span.start + part.index + lead,
        end: span.start + part.index + lead + body.length,
      })
  }
  return out
}

const pct = (x: number) => x.toFixed(3)

function main(argv: string[]): void {
  const dirFlag = argv.indexOf('--fixtures')
  const dir = dirFlag >= 0 ? (argv[dirFlag + 1] ?? 'test/fixtures') : 'test/fixtures'
  const planted = !argv.includes('--no-planted')
  const verbose = argv.includes('--verbose')
  const cases = readCases(dir)
  const rows: string[] = []
  const sum = { ours: { gold: 0, system: 0, correct: 0 }, base: { gold: 0, system: 0, correct: 0 } }
  const plant = { ours: { planted: 0, found: 0 }, base: { planted: 0, found: 0 } }
  const seg = { ours: { gold: 0, exact: 0 }, intl: { gold: 0, exact: 0 } }
  rows.push(
    `${'fixture'.padEnd(48)} links  P      R      F1     | GC P   GC R   GC F1  | planted ours  GC`,
  )
  for (const c of cases) {
    let ours: LinkScore
    let base: LinkScore
    try {
      ours = scoreCase(c)
      base = scoreCase(c, { anchors: false })
    } catch (error) {
      rows.push(`${c.name.padEnd(48)} reader failed: ${(error as Error).message.split('\n')[0]}`)
      continue
    }
    for (const [key, s] of [
      ['ours', ours],
      ['base', base],
    ] as const) {
      sum[key].gold += s.gold
      sum[key].system += s.system
      sum[key].correct += s.correct
    }
    let plantedText = ''
    if (planted) {
      const p = plantedCase(c)
      const q = plantedCase(c, { anchors: false })
      plant.ours.planted += p.planted
      plant.ours.found += p.found
      plant.base.planted += q.planted
      plant.base.found += q.found
      plantedText = `${`${p.found}/${p.planted}`.padStart(12)}  ${q.found}/${q.planted}`
      if (verbose) for (const m of p.missed) rows.push(`    missed ${m}`)
    }
    const s1 = segmentationScore(c, (text, span, lang) => segmentSentences(text, span, lang))
    const s2 = segmentationScore(c, intlSentences)
    seg.ours.gold += s1.gold
    seg.ours.exact += s1.exact
    seg.intl.gold += s2.gold
    seg.intl.exact += s2.exact
    rows.push(
      `${c.name.padEnd(48)} ${String(ours.gold).padStart(5)}  ${pct(ours.precision)}  ${pct(ours.recall)}  ${pct(ours.f1)}  | ${pct(base.precision)}  ${pct(base.recall)}  ${pct(base.f1)}  |${plantedText}`,
    )
  }
  const total = (s: { gold: number; system: number; correct: number }) => {
    const p = s.system ? s.correct / s.system : 1
    const r = s.gold ? s.correct / s.gold : 1
    return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
  }
  const o = total(sum.ours)
  const b = total(sum.base)
  rows.push(
    `${'TOTAL (micro)'.padEnd(48)} ${String(sum.ours.gold).padStart(5)}  ${pct(o.p)}  ${pct(o.r)}  ${pct(o.f)}  | ${pct(b.p)}  ${pct(b.r)}  ${pct(b.f)}  |${planted ? `${`${plant.ours.found}/${plant.ours.planted}`.padStart(12)}  ${plant.base.found}/${plant.base.planted}` : ''}`,
  )
  for (const c of readSingleCases(dir)) {
    try {
      const s1 = singleSegmentationScore(c, (text, span, lang) =>
        segmentSentences(text, span, lang),
      )
      const s2 = singleSegmentationScore(c, intlSentences)
      seg.ours.gold += s1.gold
      seg.ours.exact += s1.exact
      seg.intl.gold += s2.gold
      seg.intl.exact += s2.exact
    } catch {
      rows.push(`${c.name.padEnd(48)} reader failed (segmentation not scored)`)
    }
  }
  rows.push(
    `segmentation (all fixtures with gold sentences): gold sentences reproduced exactly — ours ${seg.ours.exact}/${seg.ours.gold}, Intl.Segmenter ${seg.intl.exact}/${seg.intl.gold}`,
  )
  process.stdout.write(`${rows.join('\n')}\n`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href)
  main(process.argv.slice(2))
