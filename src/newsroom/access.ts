/**
 * Access rules, as pure functions of who is asking and what they ask about. Before publication a
 * release is visible only to members of its co-issuing organizations; editing needs the editor or
 * admin role in one of them; nobody sees another coalition's drafts.
 */
import type { Membership, Role } from '../store/index.js'
import { isPublic } from './release-status.js'

/** Who is asking: a signed-in user with their memberships, or nobody. */
export interface Actor {
  userId: string
  name: string
  memberships: Membership[]
}

/** What the rules need to know of a release. */
export interface ReleaseAccessFacts {
  coalitionId: string
  status: string
  organizationIds: string[]
}

const rank: Record<Role, number> = { admin: 3, editor: 2, spokesperson: 1, viewer: 0 }

/** Whether `actor` holds at least `role` in one of `organizationIds`. */
export function hasRoleIn(
  actor: Actor | null,
  organizationIds: readonly string[],
  role: Role,
): boolean {
  if (!actor) return false
  return actor.memberships.some(
    (m) => organizationIds.includes(m.organizationId) && rank[m.role] >= rank[role],
  )
}

/** Whether `actor` belongs to the coalition at all. */
export function isCoalitionMember(actor: Actor | null, coalitionId: string): boolean {
  return Boolean(actor?.memberships.some((m) => m.coalitionId === coalitionId))
}

/** Whether `actor` may read the release (anyone once it is public). */
export function canReadRelease(actor: Actor | null, release: ReleaseAccessFacts): boolean {
  if (isPublic(release.status)) return true
  return hasRoleIn(actor, release.organizationIds, 'viewer')
}

/** Whether `actor` may change the release's text, organizations or status. */
export function canEditRelease(actor: Actor | null, release: ReleaseAccessFacts): boolean {
  return hasRoleIn(actor, release.organizationIds, 'editor')
}

/** Whether `actor` may create a release in the coalition on behalf of `organizationId`. */
export function canCreateRelease(
  actor: Actor | null,
  coalitionId: string,
  organizationId: string,
): boolean {
  return Boolean(
    actor?.memberships.some(
      (m) =>
        m.coalitionId === coalitionId &&
        m.organizationId === organizationId &&
        rank[m.role] >= rank.editor,
    ),
  )
}

/** Whether `actor` may edit an organization's profile and people. */
export function canEditOrganization(actor: Actor | null, organizationId: string): boolean {
  return hasRoleIn(actor, [organizationId], 'editor')
}

/** Whether `actor` may invite people into an organization. */
export function canInvite(actor: Actor | null, organizationId: string): boolean {
  return hasRoleIn(actor, [organizationId], 'admin')
}
