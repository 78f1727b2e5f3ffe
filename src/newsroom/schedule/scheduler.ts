/**
 * The scheduler: publishes releases whose embargo or schedule time has come, every few seconds
 * and once at start-up (so schedules missed while the server was down run on start). Each
 * release is published through the release service's system path, which runs the publish gate;
 * a refusal leaves the release scheduled and is recorded for the workspace and the audit log.
 */
import type { Newsroom } from '../create-newsroom.js'
import { NewsroomError } from '../newsroom-error.js'

/** A running background job. */
export interface BackgroundJob {
  stop(): Promise<void>
}

/** What one tick did. */
export interface TickResult {
  published: string[]
  refused: string[]
}

/** The running scheduler: stop it, wait for its first tick, or tick by hand. */
export interface Scheduler extends BackgroundJob {
  /** Settles when the tick made at start-up has finished. */
  started: Promise<TickResult>
  /** Runs one tick now (ticks never overlap: a tick asked for during one waits for it). */
  tick(): Promise<TickResult>
}

/** Publishes every release whose time has come; refusals are recorded, not thrown. */
export async function publishDue(newsroom: Newsroom): Promise<TickResult> {
  const result: TickResult = { published: [], refused: [] }
  for (const schedule of await newsroom.schedule.due()) {
    try {
      const outcome = await newsroom.releases.publishScheduled(schedule.releaseId)
      if (outcome === 'published') result.published.push(schedule.releaseId)
    } catch (error) {
      if (!(error instanceof NewsroomError)) throw error
      result.refused.push(schedule.releaseId)
      await newsroom.schedule.recordFailure(schedule.releaseId, error.message)
    }
  }
  return result
}

/** Starts the scheduler over a newsroom: a tick now, then one every `intervalMs` (default 5 s). */
export function startScheduler(
  newsroom: Newsroom,
  options: { intervalMs?: number; log?: (error: unknown) => void } = {},
): Scheduler {
  const log = options.log ?? ((error: unknown) => console.error('scheduler:', error))
  let running: Promise<TickResult> = Promise.resolve({ published: [], refused: [] })
  let stopped = false

  function tick(): Promise<TickResult> {
    running = running.catch(() => ({ published: [], refused: [] })).then(() => publishDue(newsroom))
    return running
  }
  function background(): Promise<TickResult> {
    return tick().catch((error) => {
      // A failed tick (the database away for a moment) is tried again at the next one.
      log(error)
      return { published: [], refused: [] }
    })
  }

  const started = background()
  const timer = setInterval(() => {
    if (!stopped) void background()
  }, options.intervalMs ?? 5000)
  timer.unref?.()

  return {
    started,
    tick,
    async stop() {
      stopped = true
      clearInterval(timer)
      await running.catch(() => undefined)
    },
  }
}
