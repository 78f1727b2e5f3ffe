/**
 * Acceptance on fixture 01 (Alianza Americas, 2021): every defect listed in its source.md is
 * reported at its place, in each language where it occurs — read as one file (release.txt) and
 * as two (en.txt + es.txt) — and no error-severity diagnostic is reported anywhere else.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { type Diagnostic, primaryLang, type Source } from '../../core/index.js'
import { parseRelease } from '../../parse/index.js'
import { checkRelease } from '../check-release.js'

const dir = new URL('../../../test/fixtures/01-alianza-americas-2021-06-10/', import.meta.url)

function source(file: string): Source {
  return { file, format: 'text', text: readFileSync(fileURLToPath(new URL(file, dir)), 'utf8') }
}

/** A defect of the fixture: which rules may report it, in which language, on which text. */
interface Defect {
  what: string
  rules: string[]
  lang: 'en' | 'es'
  /** Text at the defect's place; every occurrence in that language's version must be reported. */
  at: string
  /** Alternative texts of the same defect (any occurrence of any of them is its place). */
  or?: string[]
  /** Report each occurrence (true) or the defect once, at any occurrence (false). */
  each: boolean
}

const defects: Defect[] = [
  {
    what: 'dangling attribution',
    rules: ['dangling-attribution'],
    lang: 'en',
    at: 'stated Matt Nelson, executive director of',
    each: true,
  },
  {
    what: 'dangling attribution',
    rules: ['dangling-attribution'],
    lang: 'es',
    at: 'afirmó Matt Nelson, director ejecutivo de',
    each: true,
  },
  {
    what: 'boilerplate with a missing name',
    rules: ['missing-subject'],
    lang: 'en',
    at: '### is',
    each: true,
  },
  {
    what: 'boilerplate with a missing name',
    rules: ['missing-subject'],
    lang: 'es',
    at: '### es el grupo',
    each: true,
  },
  {
    what: 'coordination with a missing member',
    rules: ['missing-coordinate'],
    lang: 'en',
    at: 'Alianza Americas and will continue',
    each: true,
  },
  {
    what: 'coordination with a missing member',
    rules: ['missing-coordinate'],
    lang: 'es',
    at: 'Alianza Americas y continuarán',
    each: true,
  },
  {
    what: 'invalid e-mail',
    rules: ['invalid-email'],
    lang: 'en',
    at: '[email\u00a0protected]',
    each: true,
  },
  {
    what: 'invalid e-mail',
    rules: ['invalid-email'],
    lang: 'es',
    at: '[email\u00a0protected]',
    each: true,
  },
  {
    what: 'number found in one version only',
    rules: ['number-mismatch'],
    lang: 'es',
    at: 'más de 500,000 miembros',
    each: true,
  },
  {
    what: 'spelling variants of one term',
    rules: ['term-variants'],
    lang: 'es',
    at: 'EE. UU.',
    or: ['EE.UU.'],
    each: false,
  },
]

/** The occurrences of a defect's texts inside the version of its language. */
function places(release: ReturnType<typeof parseRelease>, defect: Defect) {
  const out: { file: string; start: number; end: number }[] = []
  for (const version of release.versions) {
    if (primaryLang(version.lang) !== defect.lang) continue
    const src = release.sources[version.source]
    if (!src) continue
    for (const needle of [defect.at, ...(defect.or ?? [])]) {
      let at = src.text.indexOf(needle, version.start)
      while (at >= 0 && at < version.end) {
        out.push({ file: src.file, start: at, end: at + needle.length })
        at = src.text.indexOf(needle, at + 1)
      }
    }
  }
  return out
}

function overlaps(d: Diagnostic, place: { file: string; start: number; end: number }): boolean {
  const start = d.place?.start.offset ?? -1
  const end = d.place?.end.offset ?? -1
  return d.file === place.file && start < place.end && place.start < Math.max(end, start + 1)
}

function describeDiagnostic(d: Diagnostic, sources: Source[]): string {
  const text = sources
    .find((s) => s.file === d.file)
    ?.text.slice(d.place?.start.offset ?? 0, d.place?.end.offset ?? 0)
  return `${d.file}:${d.place?.start.line} ${d.severity} ${d.ruleId} [${d.lang}] ${JSON.stringify(text)}`
}

const forms: [string, string[]][] = [
  ['one file (release.txt)', ['release.txt']],
  ['two files (en.txt + es.txt)', ['en.txt', 'es.txt']],
]

for (const [form, files] of forms) {
  describe(`fixture 01 read as ${form}`, () => {
    const sources = files.map(source)
    const release = parseRelease(sources)
    const diagnostics = checkRelease(release)

    it('reads an English and a Spanish version', () => {
      assert.deepEqual(
        release.versions.map((v) => primaryLang(v.lang)),
        ['en', 'es'],
      )
    })

    for (const defect of defects)
      it(`reports the ${defect.what} (${defect.lang.toUpperCase()}: “${defect.at}”)`, () => {
        const where = places(release, defect)
        assert.ok(where.length > 0, `the fixture no longer holds “${defect.at}”`)
        const reported = (p: (typeof where)[number]) =>
          diagnostics.some(
            (d) =>
              defect.rules.includes(d.ruleId) &&
              primaryLang(d.lang ?? '') === defect.lang &&
              overlaps(d, p),
          )
        const missing = defect.each
          ? where.filter((p) => !reported(p))
          : where.some(reported)
            ? []
            : where
        assert.deepEqual(
          missing.map((p) => `${p.file}@${p.start}`),
          [],
          `not reported by ${defect.rules.join('/')}; got:\n${diagnostics.map((d) => describeDiagnostic(d, sources)).join('\n')}`,
        )
      })

    it('reports no error anywhere else', () => {
      const expected = defects.flatMap((defect) => places(release, defect))
      const stray = diagnostics.filter(
        (d) => d.severity === 'error' && !expected.some((p) => overlaps(d, p)),
      )
      assert.deepEqual(
        stray.map((d) => describeDiagnostic(d, sources)),
        [],
      )
    })
  })
}
