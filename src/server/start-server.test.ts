import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import pg from 'pg'
import { testDatabaseUrl } from '../store/test-engines.js'
import { startServer } from './start-server.js'

const demo = new URL('../../examples/alianza-americas-2021/release.txt', import.meta.url).pathname

describe('startServer', () => {
  const dir = mkdtempSync(join(tmpdir(), 'comunicado-start-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('seeds the demo coalition once on an empty SQLite store and serves it over HTTP', async () => {
    const lines: string[] = []
    const options = {
      port: 0,
      host: '127.0.0.1',
      env: { DATA_DIR: dir },
      demoRelease: demo,
      log: (l: string) => lines.push(l),
    }
    const first = await startServer(options)
    try {
      const signIn = await fetch(`${first.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'admin@demo.comunicado.test', password: 'comunicado-demo' }),
      })
      assert.equal(signIn.status, 200)
      assert.ok(lines.some((l) => l.includes('admin@demo.comunicado.test')))
    } finally {
      await first.close()
    }
    lines.length = 0
    const second = await startServer(options)
    await second.close()
    assert.ok(
      !lines.some((l) => l.includes('Created the demo coalition')),
      'a second start does not seed again',
    )
  })

  it('closes twice without error', async () => {
    const server = await startServer({
      port: 0,
      host: '127.0.0.1',
      env: { DATA_DIR: dir },
      demoRelease: null,
      log: () => {},
    })
    await Promise.all([server.close(), server.close()])
  })

  it('runs the same app on PostgreSQL from DATABASE_URL', async () => {
    const name = `comunicado_start_${process.pid}`
    const admin = new pg.Client({ connectionString: testDatabaseUrl })
    await admin.connect()
    await admin.query(`drop database if exists ${name}`)
    await admin.query(`create database ${name}`)
    try {
      const url = new URL(testDatabaseUrl)
      url.pathname = `/${name}`
      const server = await startServer({
        port: 0,
        host: '127.0.0.1',
        env: { DATABASE_URL: url.toString() },
        demoRelease: demo,
        log: () => {},
      })
      try {
        const signIn = await fetch(`${server.url}/api/session`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            email: 'editor@demo.comunicado.test',
            password: 'comunicado-demo',
          }),
        })
        assert.equal(signIn.status, 200)
      } finally {
        await server.close()
      }
    } finally {
      await admin.query(`drop database if exists ${name}`)
      await admin.end()
    }
  })
})
