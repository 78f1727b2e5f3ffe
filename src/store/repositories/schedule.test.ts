import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import { openStore, type Store } from '../open-store.js'
import { openTestStore, testDatabaseUrl, testEngines } from '../test-engines.js'
import { releaseRepository } from './releases.js'
import { scheduleRepository } from './schedule.js'
import { correctionRepository } from './schedule-corrections.js'
import { previewRepository } from './schedule-previews.js'

const at = '2026-03-01T12:00:00.000Z'

for (const engine of testEngines) {
  describe(`schedule repositories on ${engine}`, () => {
    let store: Store
    let coalitionId: string
    before(async () => {
      store = await openTestStore(engine)
      coalitionId = randomUUID()
      await store.db
        .insertInto('coalitions')
        .values({ id: coalitionId, slug: `c-${coalitionId}`, name: 'C', created_at: at })
        .execute()
    })
    after(() => store.close())

    async function release(status: string): Promise<string> {
      const id = randomUUID()
      await releaseRepository(store.db).create({
        id,
        coalitionId,
        slug: `r-${id}`,
        status,
        createdBy: null,
        at,
        revisionId: randomUUID(),
        content: { versions: [{ lang: 'en', text: 'Headline\n\nBody.' }] },
      })
      return id
    }

    it('keeps one schedule per release, replaced on change, and forgets a refusal then', async () => {
      const repo = scheduleRepository(store.db)
      const id = await release('scheduled')
      assert.equal(await repo.get(id), undefined)
      const base = { releaseId: id, timeZone: 'America/Chicago', embargo: true, setBy: null, at }
      await repo.put({ ...base, liftsAt: '2026-03-03T16:00:00.000Z' })
      await repo.setFailure(id, { at, message: 'a quote is not approved' })
      assert.deepEqual((await repo.get(id))?.lastFailure, {
        at,
        message: 'a quote is not approved',
      })
      await repo.put({ ...base, liftsAt: '2026-03-04T16:00:00.000Z', embargo: false })
      const changed = await repo.get(id)
      assert.equal(changed?.liftsAt, '2026-03-04T16:00:00.000Z')
      assert.equal(changed?.embargo, false)
      assert.equal(changed?.lastFailure, null)
      assert.equal(await repo.clear(id), true)
      assert.equal(await repo.clear(id), false)
      assert.equal(await repo.get(id), undefined)
    })

    it('finds only scheduled releases whose time has come, at the exact instant too', async () => {
      const repo = scheduleRepository(store.db)
      const due = await release('scheduled')
      const later = await release('scheduled')
      const notScheduled = await release('approved')
      const put = (releaseId: string, liftsAt: string) =>
        repo.put({ releaseId, liftsAt, timeZone: 'UTC', embargo: true, setBy: null, at })
      await put(due, '2030-01-01T10:00:00.000Z')
      await put(later, '2030-01-01T10:00:01.000Z')
      await put(notScheduled, '2030-01-01T09:00:00.000Z')
      const ids = async (now: string) =>
        (await repo.due(now))
          .map((s) => s.releaseId)
          .filter((r) => [due, later, notScheduled].includes(r))
      assert.deepEqual(await ids('2030-01-01T09:59:59.999Z'), [])
      assert.deepEqual(await ids('2030-01-01T10:00:00.000Z'), [due])
      assert.deepEqual(await ids('2030-01-01T10:00:01.000Z'), [due, later])
    })

    it('publishes a scheduled release once, however many publish at the same time', async () => {
      const repo = scheduleRepository(store.db)
      const id = await release('scheduled')
      // On PostgreSQL the pool runs these on several connections at once.
      const results = await Promise.all(
        Array.from({ length: 8 }, () => scheduleRepository(store.db).publishIfScheduled(id, at)),
      )
      assert.equal(results.filter(Boolean).length, 1)
      const row = await releaseRepository(store.db).get(id)
      assert.equal(row?.status, 'published')
      assert.equal(row?.published_at, at)
      assert.equal(await repo.publishIfScheduled(id, at), false)
      const draft = await release('draft')
      assert.equal(await repo.publishIfScheduled(draft, at), false)
      assert.equal((await releaseRepository(store.db).get(draft))?.status, 'draft')
    })

    it('records preview links, their views and revocation once', async () => {
      const repo = previewRepository(store.db)
      const id = await release('scheduled')
      await repo.add({
        id: 'link-1',
        releaseId: id,
        email: 'reporter@example.net',
        name: 'Reporter',
        issuedBy: null,
        at,
        expiresAt: '2026-04-01T00:00:00.000Z',
      })
      await repo.add({
        id: 'link-2',
        releaseId: id,
        email: 'other@example.net',
        name: 'Other',
        issuedBy: null,
        at,
        expiresAt: '2026-04-01T00:00:00.000Z',
      })
      for (const when of ['2026-03-02T00:00:00.000Z', '2026-03-02T01:00:00.000Z'])
        await repo.addView({
          id: randomUUID(),
          linkId: 'link-1',
          releaseId: id,
          at: when,
          userAgent: 'UA',
        })
      const links = await repo.forRelease(id)
      assert.deepEqual(
        links.map((l) => [l.id, l.views, l.lastViewedAt]),
        [
          ['link-1', 2, '2026-03-02T01:00:00.000Z'],
          ['link-2', 0, null],
        ],
      )
      assert.equal(await repo.revoke('link-1', null, at), true)
      assert.equal(await repo.revoke('link-1', null, '2026-03-05T00:00:00.000Z'), false)
      assert.equal((await repo.get('link-1'))?.revokedAt, at)
      assert.equal(await repo.get('missing'), undefined)
    })

    it('keeps corrections in order with their notes per language, and a stamp that moves', async () => {
      const repo = correctionRepository(store.db)
      const id = await release('corrected')
      const before = await repo.stamp(coalitionId)
      await repo.add({
        id: 'c2',
        releaseId: id,
        at: '2026-03-05T00:00:00.000Z',
        authorId: null,
        notes: { en: 'Second.', es: 'Segunda.' },
      })
      await repo.add({
        id: 'c1',
        releaseId: id,
        at: '2026-03-04T00:00:00.000Z',
        authorId: null,
        notes: { en: 'First.', es: 'Primera.' },
      })
      assert.deepEqual(
        (await repo.forRelease(id)).map((c) => c.notes.es),
        ['Primera.', 'Segunda.'],
      )
      assert.notEqual(await repo.stamp(coalitionId), before)
      assert.equal(await repo.stamp(randomUUID()), '0:')
    })
  })
}

describe('concurrent publication across two PostgreSQL pools', () => {
  it('lets exactly one of two connections publish', async () => {
    const store = await openTestStore('postgres')
    try {
      const schema = (
        await store.db
          .selectNoFrom((eb) => eb.fn<string>('current_schema', []).as('s'))
          .executeTakeFirstOrThrow()
      ).s
      const second = await openStore({ engine: 'postgres', url: testDatabaseUrl, schema })
      try {
        const coalitionId = randomUUID()
        await store.db
          .insertInto('coalitions')
          .values({ id: coalitionId, slug: 'x', name: 'X', created_at: at })
          .execute()
        const id = randomUUID()
        await releaseRepository(store.db).create({
          id,
          coalitionId,
          slug: 'r',
          status: 'scheduled',
          createdBy: null,
          at,
          revisionId: randomUUID(),
          content: { versions: [{ lang: 'en', text: 'H' }] },
        })
        const results = await Promise.all(
          Array.from({ length: 10 }, (_, i) =>
            scheduleRepository((i % 2 ? second : store).db).publishIfScheduled(id, at),
          ),
        )
        assert.equal(results.filter(Boolean).length, 1)
      } finally {
        await second.close()
      }
    } finally {
      await store.close()
    }
  })
})
