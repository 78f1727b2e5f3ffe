import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createMailer } from '../../mail/index.js'
import type { Store } from '../../store/index.js'
import { openTestStore, testEngines } from '../../store/test-engines.js'
import { fixedClock } from '../clock.js'
import { createNewsroom, type Newsroom } from '../create-newsroom.js'
import { NewsroomError } from '../newsroom-error.js'
import type { CsvImportReport } from './csv-import.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/csv/${name}`, import.meta.url))
const utf8 = (text: string) => new TextEncoder().encode(text)
const reasons = (report: CsvImportReport) => report.rejected.map((r) => [r.line, r.reason])

for (const engine of testEngines) {
  describe(`CSV import (${engine})`, () => {
    let store: Store
    let newsroom: Newsroom
    let coalitionId: string
    const clock = fixedClock('2026-03-02T09:00:00Z')

    before(async () => {
      store = await openTestStore(engine)
      newsroom = createNewsroom(store, clock, {
        mailer: createMailer({ dropFolder: join(tmpdir(), 'comunicado-csv-test-mail') }),
        linkKey: 'a2V5LWtleS1rZXkta2V5LWtleS1rZXkta2V5LWtleQ',
      })
      coalitionId = await newsroom.directory.createCoalition('Red', 'red')
    })
    after(() => store.close())

    it('reads a Spanish spreadsheet export and reports every rejected row with its line', async () => {
      const list = await newsroom.lists.createList(coalitionId, {
        name: 'Prensa ES',
        kind: 'press',
      })
      const report = await newsroom.lists.importCsv(list.id, fixture('press-es-semicolon.csv'), {
        source: 'import:press-es-semicolon.csv',
      })
      assert.equal(report.encoding, 'utf-8-bom')
      assert.equal(report.delimiter, ';')
      assert.equal(report.hasHeader, true)
      assert.deepEqual(
        report.columns.map((c) => c.field),
        ['email', 'firstName', 'lastName', 'outlet', 'lang', 'location'],
      )
      assert.equal(report.rows, 9)
      assert.equal(report.accepted, 4)
      assert.equal(report.rows, report.accepted + report.rejected.length)
      assert.deepEqual(reasons(report), [
        [7, 'missing-email'],
        [8, 'invalid-email'],
        [9, 'bad-language'],
        [10, 'duplicate-in-file'],
        [11, 'extra-cells'],
      ])
      assert.equal(report.rejected[2]?.detail, 'francés')
      assert.equal(report.rejected[3]?.detail, 'line 2')
      assert.equal(report.rejected[4]?.detail, 'columna de más')
      assert.equal(report.newContacts, 4)
      assert.equal(report.subscribed, 4)

      const members = await newsroom.lists.members(list.id)
      const ana = members.find((m) => m.email === 'ana.perez@diario.example')
      assert.equal(ana?.name, 'Ana Pérez')
      assert.equal(ana?.outlet, 'El Diario; edición nacional')
      assert.equal(ana?.lang, 'es')
      assert.equal(ana?.location, 'Madrid')
      assert.equal(ana?.source, 'import:press-es-semicolon.csv')
      assert.deepEqual(
        members.map((m) => [m.email, m.lang, m.state]),
        [
          ['ana.perez@diario.example', 'es', 'subscribed'],
          ['ben@wire.example', 'en', 'subscribed'],
          ['carla@radio.example', 'both', 'subscribed'],
          ['gema@blog.example', null, 'subscribed'],
        ],
      )
      const log = await newsroom.audit.forCoalition(coalitionId, 5)
      assert.ok(log.some((e) => e.action === 'list.imported'))
    })

    it('re-importing updates contacts instead of duplicating, and keeps known values for empty cells', async () => {
      const list = await newsroom.lists.createList(coalitionId, {
        name: 'Re-import',
        kind: 'press',
      })
      const first = await newsroom.lists.importCsv(
        list.id,
        utf8(
          'email,name,outlet,language\nhana@x.example,Hana,Diario A,es\nivo@x.example,Ivo,,en\n',
        ),
      )
      assert.equal(first.newContacts, 2)
      const again = await newsroom.lists.importCsv(
        list.id,
        utf8(
          'Email,Name,Outlet,Language\nHANA@x.example,Hana,,\nivo@x.example,Ivo,Radio B,en\nJULIA@x.example,Julia,,\n',
        ),
      )
      assert.deepEqual(
        [
          again.newContacts,
          again.updatedContacts,
          again.unchangedContacts,
          again.subscribed,
          again.alreadySubscribed,
        ],
        [1, 1, 1, 1, 2],
      )
      const members = await newsroom.lists.members(list.id)
      assert.deepEqual(
        members.map((m) => [m.email, m.outlet, m.lang]),
        [
          ['hana@x.example', 'Diario A', 'es'],
          ['ivo@x.example', 'Radio B', 'en'],
          ['julia@x.example', null, null],
        ],
      )
    })

    it('treats case, whitespace and IDN variants of an address as one, in the file and against the store', async () => {
      const list = await newsroom.lists.createList(coalitionId, { name: 'Variants', kind: 'press' })
      await newsroom.lists.addContact(list.id, {
        email: 'redaccion@periódico.example',
        name: 'Redacción',
      })
      const report = await newsroom.lists.importCsv(
        list.id,
        utf8(
          'email,name\n PRENSA@Bücher.example ,Prensa\nprensa@xn--bcher-kva.example,Otra vez\n\u00a0Redaccion@XN--PERIDICO-Y3A.example,Redacción nueva\n',
        ),
      )
      assert.deepEqual(reasons(report), [[3, 'duplicate-in-file']])
      assert.deepEqual(
        [report.newContacts, report.updatedContacts, report.alreadySubscribed],
        [1, 1, 1],
      )
      const members = await newsroom.lists.members(list.id)
      assert.deepEqual(
        members.map((m) => [m.email, m.name]),
        [
          ['prensa@xn--bcher-kva.example', 'Prensa'],
          ['redaccion@xn--peridico-y3a.example', 'Redacción nueva'],
        ],
      )
    })

    it('concurrent imports of overlapping files end with one contact per address and no error', async () => {
      const a = await newsroom.lists.createList(coalitionId, {
        name: 'Concurrent A',
        kind: 'press',
      })
      const b = await newsroom.lists.createList(coalitionId, {
        name: 'Concurrent B',
        kind: 'members',
      })
      const file = (from: number, to: number, reverse: boolean) => {
        const rows = Array.from(
          { length: to - from },
          (_, i) => `same${from + i}@x.example,N${from + i}`,
        )
        if (reverse) rows.reverse()
        return utf8(`email,name\n${rows.join('\n')}\n`)
      }
      const reports = await Promise.all([
        newsroom.lists.importCsv(a.id, file(0, 300, false)),
        newsroom.lists.importCsv(a.id, file(100, 400, true)),
        newsroom.lists.importCsv(b.id, file(50, 350, true)),
      ])
      for (const r of reports) assert.equal(r.rejected.length, 0)
      const inA = await newsroom.lists.members(a.id)
      const inB = await newsroom.lists.members(b.id)
      assert.equal(inA.length, 400)
      assert.equal(inB.length, 300)
      assert.equal(new Set(inA.map((m) => m.id)).size, 400)
      const shared = inB.filter((m) => inA.some((x) => x.id === m.id))
      assert.equal(shared.length, 300)
    })

    it('never re-subscribes a suppressed or unsubscribed address', async () => {
      const list = await newsroom.lists.createList(coalitionId, {
        name: 'Consent',
        kind: 'members',
      })
      const kept = await newsroom.lists.addContact(list.id, { email: 'kai@x.example' })
      await newsroom.lists.unsubscribeFromList(list.id, kept.id, { label: 'test' })
      await newsroom.lists.suppress(coalitionId, 'leo@x.example', 'bounce', '550 5.1.1')
      const report = await newsroom.lists.importCsv(
        list.id,
        utf8('email\nkai@x.example\nLEO@x.example\nmia@x.example\n'),
      )
      assert.deepEqual(reasons(report), [
        [2, 'unsubscribed'],
        [3, 'suppressed'],
      ])
      assert.equal(report.rejected[1]?.detail, 'bounce')
      const members = await newsroom.lists.members(list.id)
      assert.deepEqual(
        members.map((m) => [m.email, m.state]),
        [
          ['kai@x.example', 'unsubscribed'],
          ['mia@x.example', 'subscribed'],
        ],
      )
      const recipients = await newsroom.lists.resolveRecipients(coalitionId, [list.id])
      assert.deepEqual(
        recipients.map((r) => r.email),
        ['mia@x.example'],
      )
    })

    it('reads Windows-1252 and UTF-16 files and says which encoding it used', async () => {
      const list = await newsroom.lists.createList(coalitionId, {
        name: 'Encodings',
        kind: 'press',
      })
      const latin = await newsroom.lists.importCsv(list.id, fixture('latin1.csv'))
      assert.equal(latin.encoding, 'windows-1252')
      assert.equal(latin.accepted, 2)
      for (const [file, encoding] of [
        ['utf16le.tsv', 'utf-16le'],
        ['utf16be.tsv', 'utf-16be'],
      ] as const) {
        const report = await newsroom.lists.importCsv(list.id, fixture(file), { dryRun: true })
        assert.equal(report.encoding, encoding)
        assert.equal(report.delimiter, '\t')
        assert.equal(report.accepted, 2)
      }
      const members = await newsroom.lists.members(list.id)
      assert.deepEqual(
        members.map((m) => [m.name, m.outlet, m.lang]),
        [
          ['Inés Núñez', 'Revista Señal', 'en'],
          ['José Muñoz', 'El Periódico', 'es'],
        ],
      )
    })

    it('a dry run reports the same and saves nothing', async () => {
      const list = await newsroom.lists.createList(coalitionId, { name: 'Dry', kind: 'press' })
      const dry = await newsroom.lists.importCsv(list.id, fixture('press-es-semicolon.csv'), {
        dryRun: true,
      })
      assert.equal(dry.dryRun, true)
      assert.deepEqual(await newsroom.lists.members(list.id), [])
      const real = await newsroom.lists.importCsv(list.id, fixture('press-es-semicolon.csv'))
      assert.deepEqual(
        { ...dry, dryRun: false, newContacts: 0, updatedContacts: 0, unchangedContacts: 0 },
        {
          ...real,
          newContacts: 0,
          updatedContacts: 0,
          unchangedContacts: 0,
        },
      )
    })

    it('uses an explicit mapping over the guess, and a file without header by column number', async () => {
      const list = await newsroom.lists.createList(coalitionId, { name: 'Mapped', kind: 'press' })
      const report = await newsroom.lists.importCsv(list.id, fixture('no-header.csv'), {
        mapping: { '2': 'name', '3': 'medio' },
      })
      assert.equal(report.hasHeader, false)
      assert.deepEqual(
        report.columns.map((c) => [c.header, c.field, c.explicit]),
        [
          ['Column 1', 'email', false],
          ['Column 2', 'name', true],
          ['Column 3', 'outlet', true],
        ],
      )
      assert.equal(report.accepted, 2)
      const renamed = await newsroom.lists.importCsv(
        list.id,
        utf8('Contacto,Dirección,Notas\nPaz,paz@x.example,call first\n'),
        { mapping: { Dirección: 'email', notas: 'ignore' }, dryRun: true },
      )
      assert.deepEqual(
        renamed.columns.map((c) => c.field),
        ['name', 'email', null],
      )
      await assert.rejects(
        newsroom.lists.importCsv(list.id, fixture('no-header.csv'), {
          mapping: { Correo: 'email' },
        }),
        (e: NewsroomError) => e.details?.problem === 'unknown-column' && /Column 1/.test(e.message),
      )
      await assert.rejects(
        newsroom.lists.importCsv(list.id, fixture('no-header.csv'), {
          mapping: { '2': 'telefono' },
        }),
        (e: NewsroomError) => e.details?.problem === 'unknown-field',
      )
    })

    it('refuses whole-file problems with a clear error and changes nothing', async () => {
      const list = await newsroom.lists.createList(coalitionId, { name: 'Refused', kind: 'press' })
      const cases: [Uint8Array, string][] = [
        [new Uint8Array(), 'empty'],
        [utf8('\n\n  \n'), 'empty'],
        [fixture('unclosed-quote.csv'), 'unclosed-quote'],
        [utf8('name,outlet\nAna,Diario\n'), 'no-email-column'],
        [
          new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1]),
          'not-text',
        ],
        [utf8(`email\n${'a@x.example\n'.repeat(20)}`), 'too-large'],
      ]
      for (const [bytes, problem] of cases)
        await assert.rejects(
          newsroom.lists.importCsv(list.id, bytes, { maxBytes: 100 }),
          (e: NewsroomError) =>
            e instanceof NewsroomError && e.code === 'invalid' && e.details?.problem === problem,
          problem,
        )
      assert.deepEqual(await newsroom.lists.members(list.id), [])
    })

    it('exports a list with formula-looking cells defused, and the export imports back', async () => {
      const list = await newsroom.lists.createList(coalitionId, { name: 'Formulas', kind: 'press' })
      await newsroom.lists.importCsv(list.id, fixture('formula-cells.csv'))
      const csv = await newsroom.lists.exportCsv(list.id)
      assert.ok(csv.startsWith('\ufeffemail,name,outlet,beat,language,location,state'))
      assert.match(
        csv,
        /pablo@x\.example,"'=HYPERLINK\(""http:\/\/evil\.example"",""clic""\)",'\+34 600 000 000,/,
      )
      assert.match(csv, /quim@x\.example,'@SUM\(1\+1\),'-2,/)
      const other = await newsroom.lists.createList(coalitionId, {
        name: 'Round trip',
        kind: 'press',
      })
      const back = await newsroom.lists.importCsv(other.id, utf8(csv), {
        mapping: { state: 'ignore', state_at: 'ignore', source: 'ignore', suppressed: 'ignore' },
      })
      assert.equal(back.accepted, 2)
      assert.equal(back.rejected.length, 0)
    })
  })
}
