import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { afterEach, beforeEach, describe, it } from 'node:test'
import type { Store } from '../open-store.js'
import { openTestStore, testEngines } from '../test-engines.js'
import { outboxRepository } from './outbox.js'
import { outboxSendRepository } from './outbox-sends.js'

const at = '2026-03-01T12:00:00.000Z'
const later = (s: number) => new Date(Date.parse(at) + s * 1000).toISOString()

async function seed(store: Store) {
  const coalitionId = randomUUID()
  const releaseId = randomUUID()
  await store.db
    .insertInto('coalitions')
    .values({ id: coalitionId, slug: coalitionId, name: 'C', created_at: at })
    .execute()
  await store.db
    .insertInto('releases')
    .values({
      id: releaseId,
      coalition_id: coalitionId,
      slug: 'r',
      status: 'published',
      revision: 1,
      created_by: null,
      created_at: at,
      updated_at: at,
      published_at: at,
    })
    .execute()
  return { coalitionId, releaseId }
}

function rows(coalitionId: string, releaseId: string, emails: string[]) {
  return emails.map((email) => ({
    id: randomUUID(),
    release_id: releaseId,
    coalition_id: coalitionId,
    contact_id: randomUUID(),
    email,
    name: email,
    langs: '["en"]',
    kind: 'member',
    state: 'queued',
    attempts: 0,
    next_attempt_at: at,
    message_id: `<${releaseId}.${email}@test>`,
    created_at: at,
    updated_at: at,
  }))
}

