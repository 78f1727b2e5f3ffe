/**
 * Acceptance: an embargoed release at its lift time, with the injected clock one second before,
 * at and one second after, across every public surface in both languages — the indexes, the
 * release pages, the organization pages, the feeds (RSS, Atom, JSON; per language and per
 * organization), the sitemap, the static export, and the API as anonymous, as a member of
 * another coalition, as a non-co-issuing member and as a viewer of a co-issuer. The scheduler
 * ticks at each instant; at the lift every language version appears at once. Both engines.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { exportNewsroom } from '../../cli/commands/export.js'
import { createTestWorld, type TestClient, type TestWorld } from '../../server/test-app.js'
import { testEngines } from '../../store/test-engines.js'
import { publishDue } from './scheduler.js'

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of any shape, read by tests
type Json = Record<string, any>

async function json(response: Response, status: number): Promise<Json> {
  const text = await response.text()
  assert.equal(response.status, status, text.slice(0, 400))
  return text ? (JSON.parse(text) as Json) : {}
}

const slug = 'caravan-report-embargoed'
const markers = { en: 'Zircon caravan report', es: 'Informe circón de la caravana' }
const liftsAt = '2026-03-03T16:00:00.000Z' // 10:00 a.m. CST
const instants = [
  ['one second before', '2026-03-03T15:59:59.000Z', false],
  ['at the lift time', liftsAt, true],
  ['one second after', '2026-03-03T16:00:01.000Z', true],
] as const

for (const engine of testEngines) {
  describe(`embargo boundary on ${engine}`, () => {
    let world: TestWorld
    let editor: TestClient
    let readers: [string, TestClient][]
    let releaseId: string
    let orgSlugs: string[]

    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
      readers = [
        ['anonymous', world.anonymous()],
        ['member of another coalition', await world.signIn('editor-other')],
        ['member of a non-co-issuing organization', await world.signIn('editor-c')],
        ['viewer of a co-issuer', await world.signIn('viewer-a')],
      ]
      const { accounts, quotes, directory } = world.app.newsroom
      const actorOf = async (user: string) => {
        const grant = await accounts.signIn(`${user}@example.org`, world.password)
        return (await accounts.session(grant.token))?.actor ?? null
      }
      orgSlugs = (await directory.organizations(world.coalitionId))
        .filter((o) => o.id === world.orgA || o.id === world.orgB)
        .map((o) => o.slug)
      assert.equal(orgSlugs.length, 2)

      // A release already public, so that every feed and page has something in it.
      const visible = await json(
        await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
          organizationId: world.orgA,
          coIssuerIds: [world.orgB],
          slug: 'already-public',
          versions: [
            { lang: 'en', text: 'March 1, 2026\n\nAlready public statement\n\nCHICAGO – Text.' },
            {
              lang: 'es',
              text: '1 de marzo de 2026\n\nDeclaración ya pública\n\nCHICAGO – Texto.',
            },
          ],
        }),
        201,
      )
      for (const status of ['in-review', 'approved'])
        await json(
          await editor.request('POST', `/api/releases/${visible.release.id}/status`, { status }),
          200,
        )
      await quotes.signOff(await actorOf('editor-a'), visible.release.id, world.orgA)
      await quotes.signOff(await actorOf('editor-b'), visible.release.id, world.orgB)
      await json(
        await editor.request('POST', `/api/releases/${visible.release.id}/status`, {
          status: 'published',
        }),
        200,
      )

      const created = await json(
        await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
          organizationId: world.orgA,
          coIssuerIds: [world.orgB],
          slug,
          versions: [
            {
              lang: 'en',
              text: `March 3, 2026\n\n${markers.en}\n\nCHICAGO – The findings, in English.`,
            },
            {
              lang: 'es',
              text: `3 de marzo de 2026\n\n${markers.es}\n\nCHICAGO – Los hallazgos, en español.`,
            },
          ],
        }),
        201,
      )
      releaseId = created.release.id as string
      for (const status of ['in-review', 'approved'])
        await json(
          await editor.request('POST', `/api/releases/${releaseId}/status`, { status }),
          200,
        )
      await quotes.signOff(await actorOf('editor-a'), releaseId, world.orgA)
      await quotes.signOff(await actorOf('editor-b'), releaseId, world.orgB)
      const set = await json(
        await editor.request('PUT', `/api/releases/${releaseId}/schedule`, {
          at: '2026-03-03T10:00',
          timeZone: 'America/Chicago',
        }),
        200,
      )
      assert.equal(set.schedule.liftsAt, liftsAt)
    })
    after(() => world.close())

    /** Every public address, with the status it must answer when the release is (not) public. */
    function surfaces(published: boolean): [string, number][] {
      const out: [string, number][] = [['/sitemap.xml', 200]]
      for (const lang of ['en', 'es']) {
        out.push([`/${lang}/`, 200], [`/${lang}/releases/${slug}/`, published ? 200 : 404])
        for (const feed of ['feed.xml', 'atom.xml', 'feed.json'])
          out.push([`/${lang}/${feed}`, 200])
        for (const org of orgSlugs) {
          out.push([`/${lang}/organizations/${org}/`, 200])
          for (const feed of ['feed.xml', 'atom.xml', 'feed.json'])
            out.push([`/${lang}/organizations/${org}/${feed}`, 200])
        }
      }
      return out
    }

    const mentions = (text: string) => ({
      en: text.includes(markers.en),
      es: text.includes(markers.es.replace('ó', '\\u00f3')) || text.includes(markers.es),
      slug: text.includes(slug),
    })

    for (const [name, at, published] of instants)
      it(`${published ? 'shows' : 'hides'} the release everywhere ${name}`, async () => {
        world.clock.set(at)
        const tick = await publishDue(world.app.newsroom)
        if (at === liftsAt) assert.deepEqual(tick.published, [releaseId], 'published by this tick')
        else assert.deepEqual(tick.published, [])

        for (const [path, status] of surfaces(published)) {
          const response = await world.app.request(path)
          const text = await response.text()
          assert.equal(response.status, status, `${name}: ${path}`)
          const seen = mentions(text)
          const lang = path.startsWith('/es/') ? 'es' : path.startsWith('/en/') ? 'en' : null
          if (!published)
            assert.deepEqual(seen, { en: false, es: false, slug: false }, `${name}: ${path}`)
          else if (lang) {
            // A page or feed of a language carries that language's version (the other
            // language's page is linked as an alternate, by address).
            assert.ok(seen[lang], `${name}: ${path} has the ${lang} version`)
            assert.ok(seen.slug, `${name}: ${path} links it`)
          } else assert.ok(seen.slug, `${name}: ${path} lists it`)
        }

        // The static export writes the same thing to files.
        const out = mkdtempSync(join(tmpdir(), 'comunicado-embargo-'))
        try {
          const files = await exportNewsroom(world.app.newsroom, out, {
            publicUrl: 'http://newsroom.test',
          })
          const all = files
            .map((f) => readFileSync(f.startsWith(out) ? f : join(out, f), 'utf8'))
            .join('\n')
          const seen = mentions(all)
          assert.deepEqual(
            seen,
            { en: published, es: published, slug: published },
            `${name}: export`,
          )
          assert.equal(
            files.some((f) => f.includes(`releases/${slug}/`)),
            published,
            `${name}: export files`,
          )
        } finally {
          rmSync(out, { recursive: true, force: true })
        }

        // The API: nobody but the release's editors reads it before the lift; anyone after.
        for (const [who, client] of readers) {
          const one = await client.request('GET', `/api/releases/${releaseId}`)
          assert.equal(
            one.status,
            published ? 200 : who === 'anonymous' ? 404 : 404,
            `${name}: ${who}`,
          )
          const body = await one.text()
          if (!published) assert.deepEqual(mentions(body), { en: false, es: false, slug: false })
          const list = await client.request('GET', `/api/coalitions/${world.coalitionId}/releases`)
          assert.equal(list.status, 200, `${name}: ${who} list`)
          assert.equal(mentions(await list.text()).slug, published, `${name}: ${who} list`)
          const exported = await client.request(
            'GET',
            `/api/releases/${releaseId}/export?format=text`,
          )
          assert.equal(exported.status, published ? 200 : 404, `${name}: ${who} export`)
        }
        // Its editors always read it.
        assert.equal((await editor.request('GET', `/api/releases/${releaseId}`)).status, 200)
      })

    it('published every language version in one transition, logged once by the scheduler', async () => {
      const entries = (
        await json(await editor.request('GET', `/api/releases/${releaseId}/audit`), 200)
      ).entries as Json[]
      const published = entries.filter((e) => e.action === 'release.published')
      assert.equal(published.length, 1)
      assert.equal(published[0]?.actorLabel, 'scheduler')
      assert.equal(published[0]?.createdAt, liftsAt)
      const release = (await json(await editor.request('GET', `/api/releases/${releaseId}`), 200))
        .release
      assert.equal(release.publishedAt, liftsAt)
      assert.deepEqual(
        release.content.versions.map((v: Json) => v.lang),
        ['en', 'es'],
      )
    })
  })
}
