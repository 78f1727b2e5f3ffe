/**
 * Test support for the crash test: a process that writes releases (each a transaction of a
 * release row, its first revision and its organizations) and revisions in a loop until it is
 * killed. Usage: node --import tsx src/store/crash-writer.ts '<StoreLocation JSON>'
 */
import { randomUUID } from 'node:crypto'
import { openStore, type StoreLocation } from './open-store.js'
import { releaseRepository } from './repositories/releases.js'

const location = JSON.parse(process.argv[2] ?? '{}') as StoreLocation
const store = await openStore(location)
const repo = releaseRepository(store.db)
const at = new Date().toISOString()
const coalitionId = randomUUID()
await store.db
  .insertInto('coalitions')
  .values({ id: coalitionId, slug: coalitionId, name: 'Crash', created_at: at })
  .execute()
const orgIds = [randomUUID(), randomUUID()]
for (const id of orgIds)
  await store.db
    .insertInto('organizations')
    .values({
      id,
      coalition_id: coalitionId,
      slug: id,
      name: id,
      names: '{}',
      boilerplates: '{}',
      website: null,
      logo_url: null,
      created_at: at,
    })
    .execute()
process.stdout.write('ready\n')
// A large text makes each write take long enough for the kill to land inside transactions.
const text = 'Lorem ipsum dolor sit amet. '.repeat(20_000)
for (let i = 0; ; i++) {
  const id = randomUUID()
  await repo.create({
    id,
    coalitionId,
    slug: `r-${i}`,
    status: 'draft',
    createdBy: null,
    at,
    revisionId: randomUUID(),
    content: {
      versions: [
        { lang: 'en', text },
        { lang: 'es', text },
      ],
    },
    organizationIds: orgIds,
  })
  await repo.saveRevision({
    releaseId: id,
    baseRevision: 1,
    revisionId: randomUUID(),
    authorId: null,
    at,
    content: { versions: [{ lang: 'en', text: `${text}${i}` }] },
  })
}
