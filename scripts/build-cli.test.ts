/**
 * The bundled CLI: the bundle scripts/build-cli.mjs makes gives the same output as the CLI from
 * source, stores and then takes its V8 code cache, and is passed over for the verbs it does not
 * hold and when the compiled CLI is newer.
 */
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
// @ts-expect-error: plain JavaScript modules without declarations
import { loadCli, verbOf } from '../bin/load-cli.js'
import { main as mainFromSource } from '../src/cli/main.js'
import { createMemoryIo } from '../src/cli/memory-io.js'
// @ts-expect-error: plain JavaScript module without declarations
import { bundleCli } from './build-cli.mjs'

type Main = (argv: string[], io: unknown) => Promise<number>
interface Loaded {
  main: Main
  done(): void
  from: 'bundle' | 'compiled'
  cached: boolean
}
const load = loadCli as (argv: string[], options?: { dist?: string }) => Promise<Loaded>

const release = readFileSync(
  new URL('../test/fixtures/01-alianza-americas-2021-06-10/en.txt', import.meta.url),
  'utf8',
)

async function run(main: Main, argv: string[]) {
  const memory = createMemoryIo({ 'release.txt': release })
  const code = await main(argv, memory.io)
  return { code, stdout: memory.stdout(), stderr: memory.stderr() }
}

describe('bundled CLI', () => {
  let dist = ''
  before(async () => {
    dist = mkdtempSync(join(tmpdir(), 'comunicado-bundle-'))
    await bundleCli(join(dist, 'cli.bundle.cjs'))
  })
  after(() => rmSync(dist, { recursive: true, force: true }))

  it('checks like the CLI from source, then runs from its code cache', async () => {
    const argv = ['check', 'release.txt', '--format', 'json']
    const expected = await run(mainFromSource as Main, argv)
    const first = await load(argv, { dist })
    assert.equal(first.from, 'bundle')
    assert.equal(first.cached, false)
    assert.deepEqual(await run(first.main, argv), expected)
    first.done()
    assert.equal(readdirSync(join(dist, 'cli.bundle.cache')).length, 1)
    const second = await load(argv, { dist })
    assert.equal(second.cached, true)
    assert.deepEqual(await run(second.main, argv), expected)
  })

  it('replaces a code cache V8 rejects, and still runs', () => {
    // In a fresh process each time: V8 reuses what this process compiled whatever the cache says.
    const fixture = fileURLToPath(
      new URL('../test/fixtures/01-alianza-americas-2021-06-10/en.txt', import.meta.url),
    )
    const runFresh = () => {
      const code = [
        `import { loadCli } from ${JSON.stringify(new URL('../bin/load-cli.js', import.meta.url).href)}`,
        `const argv = ['check', ${JSON.stringify(fixture)}, '--format', 'json']`,
        `const cli = await loadCli(argv, { dist: ${JSON.stringify(dist)} })`,
        'process.exitCode = await cli.main(argv)',
        'cli.done()',
        'process.stderr.write(JSON.stringify({ from: cli.from, cached: cli.cached }))',
      ].join('\n')
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
        encoding: 'utf8',
      })
      return { status: child.status, stdout: child.stdout, ...JSON.parse(child.stderr) }
    }
    const good = runFresh()
    assert.equal(good.from, 'bundle')
    assert.equal(good.cached, true)
    const cacheDir = join(dist, 'cli.bundle.cache')
    const [file] = readdirSync(cacheDir)
    assert.ok(file)
    writeFileSync(join(cacheDir, file), 'not a code cache')
    const damaged = runFresh()
    assert.equal(damaged.cached, false)
    assert.equal(damaged.status, good.status)
    assert.equal(damaged.stdout, good.stdout)
    assert.equal(runFresh().cached, true)
  })

  it('reports a missing file with exit code 2 from the bundle too', async () => {
    const argv = ['check', 'missing.txt']
    const { main } = await load(argv, { dist })
    const result = await run(main, argv)
    assert.equal(result.code, 2)
    assert.equal(result.stderr, (await run(mainFromSource as Main, argv)).stderr)
  })

  it('passes the bundle over for other verbs and when the compiled CLI is newer', async () => {
    mkdirSync(join(dist, 'cli'), { recursive: true })
    const compiled = join(dist, 'cli/main.js')
    writeFileSync(compiled, 'export const main = async () => 42\n')
    assert.equal((await load(['serve'], { dist })).from, 'compiled')
    assert.equal((await load([], { dist })).from, 'compiled')
    const later = new Date(Date.now() + 60_000)
    utimesSync(compiled, later, later)
    assert.equal((await load(['check', 'x.txt'], { dist })).from, 'compiled')
  })

  it('finds the verb as the CLI does: the first argument that is not an option', () => {
    assert.equal(verbOf(['--format', 'json']), 'json')
    assert.equal(verbOf(['check', '--format', 'json', 'a.txt']), 'check')
    assert.equal(verbOf(['--help']), undefined)
  })
})
