import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { main } from '../main.js'
import { createMemoryIo } from '../memory-io.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..')
const fixture = join(root, 'test/fixtures/01-alianza-americas-2021-06-10')
const read = (name: string): string => readFileSync(join(fixture, name), 'utf8')

const files = {
  'release.txt': read('release.txt'),
  'en.txt': read('en.txt'),
  'es.txt': read('es.txt'),
  'empty.txt': '',
  'binary.txt': new Uint8Array([0x41, 0, 0x42, 0, 0, 1, 2, 3]),
  'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a]),
  'page.html': `<html><body><script>x()</script><p>June 10, 2021</p><h1>Headline for the page</h1>
    <p>CHICAGO – The coalition said the new policy is a step forward for families.</p></body></html>`,
  'notes.md':
    '# Title of the release\n\n**CHICAGO** – The coalition said the policy is a step forward.\n',
  '-': 'June 10, 2021\n\nHeadline of the day\n\nCHICAGO – The coalition said it is a step.\n',
}

async function run(...argv: string[]) {
  const memory = createMemoryIo(files)
  const code = await main(argv, memory.io)
  return { code, stdout: memory.stdout(), stderr: memory.stderr() }
}

const versionKeys = [
  'blocks',
  'boilerplates',
  'contacts',
  'date',
  'dateline',
  'endMark',
  'file',
  'headline',
  'lang',
  'quotes',
  'subheadline',
]

describe('comunicado parse', () => {
  it('prints the JSON contract for one file holding both versions', async () => {
    const { code, stdout, stderr } = await run('parse', 'release.txt', '--format', 'json')
    assert.equal(code, 0)
    assert.equal(stderr, '')
    const json = JSON.parse(stdout)
    assert.deepEqual(Object.keys(json), ['versions'])
    assert.deepEqual(
      json.versions.map((v: { lang: string; file: string }) => [v.lang, v.file]),
      [
        ['en', 'release.txt'],
        ['es', 'release.txt'],
      ],
    )
    const text = files['release.txt']
    for (const version of json.versions) {
      assert.deepEqual(Object.keys(version).sort(), versionKeys)
      assert.equal(version.date, '2021-06-10')
      assert.equal(version.endMark, '###')
      for (const block of version.blocks)
        assert.equal(text.slice(block.start, block.end), block.text)
    }
  })

  it('reads one file per language as the versions of one release', async () => {
    const { code, stdout } = await run('parse', 'en.txt', 'es.txt', '--format', 'json')
    assert.equal(code, 0)
    const json = JSON.parse(stdout)
    assert.deepEqual(
      json.versions.map((v: { lang: string; file: string }) => `${v.lang}:${v.file}`),
      ['en:en.txt', 'es:es.txt'],
    )
  })

  it('prints a readable outline of each version with --format text (the default)', async () => {
    const { code, stdout, stderr } = await run('parse', 'release.txt')
    assert.equal(code, 0)
    assert.equal(stderr, '')
    assert.match(stdout, /^release\.txt · en · L1-/)
    assert.match(stdout, /\nrelease\.txt · es · L\d+-\d+\n/)
    assert.match(stdout, /date {8}2021-06-10 {2}“June 10, 2021” \(L1\)/)
    assert.match(stdout, /\n {6}0 {2}date {9}L1 {7}June 10, 2021\n/)
    assert.match(stdout, /end mark {4}### \(L\d+\)/)
  })

  it('reads HTML, Markdown and standard input', async () => {
    const html = JSON.parse(
      (await run('parse', 'page.html', '--format', 'json', '--lang', 'en')).stdout,
    )
    assert.equal(html.versions[0].blocks[0].text, 'June 10, 2021')
    assert.ok(!JSON.stringify(html).includes('x()'))
    const md = await run('parse', 'notes.md', '--format', 'json', '--lang', 'en')
    assert.equal(JSON.parse(md.stdout).versions[0].headline, 'Title of the release')
    const stdin = JSON.parse((await run('parse', '-', '--format', 'json')).stdout)
    assert.equal(stdin.versions[0].file, '-')
    assert.equal(stdin.versions[0].date, '2021-06-10')
  })

  const failures: [string, string[], RegExp][] = [
    ['a missing file', ['parse', 'nope.txt'], /^comunicado: nope\.txt: no such file\n$/],
    ['an empty file', ['parse', 'empty.txt'], /^comunicado: empty\.txt: empty file\n$/],
    ['a binary file', ['parse', 'binary.txt'], /^comunicado: binary\.txt: binary file, not text/],
    [
      'a file that is not UTF-8',
      ['parse', 'latin1.txt'],
      /latin1\.txt: not valid UTF-8 \(byte 0xE9 on line 1\)/,
    ],
    [
      'an unsupported extension',
      ['parse', 'r.pdf'],
      /^comunicado: r\.pdf: PDF files are not supported/,
    ],
    [
      'an unknown output format',
      ['parse', 'en.txt', '--format', 'xml'],
      /argument 'xml' is invalid/,
    ],
    ['an unsupported language', ['parse', 'en.txt', '--lang', 'fr'], /unsupported language 'fr'/],
    ['a malformed language', ['parse', 'en.txt', '--lang', 'e!'], /'e!' is not a language tag/],
    [
      'an unknown input format',
      ['parse', 'en.txt', '--input-format', 'pdf'],
      /'pdf' is not one of/,
    ],
    ['standard input twice', ['parse', '-', '-'], /standard input \(-\) can be read only once/],
    ['no file at all', ['parse'], /missing required argument/],
  ]
  for (const [name, argv, message] of failures)
    it(`exits 2 with one line on stderr and nothing on stdout for ${name}`, async () => {
      const { code, stdout, stderr } = await run(...argv)
      assert.equal(code, 2)
      assert.equal(stdout, '')
      assert.match(stderr, message)
      assert.equal(stderr.trimEnd().split('\n').length, 1, stderr)
    })

  it('reads the shipped example as one file and as one file per language alike', async () => {
    const example = 'examples/alianza-americas-2021'
    const disk = async (...argv: string[]) => {
      let out = ''
      const code = await main(argv, {
        stdout: (t) => {
          out += t
        },
        stderr: (t) => assert.fail(t),
        readBytes: async (f) => new Uint8Array(readFileSync(join(root, f))),
        isTty: false,
      })
      assert.equal(code, 0)
      return JSON.parse(out).versions as {
        file: string
        blocks: { kind: string; text: string }[]
      }[]
    }
    const facts = (versions: Awaited<ReturnType<typeof disk>>) =>
      versions.map(({ file: _file, blocks, ...rest }) => ({
        ...JSON.parse(JSON.stringify(rest, (k, v) => (k === 'start' || k === 'end' ? 0 : v))),
        blocks: blocks.map((b) => `${b.kind}: ${b.text}`),
      }))
    const one = await disk('parse', `${example}/release.txt`, '--format', 'json')
    const two = await disk('parse', `${example}/en.txt`, `${example}/es.txt`, '--format', 'json')
    assert.equal(one.length, 2)
    assert.deepEqual(facts(one), facts(two))
  })

  it('exits 2 with the reason when the real process is given a bad file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'comunicado-'))
    const bad = join(dir, 'bad.txt')
    writeFileSync(bad, new Uint8Array([0, 1, 2, 3, 0, 0, 0, 7]))
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'src/cli/run.ts'), 'parse', bad, '--format', 'json'],
      { cwd: root, encoding: 'utf8' },
    )
    assert.equal(result.status, 2)
    assert.equal(result.stdout, '')
    assert.equal(result.stderr, `comunicado: ${bad}: binary file, not text (it holds NUL bytes)\n`)
  })
})
