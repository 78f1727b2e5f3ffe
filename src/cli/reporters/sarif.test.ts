import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import AjvDraft04 from 'ajv-draft-04'
import { checkRelease, rules } from '../../check/index.js'
import { parseRelease } from '../../parse/index.js'
import { toSarif } from './sarif.js'

const Ajv = AjvDraft04.default
const require = createRequire(import.meta.url)
// The official SARIF 2.1.0 schema (OASIS, rtm.5), as shipped by Microsoft's jest-sarif package.
const schemaPath = join(
  dirname(require.resolve('@microsoft/jest-sarif/package.json')),
  'lib/schemas/sarif-2.1.0-rtm.5.json',
)
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'))
const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const text = readFileSync(
  join(root, 'test/fixtures/01-alianza-americas-2021-06-10/release.txt'),
  'utf8',
)

describe('toSarif', () => {
  const release = parseRelease([{ file: 'dir name/release.txt', format: 'text', text }])
  const diagnostics = checkRelease(release)
  const log = toSarif(diagnostics, { rules, locale: 'en', version: '0.1.0' }) as {
    runs: { tool: { driver: { rules: { id: string }[] } }; results: Record<string, unknown>[] }[]
  }

  it('validates against the official SARIF 2.1.0 schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
    const validate = ajv.compile(schema)
    const ok = validate(log)
    assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2))
  })

  it('carries every rule in tool.driver.rules and one result per diagnostic', () => {
    const run = log.runs[0]
    assert.equal(log.runs.length, 1)
    assert.deepEqual(
      run?.tool.driver.rules.map((r) => r.id),
      rules.map((r) => r.id),
    )
    assert.equal(run?.results.length, diagnostics.length)
  })

  it('gives each result its region and a URI-encoded artifact', () => {
    const result = log.runs[0]?.results.find((r) => r.ruleId === 'invalid-email') as {
      level: string
      locations: {
        physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> }
      }[]
    }
    assert.equal(result.level, 'error')
    const location = result.locations[0]?.physicalLocation
    assert.equal(location?.artifactLocation.uri, 'dir%20name/release.txt')
    assert.deepEqual(location?.region, {
      startLine: 3,
      startColumn: 36,
      endLine: 3,
      endColumn: 53,
      charOffset: text.indexOf('[email'),
      charLength: 17,
    })
  })

  it('a schema-invalid log is caught (the validator can fail)', () => {
    const ajv = new Ajv({ strict: false, unicodeRegExp: false })
    assert.equal(ajv.validate(schema, { version: '2.1.0', runs: [{ results: [] }] }), false)
  })
})
