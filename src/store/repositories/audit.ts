/**
 * The audit log: entries are appended with the next sequence number and read per release or per
 * coalition, oldest first. Nothing here updates or deletes (the database refuses it as well).
 */
import { type Kysely, sql } from 'kysely'
import { fromJsonColumn } from '../json-column.js'
import type { Database } from '../schema.js'

/** An audit entry as read. */
export interface AuditEntry {
  id: string
  seq: number
  coalitionId: string
  releaseId: string | null
  actorId: string | null
  actorLabel: string | null
  action: string
  detail: Record<string, unknown>
  createdAt: string
}

/** What is appended. */
export interface NewAuditEntry {
  id: string
  coalitionId: string
  releaseId?: string | null
  actorId?: string | null
  actorLabel?: string | null
  action: string
  detail?: Record<string, unknown>
  at: string
}

/** Audit queries over one database (or one transaction). */
export function auditRepository(db: Kysely<Database>) {
  function toEntry(row: Database['audit_entries']): AuditEntry {
    return {
      id: row.id,
      seq: Number(row.seq),
      coalitionId: row.coalition_id,
      releaseId: row.release_id,
      actorId: row.actor_id,
      actorLabel: row.actor_label,
      action: row.action,
      detail: fromJsonColumn<Record<string, unknown>>(row.detail, {}),
      createdAt: row.created_at,
    }
  }

  return {
    /**
     * Appends an entry. The sequence number is taken in the same statement as the insert; two
     * writers racing for one number make one of them fail on the unique index, and it retries.
     */
    async append(entry: NewAuditEntry): Promise<void> {
      for (let attempt = 0; ; attempt++) {
        try {
          await db
            .insertInto('audit_entries')
            .columns([
              'id',
              'seq',
              'coalition_id',
              'release_id',
              'actor_id',
              'actor_label',
              'action',
              'detail',
              'created_at',
            ])
            .expression(
              db.selectNoFrom([
                sql.val(entry.id).as('id'),
                sql<number>`(SELECT COALESCE(MAX(seq), 0) + 1 FROM audit_entries)`.as('seq'),
                sql.val(entry.coalitionId).as('coalition_id'),
                sql.val(entry.releaseId ?? null).as('release_id'),
                sql.val(entry.actorId ?? null).as('actor_id'),
                sql.val(entry.actorLabel ?? null).as('actor_label'),
                sql.val(entry.action).as('action'),
                sql.val(JSON.stringify(entry.detail ?? {})).as('detail'),
                sql.val(entry.at).as('created_at'),
              ]),
            )
            .execute()
          return
        } catch (error) {
          if (attempt >= 20 || !/unique|duplicate/i.test(String(error))) throw error
        }
      }
    },

    /** The entries of one release, oldest first. */
    async forRelease(releaseId: string): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_entries')
        .selectAll()
        .where('release_id', '=', releaseId)
        .orderBy('seq')
        .execute()
      return rows.map(toEntry)
    },

    /** The entries of one coalition, newest first, at most `limit`. */
    async forCoalition(coalitionId: string, limit = 200): Promise<AuditEntry[]> {
      const rows = await db
        .selectFrom('audit_entries')
        .selectAll()
        .where('coalition_id', '=', coalitionId)
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute()
      return rows.map(toEntry)
    },
  }
}

/** The audit repository's interface. */
export type AuditRepository = ReturnType<typeof auditRepository>
