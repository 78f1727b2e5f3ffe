import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import { exportNewsroom } from '../cli/commands/export.js'
import { main } from '../cli/main.js'
import { createMemoryIo } from '../cli/memory-io.js'
import { systemClock } from '../newsroom/clock.js'
import { createNewsroom } from '../newsroom/create-newsroom.js'
import { seedDemo } from '../newsroom/seed-demo.js'
import { openStore } from '../store/index.js'
import { testEngines } from '../store/test-engines.js'
import { attr, byTag, parseHtml, parseXml } from './public-test-html.js'
import { seeded, seedPublicNewsroom } from './public-test-seed.js'
import { createTestWorld, type TestWorld } from './test-app.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '../..')

function filesUnder(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) filesUnder(path, out)
    else out.push(path)
  }
  return out
}

/** The file a root-relative link lands on, as a static host would serve it. */
function target(out: string, href: string): string {
  const path = decodeURIComponent(href.split('#')[0] ?? '')
  return join(out, path.endsWith('/') ? `${path}index.html` : path)
}

for (const engine of testEngines) {
  describe(`static export on ${engine}`, () => {
    let world: TestWorld
    let out: string
    let files: string[]
    before(async () => {
      world = await createTestWorld(engine)
      await seedPublicNewsroom(world)
      out = mkdtempSync(join(tmpdir(), 'comunicado-export-'))
      files = await exportNewsroom(world.app.newsroom, out, { publicUrl: 'http://newsroom.test' })
    })
    after(async () => {
      rmSync(out, { recursive: true, force: true })
      await world.close()
    })

    it('writes pages as folders, feeds, sitemap, robots.txt and the stylesheet', () => {
      for (const file of [
        'index.html',
        'en/index.html',
        'es/index.html',
        `en/releases/${seeded.bilingual}/index.html`,
        `es/releases/${seeded.bilingual}/index.html`,
        `en/releases/${seeded.englishOnly}/index.html`,
        'en/organizations/alianza-americas/index.html',
        'es/organizations/presente/index.html',
        'en/feed.xml',
        'es/atom.xml',
        'es/feed.json',
        'en/organizations/alianza-americas/feed.xml',
        'sitemap.xml',
        'robots.txt',
        'assets/newsroom.css',
      ])
        assert.ok(files.includes(file) && existsSync(join(out, file)), file)
      assert.ok(!files.includes(`es/releases/${seeded.englishOnly}/index.html`))
    })

    it('writes no trace of releases that are not published', () => {
      for (const file of filesUnder(out)) {
        const text = readFileSync(file, 'utf8')
        for (const secret of [seeded.draft, seeded.approved, 'Secret draft', 'Titular secreto'])
          assert.ok(!text.includes(secret), `${relative(out, file)} shows ${secret}`)
      }
    })

    it('writes each page exactly as the server serves it', async () => {
      for (const path of [
        `/en/releases/${seeded.bilingual}/`,
        `/es/releases/${seeded.bilingual}/`,
        '/es/',
        '/en/feed.xml',
        '/sitemap.xml',
      ]) {
        const served = await (await world.app.request(path)).text()
        assert.equal(readFileSync(target(out, path), 'utf8'), served, path)
      }
    })

    it('leaves no broken link between the exported files', () => {
      const broken: string[] = []
      for (const file of filesUnder(out).filter((f) => f.endsWith('.html'))) {
        const doc = parseHtml(readFileSync(file, 'utf8'))
        const links = [...byTag(doc, 'a'), ...byTag(doc, 'link')]
          .map((el) => attr(el, 'href') ?? '')
          .filter((href) => href.startsWith('/'))
        for (const href of links)
          if (!existsSync(target(out, href))) broken.push(`${relative(out, file)} → ${href}`)
      }
      assert.deepEqual(broken, [])
    })

    it('writes well-formed feeds and sitemap', () => {
      for (const file of files.filter((f) => f.endsWith('.xml')))
        assert.doesNotThrow(() => parseXml(readFileSync(join(out, file), 'utf8')), file)
    })
  })
}

describe('comunicado export', () => {
  let dataDir: string
  let out: string
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'comunicado-data-'))
    out = join(mkdtempSync(join(tmpdir(), 'comunicado-out-')), 'site')
    const store = await openStore({ engine: 'sqlite', file: join(dataDir, 'comunicado.db') })
    const sample = join(root, 'examples/alianza-americas-2021/release.txt')
    await seedDemo(createNewsroom(store, systemClock), {
      file: sample,
      bytes: new Uint8Array(readFileSync(sample)),
    })
    await store.close()
  })
  after(() => {
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(dirname(out), { recursive: true, force: true })
  })

  it('exports the newsroom of a SQLite data folder', async () => {
    const memory = createMemoryIo()
    const code = await main(
      ['export', '--out', out, '--data-dir', dataDir, '--public-url', 'https://news.example.org'],
      memory.io,
    )
    assert.equal(code, 0, memory.stderr())
    assert.match(memory.stdout(), /^wrote \d+ files to /)
    const releases = readdirSync(join(out, 'en/releases'))
    assert.equal(releases.length, 1)
    const page = readFileSync(join(out, 'en/releases', releases[0] as string, 'index.html'), 'utf8')
    assert.match(page, /<link rel="canonical" href="https:\/\/news\.example\.org\/en\/releases\//)
    assert.match(readFileSync(join(out, 'index.html'), 'utf8'), /href="\/es\/"/)
  })

  it('refuses a data folder without a database, with exit code 2', async () => {
    const memory = createMemoryIo()
    const empty = mkdtempSync(join(tmpdir(), 'comunicado-empty-'))
    const code = await main(['export', '--out', out, '--data-dir', empty], memory.io)
    rmSync(empty, { recursive: true, force: true })
    assert.equal(code, 2)
    assert.match(memory.stderr(), /no newsroom database/)
  })
})
