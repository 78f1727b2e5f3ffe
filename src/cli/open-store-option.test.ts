import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { Command } from 'commander'
import { openStore } from '../store/open-store.js'
import { CliError } from './io.js'
import { addStoreOptions, openStoreOption, storeLocationOf } from './open-store-option.js'

describe('store options of the command line', () => {
  const dir = mkdtempSync(join(tmpdir(), 'comunicado-store-option-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('names PostgreSQL by --database-url and SQLite by --data-dir, else the environment', () => {
    assert.deepEqual(storeLocationOf({ databaseUrl: 'postgres://db.example/news' }, {}), {
      engine: 'postgres',
      url: 'postgres://db.example/news',
    })
    assert.deepEqual(storeLocationOf({ dataDir: 'some/dir' }, { DATA_DIR: 'ignored' }), {
      engine: 'sqlite',
      file: 'some/dir/comunicado.db',
    })
    assert.deepEqual(storeLocationOf({}, { DATA_DIR: 'from/env' }), {
      engine: 'sqlite',
      file: 'from/env/comunicado.db',
    })
  })

  it('refuses both options at once and a URL that is not PostgreSQL, as usage errors', () => {
    assert.throws(
      () => storeLocationOf({ databaseUrl: 'postgres://db.example/news', dataDir: dir }, {}),
      (e) => e instanceof CliError && /not both/.test(e.message),
    )
    assert.throws(
      () => storeLocationOf({ databaseUrl: 'mysql://db.example/news' }, {}),
      (e) => e instanceof CliError && /postgres:\/\//.test(e.message),
    )
  })

  it('refuses a SQLite newsroom that does not exist instead of creating an empty one', async () => {
    const missing = join(dir, 'missing')
    await assert.rejects(
      openStoreOption({ dataDir: missing }, {}),
      (e) => e instanceof CliError && /no newsroom database at/.test(e.message),
    )
    assert.equal(existsSync(missing), false)
  })

  it('opens an existing SQLite newsroom and says where it is', async () => {
    const file = join(dir, 'comunicado.db')
    await (await openStore({ engine: 'sqlite', file })).close()
    const opened = await openStoreOption({ dataDir: dir }, {})
    try {
      assert.deepEqual(opened.location, { engine: 'sqlite', file })
      const coalitions = await opened.store.db.selectFrom('coalitions').select('id').execute()
      assert.deepEqual(coalitions, [])
    } finally {
      await opened.store.close()
    }
  })

  it('adds both options to a command', () => {
    const command = addStoreOptions(new Command('x').exitOverride())
    command.parse(['--database-url', 'postgres://h/db', '--data-dir', 'd'], { from: 'user' })
    assert.deepEqual(command.opts(), { databaseUrl: 'postgres://h/db', dataDir: 'd' })
  })
})
