/**
 * Acceptance on every fixture release but 01: each error-severity diagnostic is a real defect
 * listed in test/fixtures/known-defects.json — `{ "<fixture>": [{ ruleId, lang, text, why }] }`
 * where `text` is exactly the text the diagnostic spans — and every listed defect is reported.
 * A fixture is checked as its language files (en.txt + es.txt, or the single one) and, when it
 * has one, as its one-file release.txt; both readings must give the listed errors.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { primaryLang, type Source } from '../../core/index.js'
import { parseRelease } from '../../parse/index.js'
import { checkRelease } from '../check-release.js'

/** One listed defect. */
interface KnownDefect {
  ruleId: string
  lang: string
  text: string
  why: string
}

const root = new URL('../../../test/fixtures/', import.meta.url)
const known = JSON.parse(
  readFileSync(fileURLToPath(new URL('known-defects.json', root)), 'utf8'),
) as Record<string, KnownDefect[]>

function read(dir: string, file: string): Source {
  const text = readFileSync(fileURLToPath(new URL(`${dir}/${file}`, root)), 'utf8')
  return { file, format: 'text', text: text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n') }
}

/** The readings of a fixture: its language files, and its one-file release when it has one. */
function readings(dir: string): [string, Source[]][] {
  const has = (f: string) => existsSync(fileURLToPath(new URL(`${dir}/${f}`, root)))
  const langFiles = ['en.txt', 'es.txt'].filter(has)
  const out: [string, Source[]][] = [[langFiles.join(' + '), langFiles.map((f) => read(dir, f))]]
  if (has('release.txt')) out.push(['release.txt', [read(dir, 'release.txt')]])
  return out
}

/** `ruleId [lang] "text"`: how an error is compared with the list. */
function signature(d: { ruleId: string; lang: string; text: string }): string {
  return `${d.ruleId} [${primaryLang(d.lang)}] ${JSON.stringify(d.text)}`
}

const fixtures = readdirSync(fileURLToPath(root), { withFileTypes: true })
  .filter((e) => e.isDirectory() && /^\d\d-/.test(e.name) && !e.name.startsWith('01-'))
  .map((e) => e.name)
  .sort()

describe('known defects of the fixture releases', () => {
  it('lists only fixtures that exist, with complete entries', () => {
    for (const [name, list] of Object.entries(known)) {
      assert.ok(fixtures.includes(name), `known-defects.json names a missing fixture ${name}`)
      for (const d of list)
        assert.ok(d.ruleId && d.lang && d.text && d.why, `incomplete entry in ${name}`)
    }
  })

  for (const name of fixtures)
    for (const [form, sources] of readings(name))
      it(`${name} (${form}): every error is a listed defect and every listed defect is reported`, () => {
        const release = parseRelease(sources)
        const errors = checkRelease(release)
          .filter((d) => d.severity === 'error')
          .map((d) => {
            const src = sources.find((s) => s.file === d.file)
            const text = src?.text.slice(d.place?.start.offset ?? 0, d.place?.end.offset ?? 0) ?? ''
            return signature({ ruleId: d.ruleId, lang: d.lang ?? '', text })
          })
          .sort()
        const listed = (known[name] ?? []).map(signature).sort()
        assert.deepEqual(errors, listed)
      })
})
