/**
 * Crash tests of the outbox: a send to 2,000 recipients, the worker process killed with SIGKILL
 * mid-run and started again; the loopback SMTP server (which dedupes nothing) must have accepted
 * every recipient's message exactly once. On SQLite with one worker; on PostgreSQL with three
 * worker processes sharing the outbox, killed at different moments. The test runner runs this
 * file after the others, alone (scripts/run-tests.mjs): it starts and kills processes of its own.
 */
import assert from 'node:assert/strict'
import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.js'
import { openStore, type StoreLocation } from '../../store/index.js'
import { testDatabaseUrl } from '../../store/test-engines.js'
import { openOutboxWorld, publishedRelease } from './outbox-test-world.js'

const workerScript = fileURLToPath(new URL('./outbox-crash-worker.ts', import.meta.url))
const recipients = 2000
const leaseMs = 2000

/** Fills a members list with `n` contacts through the CSV import, and queues a send to it. */
async function queueSend(location: StoreLocation, smtp: TestSmtpServer): Promise<string[]> {
  const store = await openStore(location)
  const w = await openOutboxWorld(location.engine, { smtp, store })
  try {
    const emails = Array.from({ length: recipients }, (_, i) => `member${i}@crash.example`)
    const csv = `email,name,language\n${emails.map((e, i) => `${e},Member ${i},${i % 3 === 0 ? 'es' : i % 3 === 1 ? 'en' : 'both'}`).join('\n')}\n`
    const report = await w.newsroom.lists.importCsv(w.membersListId, new TextEncoder().encode(csv))
    assert.equal(report.accepted, recipients)
    const releaseId = await publishedRelease(w, 'crash', 'Jaguar')
    const send = await w.newsroom.outbox.send(w.editorActor, releaseId, {
      listIds: [w.membersListId],
    })
    assert.equal(send.total, recipients)
    return emails
  } finally {
    await w.close()
    await store.close()
  }
}

function startWorker(
  location: StoreLocation,
  smtp: TestSmtpServer,
  journalDir: string,
): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      workerScript,
      JSON.stringify(location),
      smtp.url,
      String(leaseMs),
      journalDir,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  )
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (c: Buffer) => c.toString().includes('ready') && resolve(child))
    child.once('exit', (code) => reject(new Error(`worker exited early (${code})`)))
  })
}

async function kill(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const gone = new Promise((r) => child.once('exit', r))
  child.kill('SIGKILL')
  await gone
}

async function until(test: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const end = Date.now() + timeoutMs
  while (!(await test())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** Waits until no row is queued or sending; answers the final counts by state. */
async function settled(location: StoreLocation): Promise<Record<string, number>> {
  const store = await openStore(location)
  try {
    let counts: Record<string, number> = {}
    await until(
      async () => {
        const rows = await store.db
          .selectFrom('outbox_messages')
          .select(['state', (eb) => eb.fn.countAll<string | number>().as('n')])
          .groupBy('state')
          .execute()
        counts = Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]))
        return !counts.queued && !counts.sending
      },
      180_000,
      'every row to be final',
    )
    return counts
  } finally {
    await store.close()
  }
}

/**
 * Every row is sent, or unconfirmed: handed over when a worker was killed, before the server's
 * answer was recorded (never resent; the deliveries below show they did arrive, once).
 */
function assertFinal(counts: Record<string, number>) {
  assert.deepEqual(
    Object.keys(counts).filter((s) => s !== 'sent' && s !== 'unconfirmed'),
    [],
    JSON.stringify(counts),
  )
  assert.equal((counts.sent ?? 0) + (counts.unconfirmed ?? 0), recipients)
  // A kill can leave at most the rows of the killed workers' connections unconfirmed.
  assert.ok((counts.unconfirmed ?? 0) <= 4 * 5, JSON.stringify(counts))
  console.log(`# final rows: ${JSON.stringify(counts)}`)
}

