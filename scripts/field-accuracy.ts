/**
 * Field accuracy of the reader against hand-made gold files (docs: GOLD-FORMAT in
 * test/fixtures/README or docs/model.md). Usage: `npx tsx scripts/field-accuracy.ts
 * [test/fixtures] [-v]`. For every folder holding a gold.json it parses en.txt and/or es.txt
 * (as the versions of one release, languages identified, not given) and compares, per version:
 *
 * - `date`, `headline`, `dateline`, `endMark`: one instance each; correct when equal after
 *   folding (whitespace squashed, accents stripped, case and quote/dash shapes folded); null
 *   equals null.
 * - `contacts.name`, `contacts.phone`, `contacts.email`: contacts are paired by position; each
 *   of the three fields of each position up to max(gold, parsed) contacts is one instance
 *   (phones compare by digits). A missing or extra contact makes its three instances wrong.
 * - `quotes.start`, `quotes.speaker`, `quotes.organization`: a gold quote is paired with the
 *   first unpaired parsed quote whose folded text starts with the folded gold `start` (or is a
 *   prefix of it, for quotes shorter than the gold excerpt). Each gold quote is three instances;
 *   an unpaired gold quote makes all three wrong; each unpaired parsed quote is one more wrong
 *   `quotes.start` instance.
 * - `boilerplateOrgs`: each gold organization is one instance, correct when an unpaired parsed
 *   boilerplate has the same folded organization ("" in gold equals null); each unpaired parsed
 *   boilerplate is one more wrong instance.
 *
 * Overall accuracy = correct instances / all instances, over every field of every version.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Release, Version } from '../src/core/release.js'
import { isParseError, parseRelease } from '../src/parse/index.js'
import { fold } from '../src/parse/text-utils.js'

/** One version's truth, as in gold.json. */
export interface GoldVersion {
  date: string | null
  headline: string | null
  dateline: string | null
  contacts: { name: string | null; phone: string | null; email: string | null }[]
  quotes: { start: string; speaker: string | null; organization: string | null }[]
  endMark: string | null
  boilerplateOrgs: string[]
}

/** One compared instance of a field. */
export interface FieldResult {
  field: string
  ok: boolean
  expected: string | null
  actual: string | null
}

function same(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = a === undefined || a === null || a === '' ? null : fold(a)
  const y = b === undefined || b === null || b === '' ? null : fold(b)
  return x === y
}

function samePhone(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = (a ?? '').replace(/\D/g, '')
  const y = (b ?? '').replace(/\D/g, '')
  return x === y
}

/** Compares one parsed version (or null when the parser found none) with its gold. */
export function compareVersion(gold: GoldVersion, version: Version | null): FieldResult[] {
  const out: FieldResult[] = []
  const one = (field: string, expected: string | null, actual: string | null): void => {
    out.push({ field, ok: same(expected, actual), expected, actual })
  }
  one('date', gold.date, version?.date?.iso ?? null)
  one('headline', gold.headline, version?.headline?.text ?? null)
  one('dateline', gold.dateline, version?.dateline?.place ?? null)
  one('endMark', gold.endMark, version?.endMark?.text ?? null)
  const contacts = version?.contacts ?? []
  for (let i = 0; i < Math.max(gold.contacts.length, contacts.length); i++) {
    const g = gold.contacts[i]
    const c = contacts[i]
    const pair = (field: 'name' | 'phone' | 'email'): void => {
      const expected = g ? g[field] : '(none)'
      const actual = c ? c[field] : '(none)'
      const ok =
        g !== undefined &&
        c !== undefined &&
        (field === 'phone' ? samePhone(g.phone, c.phone) : same(g[field], c[field]))
      out.push({ field: `contacts.${field}`, ok, expected, actual })
    }
    pair('name')
    pair('phone')
    pair('email')
  }
  const quotes = version?.quotes ?? []
  const used = new Set<number>()
  for (const g of gold.quotes) {
    const start = fold(g.start)
    const k = quotes.findIndex((q, i) => {
      if (used.has(i)) return false
      const t = fold(q.text)
      return t.startsWith(start) || (t.length >= 12 && start.startsWith(t))
    })
    const q = k >= 0 ? quotes[k] : undefined
    if (k >= 0) used.add(k)
    out.push({
      field: 'quotes.start',
      ok: q !== undefined,
      expected: g.start,
      actual: q?.text.slice(0, 50) ?? null,
    })
    out.push({
      field: 'quotes.speaker',
      ok: q !== undefined && same(g.speaker, q.speaker?.name),
      expected: g.speaker,
      actual: q ? (q.speaker?.name ?? null) : '(no quote)',
    })
    out.push({
      field: 'quotes.organization',
      ok: q !== undefined && same(g.organization, q.speaker?.organization),
      expected: g.organization,
      actual: q ? (q.speaker?.organization ?? null) : '(no quote)',
    })
  }
  quotes.forEach((q, i) => {
    if (!used.has(i))
      out.push({
        field: 'quotes.start',
        ok: false,
        expected: '(none)',
        actual: q.text.slice(0, 50),
      })
  })
  const orgs = (version?.boilerplates ?? []).map((b) => b.organization)
  const usedOrg = new Set<number>()
  for (const g of gold.boilerplateOrgs) {
    const k = orgs.findIndex((o, i) => !usedOrg.has(i) && same(g, o))
    if (k >= 0) usedOrg.add(k)
    out.push({
      field: 'boilerplateOrgs',
      ok: k >= 0,
      expected: g,
      actual: k >= 0 ? (orgs[k] ?? '') : null,
    })
  }
  orgs.forEach((o, i) => {
    if (!usedOrg.has(i))
      out.push({ field: 'boilerplateOrgs', ok: false, expected: '(none)', actual: o })
  })
  return out
}

