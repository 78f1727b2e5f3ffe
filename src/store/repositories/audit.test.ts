import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import type { Store } from '../open-store.js'
import { openTestStore, testEngines } from '../test-engines.js'
import { auditRepository } from './audit.js'
import { directoryRepository } from './directory.js'
import { settingsRepository } from './settings.js'

const at = '2026-01-01T00:00:00.000Z'

for (const engine of testEngines) {
  describe(`audit log on ${engine}`, () => {
    let store: Store
    before(async () => {
      store = await openTestStore(engine)
      await directoryRepository(store.db).createCoalition({
        id: 'c1',
        slug: 'red',
        name: 'Red',
        at,
      })
    })
    after(() => store.close())

    it('appends entries in order and reads them back per release and per coalition', async () => {
      const repo = auditRepository(store.db)
      await repo.append({ id: 'a1', coalitionId: 'c1', action: 'coalition.made', at })
      await repo.append({
        id: 'a2',
        coalitionId: 'c1',
        actorLabel: 'scheduler',
        action: 'embargo.lifted',
        detail: { lang: ['en', 'es'] },
        at,
      })
      const all = await repo.forCoalition('c1')
      assert.deepEqual(
        all.map((e) => [e.id, e.seq, e.action]),
        [
          ['a2', 2, 'embargo.lifted'],
          ['a1', 1, 'coalition.made'],
        ],
      )
      assert.deepEqual(all[0]?.detail, { lang: ['en', 'es'] })
      assert.equal(all[0]?.actorLabel, 'scheduler')
      assert.deepEqual(await repo.forRelease('none'), [])
    })

    it('gives concurrent appends distinct sequence numbers', async () => {
      const repo = auditRepository(store.db)
      await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          repo.append({ id: `p${i}`, coalitionId: 'c1', action: 'parallel', at }),
        ),
      )
      const seqs = (await repo.forCoalition('c1', 1000)).map((e) => e.seq)
      assert.equal(new Set(seqs).size, seqs.length)
    })

    it('refuses to change or delete an entry (append-only in the database)', async () => {
      await assert.rejects(
        sql`update audit_entries set action = 'forged' where id = 'a1'`.execute(store.db),
        /append-only/,
      )
      await assert.rejects(
        sql`delete from audit_entries where id = 'a1'`.execute(store.db),
        /append-only/,
      )
      const kept = (await auditRepository(store.db).forCoalition('c1', 1000)).find(
        (e) => e.id === 'a1',
      )
      assert.equal(kept?.action, 'coalition.made')
    })

    it('keeps the first value of a setting made by two racing callers', async () => {
      const settings = settingsRepository(store.db)
      const [a, b] = await Promise.all([
        settings.getOrCreate('k', () => 'first'),
        settings.getOrCreate('k', () => 'second'),
      ])
      assert.equal(a, b)
      assert.equal(await settings.get('k'), a)
      assert.equal(await settings.get('missing'), undefined)
    })
  })
}
