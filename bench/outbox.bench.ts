/**
 * Outbox benchmark: 10,000 recipients through a loopback SMTP server. The parent process queues
 * a send of the example release (both languages, each recipient in their own language or both)
 * to a members list of 10,000 contacts in a SQLite store, runs the SMTP server (counting, not
 * keeping, messages) and spawns a worker process — the one measured: messages per second from
 * its start until every row is final, and its peak resident memory. Every recipient must have
 * been accepted exactly once. Targets: ≥ 200 messages/s, ≤ 200 MB.
 * `OUTBOX_BENCH_DATABASE_URL=postgres://…` runs it on PostgreSQL (a schema of its own);
 * `OUTBOX_BENCH_BATCH=N` sets the rows the worker keeps in flight (default 50), and
 * `OUTBOX_BENCH_NODE_FLAGS='--max-semi-space-size=1'` passes flags to the worker's Node.
 * Run with `npm run bench` (or `node scripts/run-bench.mjs outbox`).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { cpus, loadavg, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import pg from 'pg'
import { startTestSmtpServer } from '../src/mail/test-smtp-server.js'
import { openOutboxWorld } from '../src/newsroom/distribution/outbox-test-world.js'
import { openStore, type StoreLocation } from '../src/store/index.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const recipients = 10_000
const targets = { messagesPerSecond: 200, peakMb: 200 }

/**
 * The measured worker process, run from the build (dist/, made by `npm run build`) so that its
 * memory is the worker's and not the TypeScript loader's: delivers every queued row, then prints
 * the time taken and its peak resident memory.
 */
const workerProcess = `
const [location, smtpUrl, journalDir] = [JSON.parse(process.argv[1]), process.argv[2], process.argv[3]]
const { openStore } = await import('./dist/store/index.js')
const { createMailer } = await import('./dist/mail/index.js')
const { systemClock } = await import('./dist/newsroom/clock.js')
const { createNewsroom } = await import('./dist/newsroom/create-newsroom.js')
const { startOutboxWorker } = await import('./dist/newsroom/distribution/outbox-worker.js')
const store = await openStore(location)
const mailer = createMailer({ smtpUrl, maxConnections: 5 })
const newsroom = createNewsroom(store, systemClock, { mailer, publicUrl: 'https://news.example' })
const started = performance.now()
const worker = startOutboxWorker(newsroom, { intervalMs: 20, batchSize: Number(process.env.OUTBOX_BENCH_BATCH ?? 50), journalDir })
for (;;) {
  const pending = await store.db.selectFrom('outbox_messages').select('id')
    .where('state', 'in', ['queued', 'sending']).limit(1).executeTakeFirst()
  if (!pending) break
  await new Promise((r) => setTimeout(r, 50))
}
const ms = performance.now() - started
await worker.stop()
await mailer.close()
await store.close()
process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024 }) + '\\n')
`

async function queue(
  location: StoreLocation,
  smtp: Awaited<ReturnType<typeof startTestSmtpServer>>,
) {
  const store = await openStore(location)
  const w = await openOutboxWorld(location.engine, { smtp, store })
  const langs = ['en', 'es', 'both']
  const csv = `email,name,language\n${Array.from(
    { length: recipients },
    (_, i) => `member${i}@bench.example,Member ${i},${langs[i % 3]}`,
  ).join('\n')}\n`
  await w.newsroom.lists.importCsv(w.membersListId, new TextEncoder().encode(csv))
  const file = join(root, 'examples/alianza-americas-2021/release.txt')
  const view = await w.newsroom.releases.importFile(w.editorActor, {
    coalitionId: w.coalitionId,
    organizationId: w.orgA,
    coIssuerIds: [w.orgB],
    file,
    bytes: new Uint8Array(readFileSync(file)),
  })
  await store.db
    .updateTable('releases')
    .set({ status: 'published', published_at: new Date().toISOString() })
    .where('id', '=', view.id)
    .execute()
  const send = await w.newsroom.outbox.send(w.editorActor, view.id, { listIds: [w.membersListId] })
  await w.close()
  await store.close()
  return send.total
}

async function main(): Promise<void> {
  const pgUrl = process.env.OUTBOX_BENCH_DATABASE_URL
  const dir = mkdtempSync(join(tmpdir(), 'comunicado-outbox-bench-'))
  const schema = `outbox_bench_${randomBytes(4).toString('hex')}`
  const location: StoreLocation = pgUrl
    ? { engine: 'postgres', url: pgUrl, schema }
    : { engine: 'sqlite', file: join(dir, 'comunicado.db') }
  const admin = pgUrl ? new pg.Client({ connectionString: pgUrl }) : null
  if (admin) {
    await admin.connect()
    await admin.query(`create schema ${schema}`)
  }
  const smtp = await startTestSmtpServer({ keepRaw: false })
  try {
    const total = await queue(location, smtp)
    console.log(
      `queued ${total} messages on ${location.engine}; ${cpus().length} CPUs, load ${loadavg()[0]?.toFixed(2)}`,
    )
    if (!existsSync(join(root, 'dist/newsroom/distribution/outbox-worker.js')))
      throw new Error('run npm run build first: the worker runs from dist/')
    const child = spawn(
      process.execPath,
      [
        ...(process.env.OUTBOX_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
        '--input-type=module',
        '-e',
        workerProcess,
        JSON.stringify(location),
        smtp.url,
        join(dir, 'outbox-journal'),
      ],
      { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    if (code !== 0) throw new Error(`the worker exited with ${code}`)
    const result = JSON.parse(out.trim().split('\n').pop() ?? '{}') as {
      ms: number
      peakMb: number
    }
    const once = [...smtp.deliveries.values()].every((n) => n === 1)
    const rate = total / (result.ms / 1000)
    console.log(
      `${total} messages in ${(result.ms / 1000).toFixed(1)} s: ${rate.toFixed(0)} messages/s (target ≥ ${targets.messagesPerSecond}); worker peak memory ${result.peakMb.toFixed(0)} MB (target ≤ ${targets.peakMb}); accepted ${smtp.total}, every recipient exactly once: ${once && smtp.deliveries.size === total ? 'yes' : 'NO'}`,
    )
    if (!once || smtp.deliveries.size !== total) process.exitCode = 1
  } finally {
    await smtp.close()
    if (admin) {
      await admin.query(`drop schema ${schema} cascade`)
      await admin.end()
    }
    rmSync(dir, { recursive: true, force: true })
  }
}

await main()
