import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../open-store.js'
import { StoreError } from '../store-error.js'
import { openTestStore, testEngines } from '../test-engines.js'
import { accountRepository } from './accounts.js'
import { directoryRepository } from './directory.js'

const at = '2026-01-01T00:00:00.000Z'
const later = '2026-01-02T00:00:00.000Z'

for (const engine of testEngines) {
  describe(`account repository on ${engine}`, () => {
    let store: Store
    before(async () => {
      store = await openTestStore(engine)
      const dir = directoryRepository(store.db)
      await dir.createCoalition({ id: 'c1', slug: 'c1', name: 'C', at })
      await dir.createOrganization({
        id: 'o1',
        coalitionId: 'c1',
        slug: 'o1',
        name: 'O',
        names: {},
        boilerplates: {},
        at,
      })
    })
    after(() => store.close())

    it('finds users by e-mail whatever its case, and refuses a second account for it', async () => {
      const repo = accountRepository(store.db)
      await repo.createUser({
        id: 'u1',
        email: 'Ana@Example.org ',
        name: 'Ana',
        passwordHash: 'h',
        locale: 'es',
        at,
      })
      assert.equal((await repo.userByEmail('ANA@example.org'))?.id, 'u1')
      await assert.rejects(
        repo.createUser({
          id: 'u2',
          email: 'ana@example.org',
          name: 'Ana 2',
          passwordHash: 'h',
          locale: 'en',
          at,
        }),
        (e) => e instanceof StoreError && e.code === 'duplicate',
      )
    })

    it('replaces a membership role rather than adding a second one', async () => {
      const repo = accountRepository(store.db)
      await repo.setMembership({ userId: 'u1', organizationId: 'o1', role: 'viewer', at })
      await repo.setMembership({ userId: 'u1', organizationId: 'o1', role: 'editor', at })
      assert.deepEqual(await repo.memberships('u1'), [
        { userId: 'u1', organizationId: 'o1', coalitionId: 'c1', role: 'editor' },
      ])
    })

    it('answers a session only before it expires', async () => {
      const repo = accountRepository(store.db)
      await repo.createSession({ idHash: 's1', userId: 'u1', csrfToken: 't', at, expiresAt: later })
      assert.equal((await repo.session('s1', at))?.user_id, 'u1')
      assert.equal(await repo.session('s1', later), undefined)
      await repo.deleteSession('s1')
      assert.equal(await repo.session('s1', at), undefined)
    })

    it('accepts an invitation once only', async () => {
      const repo = accountRepository(store.db)
      await repo.createInvitation({
        id: 'i1',
        tokenHash: 'th',
        organizationId: 'o1',
        role: 'editor',
        email: null,
        createdBy: 'u1',
        at,
        expiresAt: later,
      })
      assert.equal((await repo.invitation('th'))?.role, 'editor')
      assert.equal(await repo.acceptInvitation('i1', 'u1', at), true)
      assert.equal(await repo.acceptInvitation('i1', 'u1', at), false)
    })
  })
}
