/**
 * Who may see and change a coalition's lists: any member of the coalition reads them; editors and
 * admins (of any of its organizations) change them. Operations run by the system — the command
 * line, the sender recording a bounce — act under a label and are not checked.
 */
import type { Actor } from '../access.js'
import { NewsroomError } from '../newsroom-error.js'

/** Who runs a list operation: a signed-in user, or the system under a label. */
export type ListActor = Actor | { label: string }

/** The actor of operations the system runs (tests, command line, sender). */
export const systemListActor: ListActor = { label: 'system' }

function isUser(actor: ListActor): actor is Actor {
  return 'userId' in actor
}

/** Whether `actor` may read the coalition's lists. */
export function canReadLists(actor: ListActor | null, coalitionId: string): boolean {
  if (!actor) return false
  if (!isUser(actor)) return true
  return actor.memberships.some((m) => m.coalitionId === coalitionId)
}

/** Whether `actor` may change the coalition's lists, contacts and suppressions. */
export function canChangeLists(actor: ListActor | null, coalitionId: string): boolean {
  if (!actor) return false
  if (!isUser(actor)) return true
  return actor.memberships.some(
    (m) => m.coalitionId === coalitionId && (m.role === 'admin' || m.role === 'editor'),
  )
}

/** Refuses unless `actor` may read the coalition's lists. */
export function assertCanReadLists(actor: ListActor | null, coalitionId: string): void {
  if (!actor) throw new NewsroomError('unauthenticated', 'sign in to see the lists')
  if (!canReadLists(actor, coalitionId))
    throw new NewsroomError('forbidden', 'only members of the coalition see its lists')
}

/** Refuses unless `actor` may change the coalition's lists. */
export function assertCanChangeLists(actor: ListActor | null, coalitionId: string): void {
  assertCanReadLists(actor, coalitionId)
  if (!canChangeLists(actor, coalitionId))
    throw new NewsroomError('forbidden', 'only editors and admins change the lists')
}
