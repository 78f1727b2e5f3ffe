import assert from 'node:assert/strict'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import fc from 'fast-check'
import { createMailer } from '../../mail/index.js'
import type { Store } from '../../store/index.js'
import { openTestStore, testEngines } from '../../store/test-engines.js'
import { fixedClock } from '../clock.js'
import { createNewsroom, type Newsroom } from '../create-newsroom.js'
import { NewsroomError } from '../newsroom-error.js'

/** Cells that stress the reader: delimiters, quotes, newlines, addresses, accents. */
const cell = fc.oneof(
  fc.constantFrom(
    '',
    '"',
    '""',
    ',',
    ';',
    '\t',
    '\r\n',
    '\n',
    'a@x.example',
    'B@X.example ',
    'ñ',
    'both',
    '=1+1',
  ),
  fc.emailAddress(),
  fc.string({ maxLength: 12 }),
)
const csvLike = fc
  .array(fc.array(cell, { maxLength: 6 }), { maxLength: 12 })
  .chain((rows) =>
    fc
      .constantFrom(',', ';', '\t')
      .map((d) => new TextEncoder().encode(rows.map((r) => r.join(d)).join('\n'))),
  )
const anyBytes = fc.oneof(fc.uint8Array({ maxLength: 400 }), csvLike)

for (const engine of testEngines) {
  describe(`CSV import of arbitrary bytes (${engine})`, () => {
    let store: Store
    let newsroom: Newsroom
    let listId: string
    before(async () => {
      store = await openTestStore(engine)
      newsroom = createNewsroom(store, fixedClock('2026-03-03T09:00:00Z'), {
        mailer: createMailer({ dropFolder: join(tmpdir(), 'comunicado-csv-property-mail') }),
        linkKey: 'a2V5LWtleS1rZXkta2V5LWtleS1rZXkta2V5LWtleQ',
      })
      const coalitionId = await newsroom.directory.createCoalition('Red', 'red')
      listId = (await newsroom.lists.createList(coalitionId, { name: 'Fuzz', kind: 'press' })).id
    })
    after(() => store.close())

    it('answers a report that accounts for every row, or a clear refusal; never a crash', async () => {
      await fc.assert(
        fc.asyncProperty(anyBytes, fc.boolean(), async (bytes, dryRun) => {
          try {
            const report = await newsroom.lists.importCsv(listId, bytes, { dryRun })
            assert.equal(report.rows, report.accepted + report.rejected.length)
            for (const r of report.rejected) assert.ok(r.line >= 1 && r.message.length > 0)
          } catch (error) {
            assert.ok(error instanceof NewsroomError, String(error))
            assert.equal(error.code, 'invalid')
            assert.ok(typeof error.details?.problem === 'string')
          }
        }),
        { numRuns: engine === 'sqlite' ? 300 : 60 },
      )
    })
  })
}
