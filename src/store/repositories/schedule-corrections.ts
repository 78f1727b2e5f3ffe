/**
 * Corrections of published releases: when, by whom, and the note in each language.
 */
import type { Kysely } from 'kysely'
import { fromJsonColumn, toJsonColumn } from '../json-column.js'
import type { Database } from '../schema.js'

/** A correction as read. */
export interface Correction {
  id: string
  releaseId: string
  at: string
  authorId: string | null
  notes: Record<string, string>
}

/** Correction queries over one database (or one transaction). */
export function correctionRepository(db: Kysely<Database>) {
  return {
    /** Records a correction. */
    async add(input: Correction): Promise<void> {
      await db
        .insertInto('release_corrections')
        .values({
          id: input.id,
          release_id: input.releaseId,
          created_at: input.at,
          author_id: input.authorId,
          notes: toJsonColumn(input.notes),
        })
        .execute()
    },

    /** A release's corrections, oldest first. */
    async forRelease(releaseId: string): Promise<Correction[]> {
      const rows = await db
        .selectFrom('release_corrections')
        .selectAll()
        .where('release_id', '=', releaseId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
      return rows.map((r) => ({
        id: r.id,
        releaseId: r.release_id,
        at: r.created_at,
        authorId: r.author_id,
        notes: fromJsonColumn<Record<string, string>>(r.notes, {}),
      }))
    },

    /** A fingerprint of a coalition's corrections (count and newest time), for page caches. */
    async stamp(coalitionId: string): Promise<string> {
      const row = await db
        .selectFrom('release_corrections')
        .innerJoin('releases', 'releases.id', 'release_corrections.release_id')
        .select((eb) => [
          eb.fn.countAll<string | number>().as('count'),
          eb.fn.max('release_corrections.created_at').as('newest'),
        ])
        .where('releases.coalition_id', '=', coalitionId)
        .executeTakeFirst()
      return `${Number(row?.count ?? 0)}:${row?.newest ?? ''}`
    },
  }
}

/** The correction repository's interface. */
export type CorrectionRepository = ReturnType<typeof correctionRepository>
