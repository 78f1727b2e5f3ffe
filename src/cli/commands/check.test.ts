import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { nodeIo } from '../io.js'
import { main } from '../main.js'
import { createMemoryIo } from '../memory-io.js'
import type { CheckIo } from './check.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const fixture = join(root, 'test/fixtures/01-alianza-americas-2021-06-10')
const read = (name: string): string => readFileSync(join(fixture, name), 'utf8')

const clean = `FOR IMMEDIATE RELEASE
March 15, 2024

Contact: Ana Pérez | (312) 555-0142 | ana@example.org

Coalition Welcomes New Protections for Farm Workers

CHICAGO – The Farm Worker Coalition welcomed the the decision by the state legislature.

“This is a victory for every family that works the land,” said Ana Pérez, director of the Farm Worker Coalition.

###

Farm Worker Coalition is a network of 40 organizations that defend the rights of farm workers.
`

const files: Record<string, string> = {
  'release.txt': read('release.txt'),
  'en.txt': read('en.txt'),
  'es.txt': read('es.txt'),
  'clean.txt': clean,
  'page.html': `<html><body><p>March 15, 2024</p><h1>Coalition welcomes the new law</h1><p>CHICAGO – The the coalition said the law is a step forward for families.</p></body></html>`,
  'notes.md': `# Coalition Welcomes New Protections\n\n**CHICAGO** – The coalition *welcomed* the the decision by the state legislature today.\n`,
  '-': clean,
  'es.json': JSON.stringify({ locale: 'es' }),
  'strict.json': JSON.stringify({ rules: { 'doubled-words': 'error' } }),
  'bad.json': JSON.stringify({ rules: { 'doubled-word': 'error' } }),
  'package.json': JSON.stringify({ name: 'x', comunicado: { extends: 'none' } }),
}

async function run(argv: string[], extra: Partial<CheckIo> = {}) {
  const memory = createMemoryIo(files)
  const io: CheckIo = { ...memory.io, cwd: '/nonexistent-dir-for-tests', ...extra }
  const code = await main(argv, io)
  return { code, stdout: memory.stdout(), stderr: memory.stderr() }
}

