import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { openStore, type StoreLocation } from './open-store.js'
import { testDatabaseUrl } from './test-engines.js'

const writer = fileURLToPath(new URL('./crash-writer.ts', import.meta.url))

/** Runs the writer, kills it with SIGKILL after `ms` of writing, and resolves when it is gone. */
async function killMidWrite(location: StoreLocation, ms: number): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', writer, JSON.stringify(location)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => c.toString().includes('ready') && resolve())
    child.on('exit', (code) => reject(new Error(`writer exited early (${code})`)))
  })
  await new Promise((r) => setTimeout(r, ms))
  const gone = new Promise((r) => child.on('exit', r))
  child.kill('SIGKILL')
  await gone
}

async function assertNoHalfSavedRelease(location: StoreLocation): Promise<number> {
  const store = await openStore(location)
  try {
    const releases = await store.db.selectFrom('releases').select(['id', 'revision']).execute()
    for (const r of releases) {
      const revisions = await store.db
        .selectFrom('revisions')
        .select('number')
        .where('release_id', '=', r.id)
        .orderBy('number')
        .execute()
      assert.deepEqual(
        revisions.map((x) => x.number),
        Array.from({ length: r.revision }, (_, i) => i + 1),
        `release ${r.id} has exactly its revisions`,
      )
      const orgs = await store.db
        .selectFrom('release_organizations')
        .select('organization_id')
        .where('release_id', '=', r.id)
        .execute()
      assert.equal(orgs.length, 2, `release ${r.id} has both organizations`)
    }
    const orphans = await store.db
      .selectFrom('revisions')
      .leftJoin('releases', 'releases.id', 'revisions.release_id')
      .select('revisions.id')
      .where('releases.id', 'is', null)
      .execute()
    assert.equal(orphans.length, 0, 'no revision without its release')
    return releases.length
  } finally {
    await store.close()
  }
}

describe('a process killed mid-write', () => {
  it('leaves no half-saved release on SQLite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comunicado-crash-'))
    try {
      const location: StoreLocation = { engine: 'sqlite', file: join(dir, 'crash.db') }
      for (const ms of [150, 400]) await killMidWrite(location, ms)
      assert.ok(
        (await assertNoHalfSavedRelease(location)) > 0,
        'some releases were written before the kills',
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('leaves no half-saved release on PostgreSQL', async () => {
    const schema = `crash_${randomBytes(5).toString('hex')}`
    const admin = new pg.Client({ connectionString: testDatabaseUrl })
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    try {
      const location: StoreLocation = { engine: 'postgres', url: testDatabaseUrl, schema }
      for (const ms of [300, 700]) await killMidWrite(location, ms)
      assert.ok(
        (await assertNoHalfSavedRelease(location)) > 0,
        'some releases were written before the kills',
      )
    } finally {
      await admin.query(`drop schema ${schema} cascade`)
      await admin.end()
    }
  })
})
