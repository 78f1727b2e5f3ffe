/**
 * The outbox's message rows: claiming due rows for a worker (on PostgreSQL with
 * `FOR UPDATE SKIP LOCKED`, so several processes share the table; on SQLite by one
 * `UPDATE … RETURNING`), and recording each step of a message under the claiming worker's lease.
 * Every step is one conditional UPDATE that names the worker: a worker that lost its lease changes
 * nothing.
 */
import type { Kysely } from 'kysely'
import type { Database, Row } from '../schema.js'

/** A message row as read. */
export type OutboxMessageRow = Row<'outbox_messages'>

/** The states of a message row. */
export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'unconfirmed'

/** Every state, in the order a report lists them. */
export const outboxStates: readonly OutboxState[] = [
  'queued',
  'sending',
  'sent',
  'failed',
  'unconfirmed',
]

/** The progress of a `sending` row: see {@link OutboxMessageRow} `phase`. */
export type OutboxPhase = 'claimed' | 'handover'

/** What {@link OutboxRepository.recoverExpired} did. */
export interface Recovery {
  /** Rows whose worker stopped before handing the message over: queued again. */
  requeued: number
  /** Rows whose worker stopped after the hand-over: marked unconfirmed, never resent. */
  unconfirmed: number
  /** The stopped workers whose hand-over rows were examined. */
  workers: string[]
}