describe('comunicado check', () => {
  it('exits 1 on the Alianza Americas release and reports each named defect in both languages', async () => {
    const { code, stdout } = await run(['check', 'release.txt', '--format', 'json'])
    assert.equal(code, 1)
    const { diagnostics } = JSON.parse(stdout) as {
      diagnostics: { ruleId: string; lang: string; severity: string; start: { line: number } }[]
    }
    const emails = diagnostics.filter((d) => d.ruleId === 'invalid-email')
    assert.deepEqual(
      emails.map((d) => [d.lang, d.start.line]),
      [
        ['en', 3],
        ['en', 4],
        ['es', 27],
        ['es', 28],
      ],
    )
    const variants = diagnostics.filter((d) => d.ruleId === 'term-variants')
    assert.deepEqual(
      variants.map((d) => [d.lang, d.start.line]),
      [['es', 30]],
    )
  })

  it('prints the JSON contract: ruleId, severity, message, lang, file, start and end points', async () => {
    const { stdout } = await run(['check', 'en.txt', 'es.txt', '--format', 'json'])
    const [first] = (JSON.parse(stdout) as { diagnostics: Record<string, unknown>[] }).diagnostics
    for (const key of ['ruleId', 'severity', 'message', 'lang', 'file', 'start', 'end'])
      assert.ok(first && key in first, key)
    assert.deepEqual(Object.keys(first?.start as object), ['line', 'column', 'offset'])
  })

  it('prints text grouped per file with the line and a caret, without colour off a terminal', async () => {
    const { stdout } = await run(['check', 'clean.txt'])
    const lines = stdout.split('\n')
    assert.equal(lines[0], 'clean.txt')
    const at = lines.findIndex((l) => l.startsWith('clean.txt:8:'))
    assert.match(lines[at] ?? '', /^clean\.txt:8:\d+: warning .*doubled-words$/)
    assert.match(
      lines[at + 1] ?? '',
      /^ {2}8 \| CHICAGO – The Farm Worker Coalition welcomed the the decision/,
    )
    assert.match(lines[at + 2] ?? '', /^ {4}\| +\^{7}$/)
    assert.ok(!stdout.includes('\u001b['))
  })

  it('colours the text on a terminal', async () => {
    const { stdout } = await run(['check', 'clean.txt'], { isTty: true })
    assert.ok(stdout.includes('\u001b[33mwarning'))
  })

  it('exits 0 when nothing is an error, and 1 when the configuration makes it one', async () => {
    assert.equal((await run(['check', 'clean.txt'])).code, 0)
    assert.equal((await run(['check', 'clean.txt', '--config', 'strict.json'])).code, 1)
  })

  it('reads the comunicado key of a package.json given as --config', async () => {
    const { stdout } = await run([
      'check',
      'release.txt',
      '--config',
      'package.json',
      '--format',
      'json',
    ])
    assert.deepEqual(JSON.parse(stdout), { diagnostics: [] })
  })

  it('writes messages in Spanish with --locale es', async () => {
    const { stdout } = await run(['check', 'clean.txt', '--locale', 'es'])
    assert.match(stdout, /«the» está escrito dos veces\./)
    assert.match(stdout, /advertencia/)
  })

  it('takes the locale from the configuration when --locale is not given', async () => {
    const { stdout } = await run(['check', 'clean.txt', '--config', 'es.json'])
    assert.match(stdout, /«the» está escrito dos veces\./)
  })

  it('prints SARIF 2.1.0 with the rules and one result per diagnostic', async () => {
    const json = await run(['check', 'clean.txt', '--format', 'json'])
    const { stdout, code } = await run(['check', 'clean.txt', '--format', 'sarif'])
    assert.equal(code, 0)
    const log = JSON.parse(stdout) as {
      version: string
      runs: { tool: { driver: { rules: unknown[] } }; results: unknown[] }[]
    }
    assert.equal(log.version, '2.1.0')
    assert.ok((log.runs[0]?.tool.driver.rules.length ?? 0) > 10)
    assert.equal(
      log.runs[0]?.results.length,
      (JSON.parse(json.stdout) as { diagnostics: unknown[] }).diagnostics.length,
    )
  })

  it('exits 2 with one line for a bad configuration, a missing file and a bad option', async () => {
    const bad = await run(['check', 'clean.txt', '--config', 'bad.json'])
    assert.equal(bad.code, 2)
    assert.equal(
      bad.stderr,
      'comunicado: bad.json: rules.doubled-word: unknown rule (did you mean "doubled-words"?)\n',
    )
    assert.equal(bad.stdout, '')
    const missing = await run(['check', 'nope.txt'])
    assert.equal(missing.code, 2)
    assert.match(missing.stderr, /nope\.txt: no such file/)
    assert.equal((await run(['check', 'clean.txt', '--format', 'xml'])).code, 2)
    assert.equal((await run(['check', 'clean.txt', '--locale', 'fr'])).code, 2)
  })

  it('refuses --fix on HTML and writes nothing', async () => {
    const writes: string[] = []
    const { code, stderr } = await run(['check', 'page.html', '--fix'], {
      writeText: async (file) => {
        writes.push(file)
      },
    })
    assert.equal(code, 2)
    assert.match(stderr, /page\.html: --fix rewrites only plain-text and Markdown files, not HTML/)
    assert.deepEqual(writes, [])
  })

  it('--fix applies safe fixes, reports what is left, and keeps suggestions for a person', async () => {
    const written = new Map<string, string>()
    const { code, stdout } = await run(['check', 'clean.txt', '--fix', '--format', 'json'], {
      writeText: async (file, text) => {
        written.set(file, text)
      },
    })
    assert.equal(code, 0)
    assert.equal(written.get('clean.txt'), clean.replace('the the', 'the'))
    const left = (JSON.parse(stdout) as { diagnostics: { ruleId: string }[] }).diagnostics
    assert.ok(!left.some((d) => d.ruleId === 'doubled-words'))
  })

  it('--fix edits a Markdown file in place of its text and keeps the markup', async () => {
    const written = new Map<string, string>()
    const { code } = await run(['check', 'notes.md', '--fix', '--lang', 'en'], {
      writeText: async (file, text) => {
        written.set(file, text)
      },
    })
    assert.equal(code, 0)
    assert.equal(
      written.get('notes.md'),
      '# Coalition Welcomes New Protections\n\n**CHICAGO** – The coalition *welcomed* the decision by the state legislature today.\n',
    )
  })

  it('checks standard input but refuses to --fix it', async () => {
    assert.equal((await run(['check', '-'])).code, 0)
    const { code, stderr } = await run(['check', '-', '--fix'])
    assert.equal(code, 2)
    assert.match(stderr, /--fix cannot rewrite standard input/)
  })

  it('--fix rewrites a real file atomically and keeps CRLF line endings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comunicado-fix-'))
    const file = join(dir, 'release.txt')
    writeFileSync(file, clean.replace(/\n/g, '\r\n'))
    const out: string[] = []
    const code = await main(['check', file, '--fix'], {
      ...nodeIo,
      stdout: (s) => out.push(s),
      stderr: () => undefined,
      isTty: false,
    })
    assert.equal(code, 0)
    assert.equal(readFileSync(file, 'utf8'), clean.replace('the the', 'the').replace(/\n/g, '\r\n'))
    assert.deepEqual(readdirSync(dir), ['release.txt'])
  })

  it('exits with the real process code and one stderr line when run as a program', () => {
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/run.ts'), 'check', join(fixture, 'release.txt')],
      { encoding: 'utf8', cwd: root },
    )
    assert.equal(result.status, 1)
    assert.match(result.stdout, /invalid-email/)
    const bad = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/run.ts'), 'check', 'missing.txt'],
      {
        encoding: 'utf8',
        cwd: root,
      },
    )
    assert.equal(bad.status, 2)
    assert.equal(bad.stdout, '')
    assert.equal(bad.stderr.trim().split('\n').length, 1)
  })
})

describe('comunicado rules', () => {
  it('lists every rule with its severity and summary', async () => {
    const { code, stdout } = await run(['rules'])
    assert.equal(code, 0)
    assert.match(stdout, /^doubled-words +warning +fix +A word is repeated/m)
    assert.match(stdout, /^invalid-email +error/m)
  })

  it('explains a rule from its examples, in Spanish on request', async () => {
    const { stdout } = await run(['rules', '--explain', 'doubled-words'])
    assert.match(stdout, /^# doubled-words/)
    assert.match(stdout, /“the” is written twice\./)
    const es = await run(['rules', '--explain', 'doubled-words', '--locale', 'es'])
    assert.match(es.stdout, /Gravedad por defecto/)
  })

  it('exits 2 for an unknown rule, suggesting near ids', async () => {
    const { code, stderr } = await run(['rules', '--explain', 'doubled'])
    assert.equal(code, 2)
    assert.match(stderr, /no rule "doubled" \(did you mean "doubled-words"\?\)/)
  })
})
