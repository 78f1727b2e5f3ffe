import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { testEngines } from '../store/test-engines.js'
import { parseXml } from './public-test-html.js'
import { seeded, seedPublicNewsroom } from './public-test-seed.js'
import { createTestWorld, type TestWorld } from './test-app.js'

const origin = 'http://newsroom.test'
const releaseUrl = (lang: string, slug: string) => `${origin}/${lang}/releases/${slug}/`

for (const engine of testEngines) {
  describe(`public feeds and sitemap on ${engine}`, () => {
    let world: TestWorld
    before(async () => {
      world = await createTestWorld(engine)
      await seedPublicNewsroom(world)
    })
    after(() => world.close())

    const fetchText = async (path: string, type: RegExp) => {
      const response = await world.app.request(path)
      assert.equal(response.status, 200, path)
      assert.match(response.headers.get('content-type') ?? '', type, path)
      return response.text()
    }

    it('serves RSS 2.0 per language with the required channel and item elements', async () => {
      for (const lang of ['en', 'es']) {
        const rss = parseXml(await fetchText(`/${lang}/feed.xml`, /^application\/rss\+xml/)).rss
        assert.equal(rss['@version'], '2.0')
        const channel = rss.channel
        for (const field of ['title', 'link', 'description']) assert.ok(channel[field], field)
        assert.equal(channel.language, lang)
        // The parser reads every <link> as a list (Atom has several per entry).
        const links = channel.item.map((i: { link: string[] }) => i.link[0])
        assert.ok(links.includes(releaseUrl(lang, seeded.bilingual)))
        assert.equal(links.includes(releaseUrl(lang, seeded.englishOnly)), lang === 'en')
        for (const item of channel.item) {
          assert.ok(item.title && item.link && item.guid && item.pubDate, JSON.stringify(item))
          assert.ok(!Number.isNaN(Date.parse(item.pubDate)))
          assert.ok(item['content:encoded'], 'full text')
        }
      }
    })

    it('serves Atom 1.0 per language with id, title, updated and entries', async () => {
      const atom = parseXml(await fetchText('/es/atom.xml', /^application\/atom\+xml/)).feed
      assert.equal(atom['@xmlns'], 'http://www.w3.org/2005/Atom')
      for (const field of ['id', 'title', 'updated']) assert.ok(atom[field], field)
      assert.ok(atom.author, 'a feed-level author covers every entry')
      assert.ok(atom.entry.length >= 3)
      for (const entry of atom.entry) {
        for (const field of ['id', 'title', 'updated']) assert.ok(entry[field], field)
        assert.ok(!Number.isNaN(Date.parse(entry.updated)))
        assert.match(entry.link[0]['@href'], /^http:\/\/newsroom\.test\/es\/releases\//)
      }
      // Entries are newest first; the hostile release's Spanish headline stays text.
      const hostile = atom.entry.find((e: { id: string }) => e.id.includes(seeded.hostile))
      assert.ok(hostile)
      assert.equal(atom.entry[0].id, hostile.id)
    })

    it('serves JSON Feed 1.1 per language with items carrying id and content', async () => {
      const feed = JSON.parse(await fetchText('/en/feed.json', /^application\/feed\+json/))
      assert.equal(feed.version, 'https://jsonfeed.org/version/1.1')
      assert.equal(feed.language, 'en')
      assert.ok(feed.title && feed.home_page_url && feed.feed_url)
      assert.ok(Array.isArray(feed.authors) && feed.author === undefined)
      assert.ok(feed.items.length >= 4)
      for (const item of feed.items) {
        assert.ok(typeof item.id === 'string' && item.id.startsWith(`${origin}/en/releases/`))
        assert.ok(typeof item.content_html === 'string' && item.content_html.length > 0)
        assert.ok(item.url && item.title && item.date_published)
        assert.ok(item.author === undefined && Array.isArray(item.authors))
        assert.ok(!/href="\//.test(item.content_html), 'links in content are absolute')
      }
    })

    it('serves feeds per organization, holding only its releases', async () => {
      const own = parseXml(await fetchText('/en/organizations/alianza-americas/feed.xml', /rss/))
        .rss.channel
      assert.ok(own.item.length >= 4)
      const none = parseXml(await fetchText('/en/organizations/third-member/atom.xml', /atom/)).feed
      assert.equal(none.entry, undefined)
      const json = JSON.parse(
        await fetchText('/es/organizations/presente/feed.json', /^application\/feed\+json/),
      )
      assert.ok(json.items.length >= 3)
      assert.equal((await world.app.request('/en/organizations/nobody/feed.xml')).status, 404)
    })

    it('lists every public page in the sitemap with symmetric language alternates', async () => {
      const urlset = parseXml(await fetchText('/sitemap.xml', /^application\/xml/)).urlset
      const entries: { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[] =
        urlset.url
      const locs = entries.map((u) => u.loc)
      for (const expected of [
        `${origin}/en/`,
        `${origin}/es/`,
        releaseUrl('en', seeded.bilingual),
        releaseUrl('es', seeded.bilingual),
        releaseUrl('en', seeded.englishOnly),
        `${origin}/es/organizations/alianza-americas/`,
      ])
        assert.ok(locs.includes(expected), expected)
      assert.ok(!locs.includes(releaseUrl('es', seeded.englishOnly)))
      const byLoc = new Map(entries.map((u) => [u.loc, u]))
      for (const entry of entries) {
        const alternates = (entry['xhtml:link'] ?? []).filter((l) => l['@hreflang'] !== 'x-default')
        if (entry.loc === releaseUrl('en', seeded.englishOnly)) assert.equal(alternates.length, 0)
        for (const alt of alternates) {
          const other = byLoc.get(alt['@href'])
          assert.ok(other, `${alt['@href']} is in the sitemap`)
          assert.ok(
            (other['xhtml:link'] ?? []).some((l) => l['@href'] === entry.loc),
            `${alt['@href']} points back to ${entry.loc}`,
          )
        }
        if (alternates.length > 0)
          assert.ok(entry['xhtml:link']?.some((l) => l['@hreflang'] === 'x-default'))
      }
    })
  })
}
