/**
 * Release schedules: the one publication (or embargo lift) time of a release, the releases whose
 * time has come, and the conditional update that publishes a scheduled release exactly once even
 * when several processes tick at the same moment.
 */
import type { Kysely } from 'kysely'
import { fromJsonColumn, toJsonColumn } from '../json-column.js'
import type { Database, Row } from '../schema.js'

/** A schedule as read. */
export interface ReleaseSchedule {
  releaseId: string
  /** ISO time (UTC). */
  liftsAt: string
  timeZone: string
  embargo: boolean
  setBy: string | null
  setAt: string
  /** The last refused attempt to publish at the time, if the refusal still stands. */
  lastFailure: { at: string; message: string } | null
}

/** What is written by {@link ScheduleRepository.put}. */
export interface NewSchedule {
  releaseId: string
  liftsAt: string
  timeZone: string
  embargo: boolean
  setBy: string | null
  at: string
}

function toSchedule(row: Row<'release_schedules'>): ReleaseSchedule {
  return {
    releaseId: row.release_id,
    liftsAt: row.lifts_at,
    timeZone: row.time_zone,
    embargo: Number(row.embargo) === 1,
    setBy: row.set_by,
    setAt: row.set_at,
    lastFailure: fromJsonColumn<{ at: string; message: string } | null>(row.last_failure, null),
  }
}

/** Schedule queries over one database (or one transaction). */
export function scheduleRepository(db: Kysely<Database>) {
  return {
    /** The schedule of a release, or undefined. */
    async get(releaseId: string): Promise<ReleaseSchedule | undefined> {
      const row = await db
        .selectFrom('release_schedules')
        .selectAll()
        .where('release_id', '=', releaseId)
        .executeTakeFirst()
      return row && toSchedule(row)
    },

    /** Sets (or replaces) a release's schedule; a new time forgets an earlier refusal. */
    async put(input: NewSchedule): Promise<void> {
      const values = {
        lifts_at: input.liftsAt,
        time_zone: input.timeZone,
        embargo: input.embargo ? 1 : 0,
        set_by: input.setBy,
        set_at: input.at,
        last_failure: null,
      }
      await db
        .insertInto('release_schedules')
        .values({ release_id: input.releaseId, ...values })
        .onConflict((oc) => oc.column('release_id').doUpdateSet(values))
        .execute()
    },

    /** Removes a release's schedule; answers whether there was one. */
    async clear(releaseId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('release_schedules')
        .where('release_id', '=', releaseId)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },

    /** Records (or clears, with null) the last refused attempt to publish. */
    async setFailure(
      releaseId: string,
      failure: { at: string; message: string } | null,
    ): Promise<void> {
      await db
        .updateTable('release_schedules')
        .set({ last_failure: failure ? toJsonColumn(failure) : null })
        .where('release_id', '=', releaseId)
        .execute()
    },

    /** Releases still in status `scheduled` whose time is at or before `now`, earliest first. */
    async due(now: string): Promise<ReleaseSchedule[]> {
      const rows = await db
        .selectFrom('release_schedules')
        .innerJoin('releases', 'releases.id', 'release_schedules.release_id')
        .selectAll('release_schedules')
        .where('releases.status', '=', 'scheduled')
        .where('release_schedules.lifts_at', '<=', now)
        .orderBy('release_schedules.lifts_at')
        .orderBy('release_schedules.release_id')
        .execute()
      return rows.map(toSchedule)
    },

    /**
     * Publishes a release if, and only if, it is still `scheduled`: one conditional UPDATE, so of
     * two processes publishing at once exactly one sees a row changed. Answers whether this call
     * published it.
     */
    async publishIfScheduled(releaseId: string, at: string): Promise<boolean> {
      return this.changeStatusIf(releaseId, 'scheduled', 'published', at, at)
    },

    /**
     * Moves a release from status `from` to `to` (setting the publication time when given) only
     * if it is still in `from`: of two changes decided on the same status, one wins and the other
     * answers false. Answers whether this call changed it.
     */
    async changeStatusIf(
      releaseId: string,
      from: string,
      to: string,
      at: string,
      publishedAt?: string | null,
    ): Promise<boolean> {
      const result = await db
        .updateTable('releases')
        .set({
          status: to,
          updated_at: at,
          ...(publishedAt !== undefined ? { published_at: publishedAt } : {}),
        })
        .where('id', '=', releaseId)
        .where('status', '=', from)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}

/** The schedule repository's interface. */
export type ScheduleRepository = ReturnType<typeof scheduleRepository>