/** Message-row queries over one store. */
export function outboxRepository(store: { db: Kysely<Database>; engine: 'sqlite' | 'postgres' }) {
  const { db, engine } = store

  function mine(id: string, worker: string) {
    return db.updateTable('outbox_messages').where('id', '=', id).where('claimed_by', '=', worker)
  }
  const changed = (r: { numUpdatedRows: bigint }) => Number(r.numUpdatedRows) === 1

  return {
    /**
     * Claims up to `limit` due rows for `worker`: `queued` with `next_attempt_at <= now` become
     * `sending` in phase `claimed`, leased until `leaseUntil`. Rows locked by another worker's
     * claim are skipped (PostgreSQL), so no row is handed to two workers.
     */
    async claim(input: {
      worker: string
      now: string
      leaseUntil: string
      limit: number
    }): Promise<OutboxMessageRow[]> {
      // The due rows are chosen once, in a materialised CTE: as a plain IN (subquery … LIMIT)
      // PostgreSQL may evaluate the subquery again and update more rows than the limit.
      return db
        .with(
          (cte) => cte('due').materialized(),
          (qb) => {
            const due = qb
              .selectFrom('outbox_messages')
              .select('id')
              .where('state', '=', 'queued')
              .where('next_attempt_at', '<=', input.now)
              .orderBy('next_attempt_at')
              .orderBy('id')
              .limit(input.limit)
            return engine === 'postgres' ? due.forUpdate().skipLocked() : due
          },
        )
        .updateTable('outbox_messages')
        .set({
          state: 'sending',
          phase: 'claimed',
          claimed_by: input.worker,
          lease_until: input.leaseUntil,
          updated_at: input.now,
        })
        .where('id', 'in', (eb) => eb.selectFrom('due').select('due.id'))
        .where('state', '=', 'queued')
        .returningAll()
        .execute()
    },

    /**
     * After a worker stopped (its lease ran out): rows still `claimed` never reached the end of
     * DATA and are queued again. Rows in `handover` may have been accepted by the server: when
     * `journalOf` can read the stopped worker's hand-over journal, the rows it does not cover
     * never got their end of DATA and are queued again too; the others become `unconfirmed` —
     * resending them could deliver twice.
     */
    async recoverExpired(
      now: string,
      journalOf?: (worker: string) => ((row: { id: string; attempts: number }) => boolean) | null,
    ): Promise<Recovery> {
      const requeue = {
        state: 'queued' as const,
        phase: null,
        claimed_by: null,
        lease_until: null,
        updated_at: now,
      }
      const requeued = await db
        .updateTable('outbox_messages')
        .set(requeue)
        .where('state', '=', 'sending')
        .where('phase', '=', 'claimed')
        .where('lease_until', '<', now)
        .executeTakeFirst()
      let notHandedOver = 0
      const workers = new Set<string>()
      if (journalOf) {
        const expired = await db
          .selectFrom('outbox_messages')
          .select(['id', 'attempts', 'claimed_by'])
          .where('state', '=', 'sending')
          .where('phase', '=', 'handover')
          .where('lease_until', '<', now)
          .execute()
        const byWorker = new Map<string, { id: string; attempts: number }[]>()
        for (const row of expired) {
          if (!row.claimed_by) continue
          const rows = byWorker.get(row.claimed_by) ?? []
          rows.push({ id: row.id, attempts: Number(row.attempts) })
          byWorker.set(row.claimed_by, rows)
        }
        for (const [worker, rows] of byWorker) {
          workers.add(worker)
          const covers = journalOf(worker)
          if (!covers) continue
          const ids = rows.filter((r) => !covers(r)).map((r) => r.id)
          for (let i = 0; i < ids.length; i += 500) {
            const r = await db
              .updateTable('outbox_messages')
              .set(requeue)
              .where('id', 'in', ids.slice(i, i + 500))
              .where('claimed_by', '=', worker)
              .where('state', '=', 'sending')
              .where('phase', '=', 'handover')
              .where('lease_until', '<', now)
              .executeTakeFirst()
            notHandedOver += Number(r.numUpdatedRows)
          }
        }
      }
      const unconfirmed = await db
        .updateTable('outbox_messages')
        .set({
          state: 'unconfirmed',
          last_error:
            'the worker stopped after handing the message to the server and before its answer was recorded; not resent, to avoid a duplicate',
          updated_at: now,
        })
        .where('state', '=', 'sending')
        .where('phase', '=', 'handover')
        .where('lease_until', '<', now)
        .executeTakeFirst()
      return {
        requeued: Number(requeued.numUpdatedRows) + notHandedOver,
        unconfirmed: Number(unconfirmed.numUpdatedRows),
        workers: [...workers],
      }
    },

    /** How many rows `worker` holds in state `sending` (its journal is needed while any are). */
    async sendingCount(worker: string): Promise<number> {
      const row = await db
        .selectFrom('outbox_messages')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('claimed_by', '=', worker)
        .where('state', '=', 'sending')
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },

    /**
     * Records that the end of DATA is about to be sent. Answers false when the worker no longer
     * holds the row (its lease ran out and the row was recovered): the message must not be
     * finished then.
     */
    async markHandover(id: string, worker: string, now: string, leaseUntil: string) {
      return changed(
        await mine(id, worker)
          .where('state', '=', 'sending')
          .where('phase', '=', 'claimed')
          .set({ phase: 'handover', lease_until: leaseUntil, updated_at: now })
          .executeTakeFirst(),
      )
    },

    /** Records the server's acceptance (also of a row recovered as unconfirmed meanwhile). */
    async markSent(
      id: string,
      worker: string,
      input: { now: string; response: string; contentKind: string },
    ) {
      return changed(
        await mine(id, worker)
          .where('state', 'in', ['sending', 'unconfirmed'])
          .set((eb) => ({
            state: 'sent',
            phase: null,
            attempts: eb('attempts', '+', 1),
            response: input.response.slice(0, 500),
            content_kind: input.contentKind,
            last_error: null,
            sent_at: input.now,
            lease_until: null,
            updated_at: input.now,
          }))
          .executeTakeFirst(),
      )
    },

    /** A temporary failure (or a wait): queued again for `nextAt`; `attempt` counts it. */
    async markRetry(
      id: string,
      worker: string,
      input: {
        now: string
        nextAt: string
        error: string | null
        code: number | null
        attempt: boolean
      },
    ) {
      return changed(
        await mine(id, worker)
          .where('state', '=', 'sending')
          .set((eb) => ({
            state: 'queued',
            phase: null,
            attempts: input.attempt ? eb('attempts', '+', 1) : eb.ref('attempts'),
            ...(input.error !== null
              ? { last_error: input.error.slice(0, 500), last_code: input.code }
              : {}),
            next_attempt_at: input.nextAt,
            claimed_by: null,
            lease_until: null,
            updated_at: input.now,
          }))
          .executeTakeFirst(),
      )
    },

    /** A final outcome other than sent: `failed`, or `unconfirmed` when the answer was lost. */
    async markFinal(
      id: string,
      worker: string,
      input: { now: string; state: 'failed' | 'unconfirmed'; error: string; code: number | null },
    ) {
      return changed(
        await mine(id, worker)
          .where('state', '=', 'sending')
          .set((eb) => ({
            state: input.state,
            phase: null,
            attempts: eb('attempts', '+', 1),
            last_error: input.error.slice(0, 500),
            last_code: input.code,
            lease_until: null,
            updated_at: input.now,
          }))
          .executeTakeFirst(),
      )
    },

    /** Keeps the preview link issued for a press recipient, so a retry sends the same one. */
    async setPreviewUrl(id: string, worker: string, url: string): Promise<void> {
      await mine(id, worker).set({ preview_url: url }).execute()
    },

    /**
     * Moves `unconfirmed` rows of a send back to `queued`, due `now`, keeping their Message-ID
     * (a receiving system that dedupes by it can drop a duplicate), and reopens the send. With
     * `rowIds`, every row named must belong to the send and be `unconfirmed`, or nothing changes
     * and the others are answered in `refused`; without, every unconfirmed row of the send moves.
     * One transaction; the update is conditional on the state, so two calls never move a row twice.
     */
    async requeueUnconfirmed(
      sendId: string,
      rowIds: string[] | null,
      now: string,
    ): Promise<{ requeued: string[]; refused: { id: string; state: OutboxState | null }[] }> {
      return db.transaction().execute(async (trx) => {
        let ids: string[]
        if (rowIds) {
          const wanted = [...new Set(rowIds)]
          const found = new Map<string, OutboxState>()
          for (let i = 0; i < wanted.length; i += 500) {
            const rows = await trx
              .selectFrom('outbox_messages')
              .select(['id', 'state'])
              .where('send_id', '=', sendId)
              .where('id', 'in', wanted.slice(i, i + 500))
              .execute()
            for (const r of rows) found.set(r.id, r.state as OutboxState)
          }
          const refused = wanted
            .filter((id) => found.get(id) !== 'unconfirmed')
            .map((id) => ({ id, state: found.get(id) ?? null }))
          if (refused.length > 0) return { requeued: [], refused }
          ids = wanted
        } else {
          const rows = await trx
            .selectFrom('outbox_messages')
            .select('id')
            .where('send_id', '=', sendId)
            .where('state', '=', 'unconfirmed')
            .execute()
          ids = rows.map((r) => r.id)
        }
        const requeued: string[] = []
        for (let i = 0; i < ids.length; i += 500) {
          const rows = await trx
            .updateTable('outbox_messages')
            .set({
              state: 'queued',
              phase: null,
              claimed_by: null,
              lease_until: null,
              last_error: null,
              last_code: null,
              next_attempt_at: now,
              updated_at: now,
            })
            .where('send_id', '=', sendId)
            .where('id', 'in', ids.slice(i, i + 500))
            .where('state', '=', 'unconfirmed')
            .returning('id')
            .execute()
          requeued.push(...rows.map((r) => r.id))
        }
        if (requeued.length > 0)
          await trx
            .updateTable('outbox_sends')
            .set({ finished_at: null })
            .where('id', '=', sendId)
            .execute()
        return { requeued: requeued.sort(), refused: [] }
      })
    },

    /** The earliest time a queued row is due, or null when none is queued. */
    async nextDue(): Promise<string | null> {
      const row = await db
        .selectFrom('outbox_messages')
        .select((eb) => eb.fn.min('next_attempt_at').as('at'))
        .where('state', '=', 'queued')
        .executeTakeFirst()
      return (row?.at as string | null | undefined) ?? null
    },
  }
}

/** The message-row queries' interface. */
export type OutboxRepository = ReturnType<typeof outboxRepository>
