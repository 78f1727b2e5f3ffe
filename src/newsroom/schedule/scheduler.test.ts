/**
 * The scheduler on both engines: a schedule missed while the server was down runs at start-up,
 * two processes ticking at once publish each release exactly once, the publish gate's refusal
 * at the lift time leaves the release scheduled with the failure logged once and shown, and the
 * timer keeps ticking.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { createApp } from '../../server/create-app.js'
import { createTestWorld, type TestClient, type TestWorld } from '../../server/test-app.js'
import { openStore, type Store } from '../../store/index.js'
import { testDatabaseUrl, testEngines } from '../../store/test-engines.js'
import type { Actor } from '../access.js'
import { createNewsroom } from '../create-newsroom.js'
import { publishDue, startScheduler } from './scheduler.js'

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of any shape, read by tests
type Json = Record<string, any>

async function json(response: Response, status: number): Promise<Json> {
  const text = await response.text()
  assert.equal(response.status, status, text.slice(0, 400))
  return text ? (JSON.parse(text) as Json) : {}
}

for (const engine of testEngines) {
  describe(`scheduler on ${engine}`, () => {
    let world: TestWorld
    let editor: TestClient
    const actors = new Map<string, Actor>()

    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
      for (const user of ['editor-a', 'editor-b']) {
        const grant = await world.app.newsroom.accounts.signIn(
          `${user}@example.org`,
          world.password,
        )
        const actor = (await world.app.newsroom.accounts.session(grant.token))?.actor
        assert.ok(actor)
        actors.set(user, actor)
      }
    })
    after(() => world.close())

    async function signOff(id: string) {
      const { quotes } = world.app.newsroom
      await quotes.signOff(actors.get('editor-a') ?? null, id, world.orgA)
      await quotes.signOff(actors.get('editor-b') ?? null, id, world.orgB)
    }

    /** An approved release scheduled at `at` (local, America/Chicago); signed off unless told. */
    async function scheduled(slug: string, at: string, signed = true): Promise<string> {
      const created = await json(
        await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
          organizationId: world.orgA,
          coIssuerIds: [world.orgB],
          slug,
          versions: [
            { lang: 'en', text: `Headline ${slug}\n\nCHICAGO – Body.` },
            { lang: 'es', text: `Titular ${slug}\n\nCHICAGO – Cuerpo.` },
          ],
        }),
        201,
      )
      const id = created.release.id as string
      for (const status of ['in-review', 'approved'])
        await json(await editor.request('POST', `/api/releases/${id}/status`, { status }), 200)
      if (signed) await signOff(id)
      await json(
        await editor.request('PUT', `/api/releases/${id}/schedule`, {
          at,
          timeZone: 'America/Chicago',
        }),
        200,
      )
      return id
    }

    const status = async (id: string) =>
      (await json(await editor.request('GET', `/api/releases/${id}`), 200)).release.status as string
    const entries = async (id: string) =>
      (await json(await editor.request('GET', `/api/releases/${id}/audit`), 200)).entries as Json[]

    it('runs a schedule missed while the server was down as soon as it starts again', async () => {
      world.clock.set('2026-03-01T12:00:00.000Z')
      // 10:00 CST on March 2 is 16:00 UTC.
      const id = await scheduled('missed-during-downtime', '2026-03-02T10:00')
      const first = startScheduler(world.app.newsroom, { intervalMs: 3600_000 })
      assert.deepEqual(await first.started, { published: [], refused: [] })
      await first.stop()
      assert.equal(await status(id), 'scheduled')
      // Down for a day; a new process (a new app over the same store) starts.
      world.clock.set('2026-03-03T08:00:00.000Z')
      const restarted = createApp({
        store: world.store,
        clock: world.clock,
        publicUrl: 'http://newsroom.test',
      })
      const second = startScheduler(restarted.newsroom, { intervalMs: 3600_000 })
      const result = await second.started
      await second.stop()
      assert.deepEqual(result.published, [id])
      assert.equal(await status(id), 'published')
      const published = (await entries(id)).filter((e) => e.action === 'release.published')
      assert.equal(published.length, 1)
      assert.equal(published[0]?.actorLabel, 'scheduler')
      assert.equal(published[0]?.actorId, null)
      assert.equal(published[0]?.detail.liftsAt, '2026-03-02T16:00:00.000Z')
      // The public page is there, in both languages.
      for (const lang of ['en', 'es'])
        assert.equal(
          (await world.app.request(`/${lang}/releases/missed-during-downtime/`)).status,
          200,
        )
    })

    it('publishes each release once when two processes tick at the same moment', async () => {
      world.clock.set('2026-03-01T12:00:00.000Z')
      const ids = [
        await scheduled('concurrent-one', '2026-03-04T10:00'),
        await scheduled('concurrent-two', '2026-03-04T10:00'),
        await scheduled('concurrent-three', '2026-03-04T10:01'),
      ]
      world.clock.set('2026-03-04T16:01:00.000Z')
      // The second process has its own connections (PostgreSQL) or its own newsroom (SQLite).
      let second: Store | null = null
      if (engine === 'postgres') {
        const { rows } = await sql<{ s: string }>`select current_schema() as s`.execute(
          world.store.db,
        )
        second = await openStore({
          engine: 'postgres',
          url: testDatabaseUrl,
          schema: rows[0]?.s ?? '',
        })
      }
      try {
        const other = createNewsroom(second ?? world.store, world.clock)
        const results = await Promise.all([
          publishDue(world.app.newsroom),
          publishDue(other),
          publishDue(world.app.newsroom),
          publishDue(other),
        ])
        const published = results.flatMap((r) => r.published).sort()
        assert.deepEqual(published, [...ids].sort())
      } finally {
        await second?.close()
      }
      for (const id of ids) {
        assert.equal(await status(id), 'published')
        const logged = (await entries(id)).filter((e) => e.action === 'release.published')
        assert.equal(logged.length, 1, 'one audit entry per publication')
      }
    })

    it('publishes once when an editor publishes by hand as the scheduler ticks', async () => {
      world.clock.set('2026-03-01T12:00:00.000Z')
      const id = await scheduled('hand-and-scheduler', '2026-03-07T10:00')
      world.clock.set('2026-03-07T16:00:00.000Z')
      const [tick, byHand] = await Promise.all([
        publishDue(world.app.newsroom),
        editor.request('POST', `/api/releases/${id}/status`, { status: 'published' }),
      ])
      const handWon = byHand.status === 200
      assert.ok(handWon || byHand.status === 409, `by hand: ${byHand.status}`)
      assert.equal(tick.published.includes(id), !handWon)
      assert.equal(await status(id), 'published')
      const logged = (await entries(id)).filter((e) => e.action === 'release.published')
      assert.equal(logged.length, 1)
    })

    it('leaves a release the gate refuses at its time scheduled, logs the refusal once and shows it', async () => {
      world.clock.set('2026-03-01T12:00:00.000Z')
      const id = await scheduled('refused-at-lift', '2026-03-05T10:00', false)
      world.clock.set('2026-03-05T15:59:59.000Z')
      assert.deepEqual(await publishDue(world.app.newsroom), { published: [], refused: [] })
      world.clock.set('2026-03-05T16:00:00.000Z')
      const first = await publishDue(world.app.newsroom)
      assert.deepEqual(first.refused, [id])
      world.clock.advance(5000)
      assert.deepEqual((await publishDue(world.app.newsroom)).refused, [id])
      assert.equal(await status(id), 'scheduled')
      const refusals = (await entries(id)).filter((e) => e.action === 'release.publish-refused')
      assert.equal(refusals.length, 1, 'logged once, not on every tick')
      assert.match(String(refusals[0]?.detail.message), /signed off/)
      assert.equal(refusals[0]?.actorLabel, 'scheduler')
      const overview = await json(await editor.request('GET', `/api/releases/${id}/schedule`), 200)
      assert.match(overview.schedule.lastFailure.message, /signed off/)
      const page = await (
        await editor.request('GET', `/app/releases/${id}/schedule?lang=en`)
      ).text()
      assert.match(
        page,
        /role="alert">Publishing at the time was refused on Mar 5, 2026, 4:00 PM UTC:/,
      )
      const spanish = await (
        await editor.request('GET', `/app/releases/${id}/schedule?lang=es`)
      ).text()
      assert.match(spanish, /La publicación a la hora fijada se rechazó el 5 mar 2026, 16:00 UTC:/)
      // Nothing public meanwhile.
      assert.equal((await world.app.request('/en/releases/refused-at-lift/')).status, 404)
      // Once the co-issuers sign off, the next tick publishes it.
      await signOff(id)
      assert.deepEqual((await publishDue(world.app.newsroom)).published, [id])
      assert.equal(await status(id), 'published')
    })

    it('keeps ticking on its interval', async () => {
      world.clock.set('2026-03-01T12:00:00.000Z')
      const id = await scheduled('ticks-on-interval', '2026-03-06T10:00')
      const job = startScheduler(world.app.newsroom, { intervalMs: 25 })
      try {
        await job.started
        assert.equal(await status(id), 'scheduled')
        world.clock.set('2026-03-06T16:00:00.000Z')
        // Bounded wait for a later tick (not a timing assertion: any tick within 10 s will do).
        for (let i = 0; i < 400 && (await status(id)) !== 'published'; i++) await sleep(25)
        assert.equal(await status(id), 'published')
      } finally {
        await job.stop()
      }
    })
  })
}
