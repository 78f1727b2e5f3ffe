import assert from 'node:assert/strict'
import { readFile } from 'node:fs/promises'
import { describe, it } from 'node:test'
import type { CliIo } from '../io.js'
import { main } from '../main.js'

function memoryIo(): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    isTty: false,
    stdout: (text: string) => {
      io.out += text
    },
    stderr: (text: string) => {
      io.err += text
    },
    readBytes: async (file: string) => new Uint8Array(await readFile(file)),
  }
  return io
}

const dir = 'test/fixtures/03-cortez-masto-tps-el-salvador-2018'

describe('comunicado align', () => {
  it('prints the JSON contract: paragraphs, sentences with scores, offsets and drift', async () => {
    const io = memoryIo()
    assert.equal(await main(['align', `${dir}/en.txt`, `${dir}/es.txt`, '--format', 'json'], io), 0)
    const json = JSON.parse(io.out)
    assert.equal(json.source, 'en')
    assert.equal(json.target, 'es')
    assert.ok(json.paragraphs.length > 0)
    for (const bead of json.sentences) {
      assert.ok(Array.isArray(bead.source) && Array.isArray(bead.target))
      assert.ok(bead.score >= 0 && bead.score <= 1)
    }
    const first = json.sentences.find(
      (b: { source: string[]; target: string[] }) => b.source.length && b.target.length,
    )
    assert.match(first.source[0], /^Washington, D\.C\. – U\.S\. Senator/)
    assert.match(first.target[0], /^Washington, D\.C\. – La senadora/)
    const en = await readFile(`${dir}/en.txt`, 'utf8')
    const [start, end] = first.sourceOffsets[0]
    assert.equal(en.slice(start, end), first.source[0])
    assert.ok(Array.isArray(json.drift))
    assert.equal(io.err, '')
  })

  it('prints the versions side by side, marking sentences with no counterpart', async () => {
    const io = memoryIo()
    assert.equal(await main(['align', `${dir}/en.txt`, `${dir}/es.txt`, '--width', '100'], io), 0)
    assert.match(io.out, /^ {2}en +│ {3}es/)
    assert.match(io.out, /\+ January 08, 2018 +│ \+ \(no counterpart\)/)
    for (const line of io.out.trimEnd().split('\n'))
      assert.ok(line.includes('│') || line.includes('┼'))
  })

  it('picks the pair with --source and --target', async () => {
    const io = memoryIo()
    assert.equal(
      await main(
        [
          'align',
          `${dir}/en.txt`,
          `${dir}/es.txt`,
          '--source',
          'es',
          '--target',
          'en',
          '-f',
          'json',
        ],
        io,
      ),
      0,
    )
    assert.equal(JSON.parse(io.out).source, 'es')
  })

  it('exits 2 with one line for a release with one version', async () => {
    const io = memoryIo()
    assert.equal(
      await main(['align', 'test/fixtures/04-single-en-presente-sanctuary-cities-2015/en.txt'], io),
      2,
    )
    assert.equal(io.out, '')
    assert.match(io.err, /^comunicado: align needs two language versions; found en\n$/)
  })

  it('exits 2 for a missing file and for an unknown --source', async () => {
    const missing = memoryIo()
    assert.equal(await main(['align', 'no-such-file.txt'], missing), 2)
    assert.match(missing.err, /no-such-file\.txt: no such file/)
    const unknown = memoryIo()
    assert.equal(
      await main(['align', `${dir}/en.txt`, `${dir}/es.txt`, '--source', 'fr'], unknown),
      2,
    )
    assert.match(unknown.err, /--source fr: no such version/)
  })
})
