/**
 * Tables of embargoes, scheduled publication, preview links and corrections (issue 7). Filled in
 * by that feature's migration 0004-schedule; every table is added to {@link Database} through
 * this interface.
 */

/**
 * When a release publishes: at most one row per release. `embargo` is 1 when the time is an
 * embargo (journalists may get preview links, the embargo line is shown) and 0 for a plain
 * scheduled publication. `last_failure` is JSON `{ at, message }` of the last refused attempt.
 */
export interface ReleaseScheduleTable {
  release_id: string
  /** ISO time (UTC) the release publishes at. */
  lifts_at: string
  /** IANA time zone the time was stated in. */
  time_zone: string
  embargo: number
  set_by: string | null
  set_at: string
  last_failure: string | null
}

/** A preview link given to one journalist; the token itself is never stored, only its id. */
export interface PreviewLinkTable {
  /** The signed token's id (its claims' `id`). */
  id: string
  release_id: string
  recipient_email: string
  recipient_name: string
  issued_by: string | null
  issued_at: string
  expires_at: string
  revoked_at: string | null
  revoked_by: string | null
}

/** One view of a preview page. */
export interface PreviewViewTable {
  id: string
  link_id: string
  release_id: string
  viewed_at: string
  user_agent: string | null
}

/** A correction of a published release: `notes` is JSON keyed by language. */
export interface ReleaseCorrectionTable {
  id: string
  release_id: string
  created_at: string
  author_id: string | null
  notes: string
}

/** The tables of embargoes, scheduled publication, preview links and corrections. */
export interface ScheduleTables {
  release_schedules: ReleaseScheduleTable
  preview_links: PreviewLinkTable
  preview_views: PreviewViewTable
  release_corrections: ReleaseCorrectionTable
}
