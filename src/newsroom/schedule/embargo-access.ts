/**
 * Who may see a release under embargo before it lifts: only editors (and admins) of its
 * co-issuing organizations. Everyone else — viewers and spokespeople of those organizations,
 * members of other organizations, anonymous readers — is answered as if it did not exist.
 * Journalists see it only through a preview link.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../../store/schema.js'
import { type Actor, hasRoleIn } from '../access.js'
import { isPublic } from '../release-status.js'

/** What the rule needs to know of a release. */
export interface EmbargoFacts {
  id: string
  status: string
  organizationIds: string[]
}

/** Whether the release carries an embargo that has not lifted (it is not public yet). */
export async function isUnderEmbargo(
  db: Kysely<Database>,
  release: Pick<EmbargoFacts, 'id' | 'status'>,
): Promise<boolean> {
  if (isPublic(release.status)) return false
  const row = await db
    .selectFrom('release_schedules')
    .select('embargo')
    .where('release_id', '=', release.id)
    .executeTakeFirst()
  return Number(row?.embargo ?? 0) === 1
}

/** Whether `actor` may see `release` now: always, unless it is under embargo and they edit none of it. */
export async function canSeeBeforeLift(
  db: Kysely<Database>,
  actor: Actor | null,
  release: EmbargoFacts,
): Promise<boolean> {
  if (hasRoleIn(actor, release.organizationIds, 'editor')) return true
  return !(await isUnderEmbargo(db, release))
}
