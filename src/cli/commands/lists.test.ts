import assert from 'node:assert/strict'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createMailer } from '../../mail/index.js'
import { fixedClock } from '../../newsroom/clock.js'
import { createNewsroom } from '../../newsroom/create-newsroom.js'
import { openStore } from '../../store/index.js'
import { main } from '../main.js'
import { createMemoryIo } from '../memory-io.js'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/csv/${name}`, import.meta.url))

describe('comunicado lists (SQLite data dir)', () => {
  let dataDir: string
  before(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'comunicado-lists-cli-'))
    const store = await openStore({ engine: 'sqlite', file: join(dataDir, 'comunicado.db') })
    const newsroom = createNewsroom(store, fixedClock('2026-03-01T10:00:00Z'), {
      mailer: createMailer({ dropFolder: join(dataDir, 'mail') }),
    })
    const coalitionId = await newsroom.directory.createCoalition('Red', 'red')
    await newsroom.lists.createList(coalitionId, { name: 'Prensa nacional', kind: 'press' })
    await store.close()
  })
  after(() => rmSync(dataDir, { recursive: true, force: true }))

  const run = async (args: string[], files: Record<string, Uint8Array | string> = {}) => {
    const memory = createMemoryIo(files)
    const code = await main([...args, '--data-dir', dataDir], memory.io)
    return { code, out: memory.stdout(), err: memory.stderr() }
  }

  it('dry-runs, then imports, printing every rejected row with its line', async () => {
    const files = { 'press.csv': fixture('press-es-semicolon.csv') }
    const dry = await run(
      ['lists', 'import', 'press.csv', '--list', 'Prensa nacional', '--dry-run'],
      files,
    )
    assert.equal(dry.code, 0, dry.err)
    assert.match(
      dry.out,
      /read as UTF-8 \(with byte-order mark\), separated by semicolons, with a header row/,
    )
    assert.match(dry.out, /would accept 4 of 9 rows/)
    assert.match(dry.out, /dry run: nothing was saved/)
    assert.match((await run(['lists'])).out, /0 subscribed/)

    const real = await run(['lists', 'import', 'press.csv', '--list', 'Prensa nacional'], files)
    assert.equal(real.code, 0, real.err)
    assert.match(real.out, /accepted 4 of 9 rows: 4 new contacts/)
    for (const line of [
      /line 7: missing-email/,
      /line 8: invalid-email .*\[no-es-un-correo\]/,
      /line 9: bad-language .*\(francés\)/,
      /line 10: duplicate-in-file .*\(line 2\)/,
      /line 11: extra-cells/,
    ])
      assert.match(real.out, line)
    const listed = await run(['lists'])
    assert.match(listed.out, /press\s+4 subscribed\s+0 unsubscribed {2}Prensa nacional/)
  })

  it('takes --map and --json, and refuses what it cannot use with exit code 2', async () => {
    const files = { 'plain.csv': 'Dirección,Quién\nzoe@x.example,Zoe\n' }
    const json = await run(
      [
        'lists',
        'import',
        'plain.csv',
        '--list',
        'Prensa nacional',
        '--map',
        'Dirección=email',
        '--map',
        '2=name',
        '--json',
      ],
      files,
    )
    assert.equal(json.code, 0, json.err)
    const report = JSON.parse(json.out) as { accepted: number; columns: { field: string }[] }
    assert.equal(report.accepted, 1)
    assert.deepEqual(
      report.columns.map((c) => c.field),
      ['email', 'name'],
    )
    const noList = await run(['lists', 'import', 'plain.csv', '--list', 'Nope'], files)
    assert.equal(noList.code, 2)
    assert.match(noList.err, /no list "Nope" in this coalition \(lists: "Prensa nacional"\)/)
    const missing = await run(['lists', 'import', 'missing.csv', '--list', 'Prensa nacional'])
    assert.equal(missing.code, 2)
    assert.match(missing.err, /missing\.csv: no such file/)
    const badMap = await run(
      ['lists', 'import', 'plain.csv', '--list', 'Prensa nacional', '--map', 'email'],
      files,
    )
    assert.equal(badMap.code, 2)
    const binary = await run(['lists', 'import', 'x.png', '--list', 'Prensa nacional'], {
      'x.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2]),
    })
    assert.equal(binary.code, 2)
    assert.match(binary.err, /x\.png: this file is not a text file/)
  })
})