/** The version of `lang` read from `file` (by language, else the file's first version). */
export function versionFor(release: Release, file: string, lang: string): Version | null {
  const fromFile = release.versions.filter((v) => release.sources[v.source]?.file === file)
  return fromFile.find((v) => v.lang === lang) ?? fromFile[0] ?? null
}

/** Scores one fixture folder; null when it has no gold.json. */
export function scoreFixture(dir: string): FieldResult[] | null {
  const goldPath = join(dir, 'gold.json')
  if (!existsSync(goldPath)) return null
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as {
    versions: Record<string, GoldVersion>
  }
  const langs = Object.keys(gold.versions).filter((l) => existsSync(join(dir, `${l}.txt`)))
  const sources = langs.map((l) => ({
    file: `${l}.txt`,
    format: 'text' as const,
    text: readFileSync(join(dir, `${l}.txt`), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n'),
  }))
  let release: Release | null = null
  try {
    release = parseRelease(sources)
  } catch (e) {
    // A release the reader refuses scores as nothing found; a crash is a bug and must surface.
    if (!isParseError(e)) throw e
    release = null
  }
  const out: FieldResult[] = []
  for (const lang of langs) {
    const gv = gold.versions[lang]
    if (!gv) continue
    const v = release ? versionFor(release, `${lang}.txt`, lang) : null
    for (const r of compareVersion(gv, v)) out.push({ ...r, field: r.field, expected: r.expected })
  }
  return out
}

/** Sums results per field: [field, correct, total]. */
export function summarize(results: FieldResult[]): [string, number, number][] {
  const map = new Map<string, [number, number]>()
  for (const r of results) {
    const cur = map.get(r.field) ?? [0, 0]
    cur[0] += r.ok ? 1 : 0
    cur[1] += 1
    map.set(r.field, cur)
  }
  return [...map.entries()].map(([f, [c, t]]) => [f, c, t])
}

function main(argv: string[]): void {
  const verbose = argv.includes('-v') || argv.includes('--verbose')
  const root = argv.find((a) => !a.startsWith('-')) ?? 'test/fixtures'
  const all: FieldResult[] = []
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name)
    const results = scoreFixture(dir)
    if (!results) continue
    all.push(...results)
    const ok = results.filter((r) => r.ok).length
    console.log(`${name}: ${ok}/${results.length}`)
    if (verbose)
      for (const r of results.filter((x) => !x.ok))
        console.log(
          `  ✗ ${r.field}: expected ${JSON.stringify(r.expected)}, got ${JSON.stringify(r.actual)}`,
        )
  }
  console.log('')
  for (const [field, c, t] of summarize(all))
    console.log(
      `${field.padEnd(22)} ${String(c).padStart(4)}/${String(t).padEnd(4)} ${(c / t).toFixed(3)}`,
    )
  const correct = all.filter((r) => r.ok).length
  console.log(
    `${'overall'.padEnd(22)} ${String(correct).padStart(4)}/${String(all.length).padEnd(4)} ${(all.length ? correct / all.length : 0).toFixed(3)}`,
  )
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2))
