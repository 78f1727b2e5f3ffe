/**
 * Recording the hand-over of a message: the last moment before the end of DATA, after which the
 * server may accept it. What matters after a crash is that a row recorded as handed over is the
 * only kind that may have been delivered, and that the gap between the record and the end of
 * DATA is as short as possible (a kill inside it leaves an unconfirmed row that was not sent).
 * - SQLite commits in the worker's own thread: the record is awaited, and the end follows at once.
 * - PostgreSQL answers over the network, and waiting for that answer would widen the gap to a
 *   round trip (more under load). So a raw client is taken from the pool first and the row's
 *   claim renewed on it (fenced: false when the worker lost the row); then, at the hand-over, the
 *   record is written to that idle client's socket and the end of DATA follows in the same tick,
 *   without waiting for the answer — no I/O of other messages can run between the two.
 */
import type pg from 'pg'
import type { Store } from '../../store/index.js'
import { outboxRepository } from '../../store/repositories/outbox.js'

/** The hooks of one message's hand-over. */
export interface Handover {
  /** Awaited before the end of DATA; false abandons the message. */
  beforeCommit(): Promise<boolean>
  /** Called just before the end of DATA (PostgreSQL only). */
  atCommit?: () => void
  /** Whether the hand-over was recorded; frees what the hand-over held. Call once, always. */
  settle(): Promise<boolean>
}

/** Times a hand-over writes. */
export interface HandoverClock {
  now(): string
  leaseUntil(): string
}

/** The hand-over of row `id` held by `worker`, for the store's engine. */
export function handoverFor(
  store: Pick<Store, 'db' | 'engine' | 'pgPool'>,
  id: string,
  worker: string,
  clock: HandoverClock,
): Handover {
  if (store.engine === 'sqlite') {
    const repo = outboxRepository(store)
    let recorded = false
    return {
      async beforeCommit() {
        recorded = await repo.markHandover(id, worker, clock.now(), clock.leaseUntil())
        return recorded
      },
      settle: async () => recorded,
    }
  }
  const pool = store.pgPool
  if (!pool) throw new Error('a PostgreSQL store without its pool')
  const repo = outboxRepository(store)
  const changed = (r: { rowCount: number | null }) => r.rowCount === 1
  let client: pg.PoolClient | null = null
  let record: Promise<boolean> | null = null
  return {
    async beforeCommit() {
      client = await pool.connect()
      const renew = repo.renewClaimQuery(id, worker, clock.now(), clock.leaseUntil())
      return changed(await client.query(renew.sql, [...renew.parameters]))
    },
    atCommit() {
      if (!client) return
      // The client is idle, so pg writes the statement to its socket before `query` returns:
      // the record is out before the end of DATA is, in the same tick.
      const mark = repo.markHandoverQuery(id, worker, clock.now(), clock.leaseUntil())
      record = client.query(mark.sql, [...mark.parameters]).then(changed)
      // Settled by settle(); a failure here must not be an unhandled rejection meanwhile.
      record.catch(() => {})
    },
    async settle() {
      try {
        return record ? await record : false
      } finally {
        const held = client
        client = null
        held?.release()
      }
    },
  }
}
