/**
 * Corrections as the public sees them, on both engines: the note of each language on that
 * language's release page and in that language's feeds (RSS, Atom, JSON; item content and
 * updated time), a second correction after the first, and never the other language's note.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { parseXml } from '../../server/public-test-html.js'
import { createTestWorld, type TestClient, type TestWorld } from '../../server/test-app.js'
import { testEngines } from '../../store/test-engines.js'

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of any shape, read by tests
type Json = Record<string, any>

async function json(response: Response, status: number): Promise<Json> {
  const text = await response.text()
  assert.equal(response.status, status, text.slice(0, 400))
  return text ? (JSON.parse(text) as Json) : {}
}

const notes = {
  en: 'The march starts at 10 a.m., not 11 a.m.',
  es: 'La marcha empieza a las 10, no a las 11.',
}
const second = { en: 'The route ends at City Hall.', es: 'La ruta termina en el Ayuntamiento.' }

for (const engine of testEngines) {
  describe(`corrections on public pages and feeds on ${engine}`, () => {
    let world: TestWorld
    let editor: TestClient
    let id: string
    const slug = 'march-announcement'

    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
      const created = await json(
        await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
          organizationId: world.orgA,
          coIssuerIds: [world.orgB],
          slug,
          versions: [
            {
              lang: 'en',
              text: 'March 1, 2026\n\nCoalition announces march\n\nCHICAGO – It starts at 11.',
            },
            {
              lang: 'es',
              text: '1 de marzo de 2026\n\nLa coalición anuncia marcha\n\nCHICAGO – Empieza a las 11.',
            },
          ],
        }),
        201,
      )
      id = created.release.id as string
      for (const status of ['in-review', 'approved'])
        await json(await editor.request('POST', `/api/releases/${id}/status`, { status }), 200)
      const { accounts, quotes } = world.app.newsroom
      for (const [user, org] of [
        ['editor-a', world.orgA],
        ['editor-b', world.orgB],
      ] as const) {
        const grant = await accounts.signIn(`${user}@example.org`, world.password)
        await quotes.signOff((await accounts.session(grant.token))?.actor ?? null, id, org)
      }
      await json(
        await editor.request('POST', `/api/releases/${id}/status`, { status: 'published' }),
        200,
      )
    })
    after(() => world.close())

    const text = async (path: string) => {
      const response = await world.app.request(path)
      assert.equal(response.status, 200, path)
      return response.text()
    }

    it('shows no notice before a correction', async () => {
      assert.doesNotMatch(await text(`/en/releases/${slug}/`), /Corrected on/)
    })

    it('shows each language its own note on the page and in the three feeds, with the updated time', async () => {
      world.clock.set('2026-03-04T15:30:00.000Z')
      await json(await editor.request('POST', `/api/releases/${id}/corrections`, { notes }), 201)
      const at = '2026-03-04T15:30:00.000Z'
      for (const [lang, other] of [
        ['en', 'es'],
        ['es', 'en'],
      ] as const) {
        const page = await text(`/${lang}/releases/${slug}/`)
        assert.ok(page.includes(notes[lang].replace(/'/g, '&#39;')), `${lang} page has its note`)
        assert.ok(!page.includes(notes[other]), `${lang} page has not the other note`)
        assert.match(
          page,
          lang === 'en'
            ? /Corrected on [^<]*2026\. The march/
            : /Corregido el [^<]*2026\. La marcha/,
        )
        const rss = parseXml(await text(`/${lang}/feed.xml`)).rss.channel.item
        const rssItem = rss.find((i: Json) => String(i.link).includes(slug))
        assert.ok(String(rssItem['content:encoded']).includes(notes[lang]), `${lang} RSS content`)
        assert.equal(rssItem['atom:updated'], at)
        const atom = parseXml(await text(`/${lang}/atom.xml`)).feed.entry
        const entry = (Array.isArray(atom) ? atom : [atom]).find((e: Json) =>
          String(e.id).includes(slug),
        )
        assert.equal(entry.updated, at)
        assert.ok(
          JSON.stringify(entry.content).includes(notes[lang].replace(/'/g, '&#39;')) ||
            JSON.stringify(entry.content).includes(notes[lang]),
          `${lang} Atom content`,
        )
        const feed = JSON.parse(await text(`/${lang}/feed.json`))
        const item = feed.items.find((i: Json) => String(i.url).includes(slug))
        assert.equal(item.date_modified, at)
        assert.ok(
          String(item.content_html).includes(notes[lang].replace(/'/g, '&#39;')) ||
            String(item.content_html).includes(notes[lang]),
          `${lang} JSON content`,
        )
        assert.ok(!String(item.content_html).includes(notes[other]))
      }
    })

    it('adds a second correction after the first, on the page and in the feeds', async () => {
      world.clock.set('2026-03-05T09:00:00.000Z')
      await json(
        await editor.request('POST', `/api/releases/${id}/corrections`, { notes: second }),
        201,
      )
      const page = await text(`/es/releases/${slug}/`)
      const first = page.indexOf(notes.es)
      const next = page.indexOf(second.es)
      assert.ok(first > 0 && next > first, 'oldest first')
      const feed = JSON.parse(await text('/es/feed.json'))
      const item = feed.items.find((i: Json) => String(i.url).includes(slug))
      assert.equal(item.date_modified, '2026-03-05T09:00:00.000Z')
      assert.ok(String(item.content_html).includes(second.es))
      const status = (await json(await editor.request('GET', `/api/releases/${id}`), 200)).release
        .status
      assert.equal(status, 'corrected')
    })
  })
}
