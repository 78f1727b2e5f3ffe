/**
 * Fixture tests: every folder of test/fixtures is parsed as `comunicado parse en.txt es.txt`
 * would, and the result must equal its expected.json (the `parse --format json` output). Run
 * with UPDATE_FIXTURES=1 to rewrite them, then review every change by hand: they are assertions.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Source } from '../core/release.js'
import { toParseJson } from './parse-json.js'
import { parseRelease } from './parse-release.js'

const root = fileURLToPath(new URL('../../test/fixtures/', import.meta.url))
const update = process.env.UPDATE_FIXTURES === '1'

function read(dir: string, file: string): Source {
  const text = readFileSync(join(dir, file), 'utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
  return { file, format: 'text', text }
}

function versionFiles(dir: string): string[] {
  return ['en.txt', 'es.txt'].filter((f) => existsSync(join(dir, f)))
}

describe('fixtures', () => {
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name)
    const files = versionFiles(dir)
    if (files.length === 0) continue
    it(`parses ${name} as its expected.json says`, () => {
      const json = toParseJson(parseRelease(files.map((f) => read(dir, f))))
      const expectedPath = join(dir, 'expected.json')
      if (update) {
        writeFileSync(expectedPath, `${JSON.stringify(json, null, 2)}\n`)
        return
      }
      assert.ok(
        existsSync(expectedPath),
        `${name}/expected.json is missing: run with UPDATE_FIXTURES=1, then review it by hand`,
      )
      assert.deepEqual(json, JSON.parse(readFileSync(expectedPath, 'utf8')))
    })

    if (existsSync(join(dir, 'release.txt')))
      it(`reads ${name}/release.txt into the same versions as its separate files`, () => {
        const whole = parseRelease([read(dir, 'release.txt')])
        const apart = parseRelease(files.map((f) => read(dir, f)))
        const facts = (r: typeof whole) =>
          r.versions.map((v) => ({
            lang: v.lang,
            date: v.date?.iso ?? null,
            headline: v.headline?.text ?? null,
            dateline: v.dateline?.place ?? null,
            contacts: v.contacts.map((c) => [c.name, c.phone, c.email]),
            endMark: v.endMark?.text ?? null,
            quotes: v.quotes.map((q) => [q.text, q.speaker?.name ?? null]),
            boilerplates: v.boilerplates.map((b) => b.organization),
          }))
        const byLang = (xs: ReturnType<typeof facts>) =>
          [...xs].sort((a, b) => a.lang.localeCompare(b.lang))
        assert.deepEqual(byLang(facts(whole)), byLang(facts(apart)))
      })
  }
})
