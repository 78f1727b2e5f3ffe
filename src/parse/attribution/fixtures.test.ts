/**
 * The attribution reader against the hand-made gold files of test/fixtures: quotes (start,
 * speaker, organization) and boilerplate organizations, per version. Blocks come from this
 * folder's simple line splitter, so the test pins this folder's behaviour, not the structure
 * reader's. Fixture 01 is the acceptance case and must match exactly; differences with
 * the other gold files are listed by name below, so a new one fails the test.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { extractBoilerplates } from './boilerplates.js'
import { extractQuotes } from './extract-quotes.js'
import { paragraphBlocks } from './paragraph-blocks.js'
import { fold } from './text-scan.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures')

interface GoldQuote {
  start: string
  speaker: string | null
  organization: string | null
}

/** Differences from gold that are known and explained (see docs/quotes.md, "Limits"). */
const known = new Set([
  // Gold counts “…”, dijo X. “…”. as one quote; here a quote after a full stop is a new one.
  '14-sierra-club-executive-committee-2019/es quotes: extra "No podemos desperdicia"',
  // The organization (SEIU) is only in a sentence that lost the speaker's name.
  '16-single-es-seiu-white-house-meeting-2010/es quote 0: organization null, gold "SEIU"',
])

function norm(s: string | null): string {
  return fold(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}

function compare(
  name: string,
  lang: string,
  text: string,
  gold: Record<string, unknown>,
): string[] {
  const blocks = paragraphBlocks(text, (gold.headline as string | null) ?? null)
  const quotes = extractQuotes(text, blocks, lang)
  const problems: string[] = []
  const goldQuotes = (gold.quotes as GoldQuote[]) ?? []
  const used = new Set<number>()
  goldQuotes.forEach((g, i) => {
    const k = quotes.findIndex((q, j) => !used.has(j) && norm(q.text).startsWith(norm(g.start)))
    if (k < 0) {
      problems.push(`${name}/${lang} quote ${i}: missing "${g.start}"`)
      return
    }
    used.add(k)
    const s = quotes[k]?.speaker
    if (norm(s?.name ?? null) !== norm(g.speaker))
      problems.push(`${name}/${lang} quote ${i}: speaker ${s?.name ?? null}, gold "${g.speaker}"`)
    if (norm(s?.organization ?? null) !== norm(g.organization))
      problems.push(
        `${name}/${lang} quote ${i}: organization ${s?.organization ?? null}, gold "${g.organization}"`,
      )
  })
  quotes.forEach((q, j) => {
    if (!used.has(j)) problems.push(`${name}/${lang} quotes: extra "${q.text.slice(0, 22)}"`)
  })
  const orgs = extractBoilerplates(text, blocks, lang).map((b) => norm(b.organization))
  const goldOrgs = ((gold.boilerplateOrgs as string[]) ?? []).map((o) => norm(o))
  if (JSON.stringify(orgs) !== JSON.stringify(goldOrgs))
    problems.push(
      `${name}/${lang} boilerplates: ${JSON.stringify(orgs)}, gold ${JSON.stringify(goldOrgs)}`,
    )
  return problems
}

const cases = readdirSync(root)
  .filter((d) => existsSync(join(root, d, 'gold.json')))
  .sort()

describe('attribution against gold fixtures', () => {
  it('finds fixture folders with gold files', () => assert.ok(cases.length >= 4))

  for (const name of cases) {
    it(`matches ${name}`, () => {
      const gold = JSON.parse(readFileSync(join(root, name, 'gold.json'), 'utf8'))
      const problems: string[] = []
      for (const [lang, version] of Object.entries<Record<string, unknown>>(gold.versions)) {
        const file = join(root, name, `${lang}.txt`)
        if (!existsSync(file)) continue
        const text = readFileSync(file, 'utf8')
          .replace(/^\ufeff/, '')
          .replace(/\r\n?/g, '\n')
        problems.push(...compare(name, lang, text, version))
      }
      assert.deepEqual(
        problems.filter((p) => !known.has(p)),
        [],
      )
    })
  }

  it('reads fixture 01 as the issue accepts it, in both languages', () => {
    for (const lang of ['en', 'es']) {
      const text = readFileSync(join(root, '01-alianza-americas-2021-06-10', `${lang}.txt`), 'utf8')
      const blocks = paragraphBlocks(text)
      const quotes = extractQuotes(text, blocks, lang)
      assert.deepEqual(
        quotes.map((q) => [q.speaker?.name, q.speaker?.organization]),
        [
          ['Oscar Chacon', 'Alianza Americas'],
          ['Matt Nelson', null],
          ['Oscar Chacon', 'Alianza Americas'],
        ],
      )
      assert.deepEqual(
        quotes.map((q) => q.attribution?.verb),
        lang === 'en' ? ['stated', 'stated', 'concluded'] : ['aseguró', 'afirmó', 'concluyó'],
      )
      assert.deepEqual(
        extractBoilerplates(text, blocks, lang).map((b) => b.organization),
        [null, 'Alianza Americas'],
      )
    }
  })
})
