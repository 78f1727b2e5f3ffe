/**
 * Sends: the durable outbox, one row per recipient and release (issue 8).
 */
import type { NewsroomDeps } from '../newsroom-deps.js'

/** Outbox operations over the newsroom's dependencies. */
export function outboxService(_deps: NewsroomDeps) {
  return {}
}

/** The service's interface. */
export type OutboxService = ReturnType<typeof outboxService>
