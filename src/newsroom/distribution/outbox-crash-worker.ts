/**
 * Test support for the outbox crash tests: a worker process over a store and an SMTP server,
 * running until it is killed. It prints `ready` once its worker runs.
 * Usage: node --import tsx outbox-crash-worker.ts '<StoreLocation JSON>' <smtp-url> <lease-ms>
 *   <journal-dir>
 */
import { createMailer } from '../../mail/index.js'
import { openStore, type StoreLocation } from '../../store/index.js'
import { systemClock } from '../clock.js'
import { createNewsroom } from '../create-newsroom.js'
import { outboxTestLinkKey } from './outbox-test-world.js'
import { startOutboxWorker } from './outbox-worker.js'

const location = JSON.parse(process.argv[2] ?? '{}') as StoreLocation
const smtpUrl = process.argv[3] ?? ''
const leaseMs = Number(process.argv[4] ?? 2000)
const journalDir = process.argv[5]
const store = await openStore(location)
const newsroom = createNewsroom(store, systemClock, {
  mailer: createMailer({ smtpUrl, from: 'Red <news@red.example>' }),
  publicUrl: 'http://newsroom.test',
  linkKey: outboxTestLinkKey,
})
startOutboxWorker(newsroom, {
  intervalMs: 50,
  batchSize: Number(process.env.OUTBOX_CRASH_BATCH ?? 50),
  recoverEveryMs: 250,
  policy: { leaseMs, retryBaseMs: 200, maxRetryMs: 1000 },
  workerId: `crash-${process.pid}`,
  ...(journalDir ? { journalDir } : {}),
})
process.stdout.write('ready\n')
