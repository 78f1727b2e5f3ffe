/**
 * The audit service: every feature that approves, overrides, publishes, changes an embargo or
 * records a sign-on appends an entry here, and editors read a release's log in order.
 */
import { randomUUID } from 'node:crypto'
import { type AuditEntry, auditRepository, type Store } from '../store/index.js'
import type { Actor } from './access.js'
import { type Clock, isoNow } from './clock.js'

/** Who did something: a signed-in user, or a label for the system or a link holder. */
export type AuditActor = Actor | { label: string } | null

/** What is recorded. */
export interface AuditRecord {
  coalitionId: string
  releaseId?: string | null
  actor: AuditActor
  /** A dotted verb such as `quote.approved`, `release.published`, `embargo.changed`. */
  action: string
  detail?: Record<string, unknown>
}

/** Audit operations over one store. Pass a transaction's store to append inside it. */
export function auditService(store: Pick<Store, 'db'>, clock: Clock) {
  const repo = auditRepository(store.db)
  return {
    /** Appends one entry at the clock's time. */
    async record(entry: AuditRecord): Promise<void> {
      const actor = entry.actor
      await repo.append({
        id: randomUUID(),
        coalitionId: entry.coalitionId,
        releaseId: entry.releaseId ?? null,
        actorId: actor && 'userId' in actor ? actor.userId : null,
        actorLabel: actor && 'label' in actor ? actor.label : null,
        action: entry.action,
        detail: entry.detail ?? {},
        at: isoNow(clock),
      })
    },
    /** A release's entries, oldest first. */
    forRelease(releaseId: string): Promise<AuditEntry[]> {
      return repo.forRelease(releaseId)
    },
    /** A coalition's latest entries, newest first. */
    forCoalition(coalitionId: string, limit?: number): Promise<AuditEntry[]> {
      return repo.forCoalition(coalitionId, limit)
    },
  }
}

/** The audit service's interface. */
export type AuditService = ReturnType<typeof auditService>
