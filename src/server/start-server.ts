/**
 * Starts the newsroom on Node: opens the store (SQLite under DATA_DIR, or PostgreSQL from
 * DATABASE_URL), makes the mailer (SMTP_URL, or .eml files under DATA_DIR/mail), seeds the demo
 * coalition on first run, serves the app with its background jobs (the scheduler, which runs
 * missed schedules at once, and the outbox worker unless OUTBOX_WORKER=off), and shuts down
 * cleanly on SIGTERM/SIGINT (stops accepting and the jobs, finishes requests in flight, closes
 * the mailer and the database).
 */
import { readFile } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { getConnInfo } from '@hono/node-server/conninfo'
import { createMailer } from '../mail/index.js'
import { systemClock } from '../newsroom/clock.js'
import { startOutboxWorker } from '../newsroom/distribution/outbox-worker.js'
import { type BackgroundJob, startScheduler } from '../newsroom/schedule/scheduler.js'
import { demoAccounts, isEmpty, seedDemo } from '../newsroom/seed-demo.js'
import { openStore, storeLocationFromEnv } from '../store/index.js'
import { createApp } from './create-app.js'

/** Options of {@link startServer}. */
export interface StartOptions {
  port: number
  host: string
  env: Record<string, string | undefined>
  /** The sample release seeded into an empty store, or null for none. */
  demoRelease: string | null
  log: (line: string) => void
}

/** A running server. */
export interface RunningServer {
  url: string
  close(): Promise<void>
}

/** Opens the store, seeds it when empty, and serves the app until closed. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const location = storeLocationFromEnv(options.env)
  const store = await openStore(location)
  const publicUrl = options.env.PUBLIC_URL ?? `http://localhost:${options.port}`
  const mailer = createMailer({
    smtpUrl: options.env.SMTP_URL,
    dropFolder: `${options.env.DATA_DIR ?? './data'}/mail`,
    ...(options.env.MAIL_FROM ? { from: options.env.MAIL_FROM } : {}),
  })
  const app = createApp({
    store,
    clock: systemClock,
    publicUrl,
    mailer,
    ...(options.env.PUBLIC_COALITION ? { publicCoalition: options.env.PUBLIC_COALITION } : {}),
    clientAddress: (c) => {
      try {
        return getConnInfo(c).remote.address ?? 'unknown'
      } catch {
        return 'unknown'
      }
    },
  })
  try {
    if (options.demoRelease && (await isEmpty(app.newsroom))) {
      const bytes = new Uint8Array(await readFile(options.demoRelease))
      await seedDemo(app.newsroom, { file: options.demoRelease, bytes })
      options.log('Created the demo coalition. Sign in at /app/sign-in with:')
      for (const a of demoAccounts)
        options.log(`  ${a.email}  password: ${a.password}  (${a.role})`)
    }
  } catch (error) {
    // A failed seed must not leave the database open (nor a half-started server).
    await mailer.close()
    await store.close()
    throw error
  }
  const jobs: BackgroundJob[] = [startScheduler(app.newsroom)]
  if (options.env.OUTBOX_WORKER !== 'off')
    jobs.push(
      startOutboxWorker(app.newsroom, {
        journalDir: `${options.env.DATA_DIR ?? './data'}/outbox-journal`,
      }),
    )
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () =>
      resolve(s),
    )
  })
  const address = server.address() as AddressInfo
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${address.port}`
  options.log(
    `Comunicado is serving on ${url} (${location.engine === 'sqlite' ? `SQLite ${location.file}` : 'PostgreSQL'})`,
  )
  let closing: Promise<void> | null = null
  return {
    url,
    close() {
      closing ??= new Promise<void>((resolve) => server.close(() => resolve()))
        .then(() => Promise.all(jobs.map((j) => j.stop())))
        .then(() => mailer.close())
        .then(() => store.close())
      return closing
    },
  }
}
