/**
 * The outbox's sends: making a send with its message rows in one transaction (rows for addresses
 * that already have a row for the release are skipped, so two sends never mail anyone twice), and
 * reading a send's totals and the rows that did not go out.
 */
import type { Kysely } from 'kysely'
import { fromJsonColumn, toJsonColumn } from '../json-column.js'
import type { Database, NewRow, Row } from '../schema.js'
import { type OutboxState, outboxStates } from './outbox.js'

/** A send as read. */
export interface OutboxSend {
  id: string
  coalitionId: string
  releaseId: string
  revision: number
  createdBy: string | null
  listIds: string[]
  langChoice: string
  resolved: number
  total: number
  createdAt: string
  finishedAt: string | null
}

/** A send's rows counted by state. */
export type OutboxCounts = Record<OutboxState, number>

/** A row that did not go out (or whose acceptance is unconfirmed), for the report. */
export interface OutboxProblem {
  /** The message row's id (to resend an unconfirmed row). */
  id: string
  email: string
  name: string
  state: OutboxState
  attempts: number
  code: number | null
  error: string | null
  nextAttemptAt: string | null
}

function toSend(row: Row<'outbox_sends'>): OutboxSend {
  return {
    id: row.id,
    coalitionId: row.coalition_id,
    releaseId: row.release_id,
    revision: row.revision,
    createdBy: row.created_by,
    listIds: fromJsonColumn<string[]>(row.list_ids, []),
    langChoice: row.lang_choice,
    resolved: row.resolved,
    total: row.total,
    createdAt: row.created_at,
    finishedAt: row.finished_at,
  }
}

/** Rows are inserted in chunks, well under both engines' limits on bound parameters. */
const chunkSize = 500

/** Send queries over one database. */
export function outboxSendRepository(db: Kysely<Database>) {
  return {
    /**
     * Writes a send and its message rows in one transaction. A row whose (release, address)
     * already exists is skipped; `total` is the number of rows made.
     */
    async create(
      send: Omit<NewRow<'outbox_sends'>, 'total' | 'list_ids'> & { listIds: string[] },
      rows: Omit<NewRow<'outbox_messages'>, 'send_id'>[],
    ): Promise<OutboxSend> {
      return db.transaction().execute(async (trx) => {
        const { listIds, ...fields } = send
        await trx
          .insertInto('outbox_sends')
          .values({ ...fields, list_ids: toJsonColumn(listIds), total: 0 })
          .execute()
        let total = 0
        for (let i = 0; i < rows.length; i += chunkSize) {
          const chunk = rows.slice(i, i + chunkSize).map((r) => ({ ...r, send_id: send.id }))
          const result = await trx
            .insertInto('outbox_messages')
            .values(chunk)
            .onConflict((oc) => oc.columns(['release_id', 'email']).doNothing())
            .executeTakeFirst()
          total += Number(result.numInsertedOrUpdatedRows ?? 0)
        }
        const finished = total === 0 ? send.created_at : null
        await trx
          .updateTable('outbox_sends')
          .set({ total, finished_at: finished })
          .where('id', '=', send.id)
          .execute()
        return toSend({
          ...fields,
          created_by: fields.created_by ?? null,
          list_ids: toJsonColumn(listIds),
          total,
          finished_at: finished,
        })
      })
    },

    /** One send, or undefined. */
    async get(id: string): Promise<OutboxSend | undefined> {
      const row = await db
        .selectFrom('outbox_sends')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row ? toSend(row) : undefined
    },

    /** The sends of a release, newest first. */
    async ofRelease(releaseId: string): Promise<OutboxSend[]> {
      const rows = await db
        .selectFrom('outbox_sends')
        .selectAll()
        .where('release_id', '=', releaseId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute()
      return rows.map(toSend)
    },

    /** A send's rows counted by state. */
    async counts(sendId: string): Promise<OutboxCounts> {
      const rows = await db
        .selectFrom('outbox_messages')
        .select(['state', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('send_id', '=', sendId)
        .groupBy('state')
        .execute()
      const counts = Object.fromEntries(outboxStates.map((s) => [s, 0])) as OutboxCounts
      for (const r of rows) if (r.state in counts) counts[r.state as OutboxState] = Number(r.n)
      return counts
    },

    /** Rows that failed, are unconfirmed, or are waiting after an error, by address. */
    async problems(sendId: string, limit = 1000): Promise<OutboxProblem[]> {
      const rows = await db
        .selectFrom('outbox_messages')
        .select([
          'id',
          'email',
          'name',
          'state',
          'attempts',
          'last_code',
          'last_error',
          'next_attempt_at',
        ])
        .where('send_id', '=', sendId)
        .where((eb) =>
          eb.or([
            eb('state', 'in', ['failed', 'unconfirmed']),
            eb.and([eb('state', '=', 'queued'), eb('last_error', 'is not', null)]),
          ]),
        )
        .orderBy('email')
        .limit(limit)
        .execute()
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        name: r.name,
        state: r.state as OutboxState,
        attempts: r.attempts,
        code: r.last_code,
        error: r.last_error,
        nextAttemptAt: r.state === 'queued' ? r.next_attempt_at : null,
      }))
    },

    /** Stamps `finished_at` once no row of the send is queued or sending; answers whether it is. */
    async finishIfDone(sendId: string, now: string): Promise<boolean> {
      const pending = await db
        .selectFrom('outbox_messages')
        .select('id')
        .where('send_id', '=', sendId)
        .where('state', 'in', ['queued', 'sending'])
        .limit(1)
        .executeTakeFirst()
      if (pending) return false
      await db
        .updateTable('outbox_sends')
        .set({ finished_at: now })
        .where('id', '=', sendId)
        .where('finished_at', 'is', null)
        .execute()
      return true
    },
  }
}

/** The send queries' interface. */
export type OutboxSendRepository = ReturnType<typeof outboxSendRepository>