for (const engine of testEngines) {
  describe(`outbox repositories on ${engine}`, () => {
    let store: Store
    // A fresh store per case: claims take any due row, so cases must not see each other's.
    beforeEach(async () => {
      store = await openTestStore(engine)
    })
    afterEach(() => store.close())

    async function makeSend(emails: string[]) {
      const { coalitionId, releaseId } = await seed(store)
      const sends = outboxSendRepository(store.db)
      const send = await sends.create(
        {
          id: randomUUID(),
          coalition_id: coalitionId,
          release_id: releaseId,
          revision: 1,
          created_by: null,
          listIds: ['l1'],
          lang_choice: 'preferred',
          resolved: emails.length,
          created_at: at,
        },
        rows(coalitionId, releaseId, emails),
      )
      return { coalitionId, releaseId, send, sends }
    }

    it('skips an address that already has a row for the release, in a later send too', async () => {
      const { coalitionId, releaseId, send, sends } = await makeSend(['a@x.org', 'b@x.org'])
      assert.equal(send.total, 2)
      const second = await sends.create(
        {
          id: randomUUID(),
          coalition_id: coalitionId,
          release_id: releaseId,
          revision: 1,
          created_by: null,
          listIds: [],
          lang_choice: 'en',
          resolved: 2,
          created_at: at,
        },
        rows(coalitionId, releaseId, ['b@x.org', 'c@x.org']),
      )
      assert.equal(second.total, 1)
      assert.deepEqual((await sends.counts(second.id)).queued, 1)
    })

    it('claims due rows once, leases them, and fences a worker that lost its lease', async () => {
      const { send, sends } = await makeSend(['a@x.org', 'b@x.org', 'c@x.org'])
      const repo = outboxRepository(store)
      const claimed = (
        await repo.claim({ worker: 'w1', now: at, leaseUntil: later(30), limit: 2 })
      ).filter((r) => r.send_id === send.id)
      assert.equal(claimed.length, 2)
      for (const r of claimed) assert.equal(r.state, 'sending')
      const [first, second] = claimed as [(typeof claimed)[0], (typeof claimed)[0]]
      assert.equal(await repo.markHandover(first.id, 'w2', at, later(30)), false, 'not w2’s row')
      assert.equal(await repo.markHandover(first.id, 'w1', at, later(30)), true)
      // w1 stops; its leases run out: the claimed row is queued again, the handed-over one is not.
      const recovery = await repo.recoverExpired(later(31))
      assert.ok(recovery.requeued >= 1 && recovery.unconfirmed >= 1)
      const counts = await sends.counts(send.id)
      assert.equal(counts.unconfirmed, 1)
      assert.equal(counts.queued, 2)
      assert.equal(await repo.markHandover(second.id, 'w1', at, later(30)), false, 'lease lost')
      // A late answer still records the acceptance of the unconfirmed row.
      assert.equal(
        await repo.markSent(first.id, 'w1', {
          now: later(32),
          response: '250 ok',
          contentKind: 'release',
        }),
        true,
      )
      assert.equal((await sends.counts(send.id)).sent, 1)
    })

    it('recovers hand-overs by the stopped worker’s journal: only rows it noted stay unconfirmed', async () => {
      const { send, sends } = await makeSend(['j1@x.org', 'j2@x.org', 'j3@x.org', 'j4@x.org'])
      const repo = outboxRepository(store)
      const mine = (await repo.claim({ worker: 'wj', now: at, leaseUntil: later(30), limit: 100 }))
        .filter((r) => r.send_id === send.id)
        .sort((a, b) => a.email.localeCompare(b.email))
      assert.equal(mine.length, 4)
      for (const r of mine.slice(0, 3))
        assert.ok(await repo.markHandover(r.id, 'wj', at, later(30)))
      const [noted, notNoted, otherAttempt, claimedOnly] = mine as [
        (typeof mine)[0],
        (typeof mine)[0],
        (typeof mine)[0],
        (typeof mine)[0],
      ]
      // The journal noted the first row's current attempt, and the third row's earlier one.
      const journal = new Set([
        `${noted.id}:${noted.attempts}`,
        `${otherAttempt.id}:${otherAttempt.attempts + 1}`,
      ])
      const asked: string[] = []
      const recovery = await repo.recoverExpired(later(31), (worker) => {
        asked.push(worker)
        return worker === 'wj' ? (row) => journal.has(`${row.id}:${row.attempts}`) : null
      })
      assert.deepEqual(asked, ['wj'])
      assert.deepEqual(recovery.workers, ['wj'])
      const state = async (id: string) =>
        (
          await store.db
            .selectFrom('outbox_messages')
            .select('state')
            .where('id', '=', id)
            .executeTakeFirstOrThrow()
        ).state
      assert.equal(await state(noted.id), 'unconfirmed')
      assert.equal(await state(notNoted.id), 'queued')
      assert.equal(await state(otherAttempt.id), 'queued')
      assert.equal(await state(claimedOnly.id), 'queued')
      assert.equal(recovery.unconfirmed, 1)
      assert.ok(recovery.requeued >= 3)
      assert.equal((await sends.counts(send.id)).queued, 3)
    })

    it('without the stopped worker’s journal, every hand-over of it stays unconfirmed', async () => {
      const { send, sends } = await makeSend(['k1@x.org', 'k2@x.org'])
      const repo = outboxRepository(store)
      const mine = (
        await repo.claim({ worker: 'wk', now: at, leaseUntil: later(30), limit: 100 })
      ).filter((r) => r.send_id === send.id)
      for (const r of mine) assert.ok(await repo.markHandover(r.id, 'wk', at, later(30)))
      assert.equal(await repo.sendingCount('wk'), 2)
      await repo.recoverExpired(later(31), () => null)
      assert.equal((await sends.counts(send.id)).unconfirmed, 2)
      assert.equal(await repo.sendingCount('wk'), 0)
    })

    it('retries later, fails finally, and reports the problems', async () => {
      const { send, sends } = await makeSend(['t@x.org', 'p@x.org'])
      const repo = outboxRepository(store)
      const claimed = (
        await repo.claim({ worker: 'w', now: at, leaseUntil: later(30), limit: 100 })
      ).filter((r) => r.send_id === send.id)
      const t = claimed.find((r) => r.email === 't@x.org')
      const p = claimed.find((r) => r.email === 'p@x.org')
      assert.ok(t && p)
      await repo.markRetry(t.id, 'w', {
        now: at,
        nextAt: later(60),
        error: '451 try later',
        code: 451,
        attempt: true,
      })
      await repo.markFinal(p.id, 'w', {
        now: at,
        state: 'failed',
        error: '550 no such user',
        code: 550,
      })
      assert.equal(
        (
          await repo.claim({ worker: 'w', now: later(59), leaseUntil: later(90), limit: 100 })
        ).filter((r) => r.send_id === send.id).length,
        0,
        'not due before its next attempt',
      )
      const problems = await sends.problems(send.id)
      assert.deepEqual(
        problems.map((x) => [x.email, x.state, x.code, x.attempts]),
        [
          ['p@x.org', 'failed', 550, 1],
          ['t@x.org', 'queued', 451, 1],
        ],
      )
      assert.equal(await sends.finishIfDone(send.id, at), false)
    })

    if (engine === 'postgres')
      it('hands each row to exactly one of several concurrent claims', async () => {
        const emails = Array.from({ length: 300 }, (_, i) => `m${i}@x.org`)
        const { send } = await makeSend(emails)
        const repo = outboxRepository(store)
        const seen: string[] = []
        await Promise.all(
          ['w1', 'w2', 'w3', 'w4'].map(async (worker) => {
            for (;;) {
              const got = await repo.claim({
                worker,
                now: later(1),
                leaseUntil: later(60),
                limit: 7,
              })
              if (got.length === 0) return
              seen.push(...got.filter((r) => r.send_id === send.id).map((r) => r.email))
            }
          }),
        )
        assert.equal(seen.length, 300)
        assert.equal(new Set(seen).size, 300)
      })
  })
}