async function assertExactlyOnce(smtp: TestSmtpServer, emails: string[], location: StoreLocation) {
  const wrong = emails
    .map((e) => [e, smtp.deliveries.get(e) ?? 0] as const)
    .filter(([, n]) => n !== 1)
  if (wrong.length > 0) {
    // Say what the outbox recorded for them, so a failure tells where the message was lost.
    const store = await openStore(location)
    try {
      const rows = await store.db
        .selectFrom('outbox_messages')
        .selectAll()
        .where(
          'email',
          'in',
          wrong.map(([e]) => e),
        )
        .execute()
      console.log(`# rows of the wrongly delivered: ${JSON.stringify(rows)}`)
    } finally {
      await store.close()
    }
  }
  assert.deepEqual(wrong, [], 'every recipient received the release exactly once')
  assert.equal(smtp.total, emails.length, 'and nobody else received anything')
  // Each message carries its row's Message-ID, the same whichever worker (or restart) sent it.
  const store = await openStore(location)
  try {
    const rows = await store.db
      .selectFrom('outbox_messages')
      .select(['email', 'message_id'])
      .execute()
    const expected = new Map(rows.map((r) => [r.email, r.message_id]))
    const mismatched = smtp.received
      .filter((m) => m.messageId !== expected.get(m.to[0] ?? ''))
      .map((m) => [m.to[0], m.messageId, expected.get(m.to[0] ?? '')])
    assert.equal(smtp.received.length, emails.length)
    assert.deepEqual(mismatched, [], 'every message has its row’s Message-ID')
  } finally {
    await store.close()
  }
}

describe('the outbox after SIGKILL mid-run', () => {
  it('delivers every recipient exactly once on SQLite (one worker, killed and restarted)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comunicado-outbox-crash-'))
    const smtp = await startTestSmtpServer({ keepRaw: false })
    const children: ChildProcess[] = []
    try {
      const location: StoreLocation = { engine: 'sqlite', file: join(dir, 'crash.db') }
      const journalDir = join(dir, 'journal')
      const emails = await queueSend(location, smtp)
      const first = await startWorker(location, smtp, journalDir)
      children.push(first)
      await until(() => smtp.total >= 300, 60_000, 'the first 300 messages')
      await kill(first)
      const atKill = smtp.total
      assert.ok(atKill < recipients, `killed mid-run (${atKill} of ${recipients} sent)`)
      const second = await startWorker(location, smtp, journalDir)
      children.push(second)
      const counts = await settled(location)
      await kill(second)
      assertFinal(counts)
      await assertExactlyOnce(smtp, emails, location)
    } finally {
      for (const c of children) await kill(c)
      await smtp.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('delivers every recipient exactly once on PostgreSQL with three workers, killed mid-run and restarted', async () => {
    const schema = `outbox_crash_${randomBytes(5).toString('hex')}`
    const journalDir = mkdtempSync(join(tmpdir(), 'comunicado-outbox-journal-'))
    const admin = new pg.Client({ connectionString: testDatabaseUrl })
    await admin.connect()
    await admin.query(`create schema ${schema}`)
    const smtp = await startTestSmtpServer({ keepRaw: false })
    const children: ChildProcess[] = []
    try {
      const location: StoreLocation = { engine: 'postgres', url: testDatabaseUrl, schema }
      const emails = await queueSend(location, smtp)
      const first = await Promise.all([1, 2, 3].map(() => startWorker(location, smtp, journalDir)))
      children.push(...first)
      // One worker dies early; the other two go on and take over its rows after its lease.
      await until(() => smtp.total >= 300, 60_000, 'the first 300 messages')
      await kill(first[0] as ChildProcess)
      await until(() => smtp.total >= 800, 60_000, 'the first 800 messages')
      await Promise.all(first.map(kill))
      const atKill = smtp.total
      assert.ok(atKill < recipients, `killed mid-run (${atKill} of ${recipients} sent)`)
      const second = await Promise.all([1, 2, 3].map(() => startWorker(location, smtp, journalDir)))
      children.push(...second)
      const counts = await settled(location)
      await Promise.all(second.map(kill))
      assertFinal(counts)
      await assertExactlyOnce(smtp, emails, location)
    } finally {
      for (const c of children) await kill(c)
      await smtp.close()
      await admin.query(`drop schema ${schema} cascade`)
      await admin.end()
      rmSync(journalDir, { recursive: true, force: true })
    }
  })
})
