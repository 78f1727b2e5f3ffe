import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../open-store.js'
import { StoreError } from '../store-error.js'
import { openTestStore, testEngines } from '../test-engines.js'
import { directoryRepository } from './directory.js'

const at = '2026-01-01T00:00:00.000Z'

for (const engine of testEngines) {
  describe(`directory repository on ${engine}`, () => {
    let store: Store
    before(async () => {
      store = await openTestStore(engine)
    })
    after(() => store.close())

    it('keeps organizations with names and boilerplates per language', async () => {
      const repo = directoryRepository(store.db)
      await repo.createCoalition({ id: 'c1', slug: 'red', name: 'Red', at })
      await repo.createOrganization({
        id: 'o1',
        coalitionId: 'c1',
        slug: 'alianza',
        name: 'Alianza Americas',
        names: { en: 'Alianza Americas', es: 'Alianza Americas' },
        boilerplates: { en: 'Alianza Americas is a network…', es: 'Alianza Americas es una red…' },
        at,
      })
      const org = await repo.organizationBySlug('c1', 'alianza')
      assert.equal(org?.boilerplates.es, 'Alianza Americas es una red…')
      await repo.updateOrganization('o1', { website: 'https://example.org' })
      assert.equal((await repo.organization('o1'))?.website, 'https://example.org')
      assert.equal((await repo.coalition('red'))?.id, 'c1')
    })

    it('refuses a duplicate organization slug in one coalition', async () => {
      const repo = directoryRepository(store.db)
      const org = {
        id: 'o2',
        coalitionId: 'c1',
        slug: 'alianza',
        name: 'Other',
        names: {},
        boilerplates: {},
        at,
      }
      await assert.rejects(
        repo.createOrganization(org),
        (e) => e instanceof StoreError && e.code === 'duplicate',
      )
    })

    it('answers not-found when updating an unknown organization', async () => {
      const repo = directoryRepository(store.db)
      await assert.rejects(
        repo.updateOrganization('none', { name: 'x' }),
        (e) => e instanceof StoreError && e.code === 'not-found',
      )
    })

    it('keeps people with titles per language and roles', async () => {
      const repo = directoryRepository(store.db)
      await repo.createPerson({
        id: 'p1',
        organizationId: 'o1',
        name: 'Oscar Chacón',
        titles: { en: 'Executive Director', es: 'Director Ejecutivo' },
        email: 'oscar@example.org',
        phone: null,
        spokesperson: true,
        mediaContact: false,
        at,
      })
      const [person] = await repo.people('o1')
      assert.equal(person?.titles.es, 'Director Ejecutivo')
      assert.equal(person?.spokesperson, true)
      assert.equal(person?.mediaContact, false)
    })
  })
}
