import assert from 'node:assert/strict'
import { randomUUID } from 'node:crypto'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../open-store.js'
import { openTestStore, testEngines } from '../test-engines.js'
import { editorSyncRepository } from './editor-sync.js'
import { releaseRepository } from './releases.js'

const at = '2026-01-01T00:00:00.000Z'

for (const engine of testEngines) {
  describe(`editor sync repository on ${engine}`, () => {
    let store: Store
    let releaseId: string
    before(async () => {
      store = await openTestStore(engine)
      const coalitionId = randomUUID()
      await store.db
        .insertInto('coalitions')
        .values({ id: coalitionId, slug: 'c', name: 'Coalition', created_at: at })
        .execute()
      releaseId = randomUUID()
      await releaseRepository(store.db).create({
        id: releaseId,
        coalitionId,
        slug: 'r',
        status: 'draft',
        createdBy: null,
        at,
        revisionId: randomUUID(),
        content: { versions: [{ lang: 'en', text: 'Hello' }] },
      })
    })
    after(() => store.close())

    it('stores the hashes of a revision once, and answers undefined for another', async () => {
      const repo = editorSyncRepository(store.db)
      assert.equal(await repo.hashes(releaseId, 1), undefined)
      await repo.storeHashes(releaseId, 1, new Map([['en', ['a1', 'b2']]]), at)
      await repo.storeHashes(releaseId, 1, new Map([['en', ['changed']]]), at)
      assert.deepEqual([...((await repo.hashes(releaseId, 1)) ?? [])], [['en', ['a1', 'b2']]])
      assert.equal(await repo.hashes(releaseId, 2), undefined)
    })

    it('records pairs idempotently, even when two writers race', async () => {
      const repo = editorSyncRepository(store.db)
      const pair = {
        sourceLang: 'en',
        targetLang: 'es',
        sourceHash: 'aa',
        targetHash: 'bb',
        revision: 1,
        markedBy: null,
      }
      await Promise.all([
        repo.recordPairs(releaseId, [pair], at),
        repo.recordPairs(releaseId, [pair, { ...pair, targetHash: 'cc', revision: 2 }], at),
      ])
      const pairs = await repo.pairs(releaseId)
      assert.deepEqual(pairs.map((p) => `${p.sourceHash}:${p.targetHash}`).sort(), [
        'aa:bb',
        'aa:cc',
      ])
    })

    it('refuses hashes for a release that does not exist', async () => {
      await assert.rejects(
        editorSyncRepository(store.db).storeHashes('nope', 1, new Map([['en', []]]), at),
      )
    })
  })
}
