import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../open-store.js'
import { StoreError } from '../store-error.js'
import { openTestStore, testEngines } from '../test-engines.js'
import { releaseRepository } from './releases.js'

const at = '2026-01-01T00:00:00.000Z'

async function seedCoalition(store: Store): Promise<string> {
  const id = randomUUID()
  await store.db
    .insertInto('coalitions')
    .values({ id, slug: `c-${id}`, name: 'Coalition', created_at: at })
    .execute()
  return id
}

for (const engine of testEngines) {
  describe(`release repository on ${engine}`, () => {
    let store: Store
    let coalitionId: string
    before(async () => {
      store = await openTestStore(engine)
      coalitionId = await seedCoalition(store)
    })
    after(() => store.close())

    function newRelease(slug: string) {
      return {
        id: randomUUID(),
        coalitionId,
        slug,
        status: 'draft',
        createdBy: null,
        at,
        revisionId: randomUUID(),
        content: {
          versions: [
            { lang: 'en', text: 'Hello' },
            { lang: 'es', text: 'Hola' },
          ],
        },
      }
    }

    it('creates a release with its first revision', async () => {
      const repo = releaseRepository(store.db)
      const input = newRelease('first')
      await repo.create(input)
      const row = await repo.get(input.id)
      assert.equal(row?.revision, 1)
      assert.equal(row?.status, 'draft')
      const rev = await repo.revision(input.id, 1)
      assert.deepEqual(rev?.content, input.content)
    })

    it('refuses a second release with the same slug', async () => {
      const repo = releaseRepository(store.db)
      await repo.create(newRelease('dup'))
      await assert.rejects(
        repo.create(newRelease('dup')),
        (e) => e instanceof StoreError && e.code === 'duplicate',
      )
    })

    it('saves revisions in order and refuses a stale one without losing the saved text', async () => {
      const repo = releaseRepository(store.db)
      const input = newRelease('concurrent')
      await repo.create(input)
      const content = (text: string) => ({ versions: [{ lang: 'en', text }] })
      const saved = await repo.saveRevision({
        releaseId: input.id,
        baseRevision: 1,
        revisionId: randomUUID(),
        authorId: null,
        at,
        content: content('A'),
      })
      assert.equal(saved.number, 2)
      await assert.rejects(
        repo.saveRevision({
          releaseId: input.id,
          baseRevision: 1,
          revisionId: randomUUID(),
          authorId: null,
          at,
          content: content('B'),
        }),
        (e) => e instanceof StoreError && e.code === 'conflict' && /stale/.test(e.message),
      )
      const revisions = await repo.revisions(input.id)
      assert.deepEqual(
        revisions.map((r) => r.number),
        [1, 2],
      )
      assert.equal(revisions[1]?.content.versions[0]?.text, 'A')
    })

    it('lets exactly one of two simultaneous saves on the same base win', async () => {
      const repo = releaseRepository(store.db)
      const input = newRelease('race')
      await repo.create(input)
      const save = (text: string) =>
        repo.saveRevision({
          releaseId: input.id,
          baseRevision: 1,
          revisionId: randomUUID(),
          authorId: null,
          at,
          content: { versions: [{ lang: 'en', text }] },
        })
      const results = await Promise.allSettled([save('one'), save('two')])
      assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1)
      assert.equal((await repo.get(input.id))?.revision, 2)
    })

    it('answers not-found for a revision on an unknown release', async () => {
      const repo = releaseRepository(store.db)
      await assert.rejects(
        repo.saveRevision({
          releaseId: 'nope',
          baseRevision: 1,
          revisionId: randomUUID(),
          authorId: null,
          at,
          content: { versions: [] },
        }),
        (e) => e instanceof StoreError && e.code === 'not-found',
      )
    })

    it('rolls back the whole release when part of its creation fails', async () => {
      const repo = releaseRepository(store.db)
      const input = { ...newRelease('half'), organizationIds: ['no-such-organization'] }
      await assert.rejects(repo.create(input))
      assert.equal(await repo.get(input.id), undefined)
      assert.equal(await repo.revision(input.id, 1), undefined)
    })
  })
}
