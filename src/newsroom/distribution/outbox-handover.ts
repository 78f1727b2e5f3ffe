/**
 * Recording the hand-over of a message: the last moment before the end of DATA, after which the
 * server may accept it. What matters after a crash is that a row recorded as handed over is the
 * only kind that may have been delivered, and that the gap between the record and the end of
 * DATA is as short as possible (a kill inside it leaves an unconfirmed row that was not sent).
 * - SQLite commits in the worker's own thread: the record is awaited, and the end follows at once.
 * - PostgreSQL answers over the network, and waiting for that answer would widen the gap to a
 *   round trip (more under load). So a database connection is reserved first and the row's
 *   claim renewed on it (fenced: false when the worker lost the row); then, at the hand-over, the
 *   record is started on that idle connection and the end of DATA is written on the next turn
 *   of the event loop — after the record has gone out to the server, without waiting for it.
 */
import type { Kysely } from 'kysely'
import type { Database, Store } from '../../store/index.js'
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

/** A reserved connection of a Kysely instance, held until `release()`. */
async function reserve(
  db: Kysely<Database>,
): Promise<{ conn: Kysely<Database>; release: () => void; done: Promise<void> }> {
  let release = () => {}
  const held = new Promise<void>((r) => {
    release = r
  })
  return new Promise((resolve, reject) => {
    const done = db
      .connection()
      .execute(async (conn) => {
        resolve({ conn, release, done })
        await held
      })
      .catch((error: unknown) => reject(error))
  })
}

/** The hand-over of row `id` held by `worker`, for the store's engine. */
export function handoverFor(
  store: Pick<Store, 'db' | 'engine'>,
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
  let reserved: Awaited<ReturnType<typeof reserve>> | null = null
  let record: Promise<boolean> | null = null
  return {
    async beforeCommit() {
      reserved = await reserve(store.db)
      const repo = outboxRepository({ db: reserved.conn, engine: store.engine })
      return repo.renewClaim(id, worker, clock.now(), clock.leaseUntil())
    },
    atCommit() {
      if (!reserved) return
      const repo = outboxRepository({ db: reserved.conn, engine: store.engine })
      record = repo.markHandover(id, worker, clock.now(), clock.leaseUntil())
      // Settled by settle(); a failure here must not be an unhandled rejection meanwhile.
      record.catch(() => {})
    },
    async settle() {
      try {
        return record ? await record : false
      } finally {
        const held = reserved
        reserved = null
        if (held) {
          held.release()
          await held.done.catch(() => {})
        }
      }
    },
  }
}
