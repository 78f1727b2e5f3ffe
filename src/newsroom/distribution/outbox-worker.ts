/**
 * The outbox worker: claims due outbox rows, sends them through the mailer and records the
 * outcome; on PostgreSQL several workers (processes) share the outbox, on SQLite one runs in the
 * server. It keeps up to `batchSize` rows in flight (the mailer's pool sets how many go out at
 * once), re-checks rows of stopped workers every few seconds (see the outbox repository's
 * `recoverExpired`; with a journal folder, their hand-over journals decide which hand-overs
 * never happened), and stamps sends finished. `stop()` stops claiming and waits for the rows
 * in flight.
 */

import { randomBytes } from 'node:crypto'
import { hostname } from 'node:os'
import { outboxRepository } from '../../store/repositories/outbox.js'
import { outboxSendRepository } from '../../store/repositories/outbox-sends.js'
import type { Newsroom } from '../create-newsroom.js'
import type { BackgroundJob } from '../schedule/scheduler.js'
import {
  handoverKey,
  openHandoverJournal,
  readHandoverJournal,
  removeHandoverJournal,
  sweepJournals,
} from './handover-journal.js'
import { listService } from './list-service.js'
import {
  loadMessageContext,
  type MessageContext,
  refreshMessageContext,
} from './message-context.js'
import {
  type DeliveryDeps,
  type DeliveryOutcome,
  type DeliveryPolicy,
  defaultDeliveryPolicy,
  deliverRow,
} from './outbox-delivery.js'

/** Options of {@link startOutboxWorker}. */
export interface OutboxWorkerOptions {
  /** How often an idle worker looks for due rows (ms, default 1000). */
  intervalMs?: number
  /** Rows kept in flight (default 50). */
  batchSize?: number
  /** How often rows of stopped workers are re-checked (ms, default 5000). */
  recoverEveryMs?: number
  /** How long a send's rendering context (release, embargo, status) is reused (ms, default 2000). */
  contextTtlMs?: number
  /** Retries and leases. */
  policy?: Partial<DeliveryPolicy>
  /** This worker's name in `claimed_by` (default host:pid:random). */
  workerId?: string
  /**
   * Where this worker keeps its hand-over journal, and reads the journals of stopped workers of
   * this machine (see handover-journal.ts). Without one, every message a stopped worker had
   * handed over becomes unconfirmed, including those it never finished.
   */
  journalDir?: string
  /** Called after each row with its outcome (progress displays, tests). */
  onOutcome?: (outcome: DeliveryOutcome) => void
  /** Where unexpected errors are reported (default console.error). */
  onError?: (error: unknown) => void
}

/** A running worker. */
export interface OutboxWorker extends BackgroundJob {
  readonly id: string
  /** Resolves once no row is due and none is in flight (for tests and `comunicado send`). */
  idle(): Promise<void>
}

/** Starts a worker over a newsroom. */
export function startOutboxWorker(
  newsroom: Newsroom,
  options: OutboxWorkerOptions = {},
): OutboxWorker {
  const { deps } = newsroom
  const id = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`
  const policy: DeliveryPolicy = { ...defaultDeliveryPolicy, ...options.policy }
  const batch = Math.max(1, options.batchSize ?? 50)
  const interval = options.intervalMs ?? 1000
  const recoverEvery = options.recoverEveryMs ?? 5000
  const contextTtl = options.contextTtlMs ?? 2000
  const onError = options.onError ?? ((error: unknown) => console.error(error))
  const repo = outboxRepository(deps.store)
  const sends = outboxSendRepository(deps.store.db)
  const delivery: DeliveryDeps = {
    deps,
    peers: { quotes: newsroom.quotes, schedule: newsroom.schedule },
    lists: listService(deps),
    repo,
    worker: id,
    policy,
  }
  const journalDir = options.journalDir
  const journal = journalDir ? openHandoverJournal(journalDir, id) : null
  delivery.journal = journal
  const contexts = new Map<string, { at: number; context: Promise<MessageContext> }>()
  const inFlight = new Set<Promise<void>>()
  const touched = new Set<string>()
  let stopping = false
  let lastRecover = Number.NEGATIVE_INFINITY
  let wake: (() => void) | null = null
  let idleWaiters: (() => void)[] = []

  const now = () => deps.clock.now().getTime()
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(done, ms)
      function done() {
        clearTimeout(timer)
        wake = null
        resolve()
      }
      wake = done
    })

  function contextOf(sendId: string): Promise<MessageContext> {
    const known = contexts.get(sendId)
    if (known && now() - known.at < contextTtl) return known.context
    // The text is parsed once per send; only the status and the embargo are read again.
    const context = known
      ? known.context.then((c) => refreshMessageContext(deps, delivery.peers, c))
      : sends.get(sendId).then((send) => {
          if (!send) throw new Error(`no send ${sendId}`)
          return loadMessageContext(deps, delivery.peers, send)
        })
    context.catch(() => contexts.delete(sendId))
    contexts.set(sendId, { at: now(), context })
    // A long-running worker forgets the sends it has not touched for longest.
    if (contexts.size > 50) {
      const oldest = contexts.keys().next().value
      if (oldest !== undefined && oldest !== sendId) contexts.delete(oldest)
    }
    return context
  }

  async function handle(row: Awaited<ReturnType<typeof repo.claim>>[number]): Promise<void> {
    let outcome: DeliveryOutcome
    try {
      outcome = await deliverRow(delivery, await contextOf(row.send_id), row)
    } catch (error) {
      // Loading the context or recording failed: queue the row again after the first backoff,
      // or fail it once its attempts are used up.
      onError(error)
      const message = error instanceof Error ? error.message : String(error)
      const at = new Date(now()).toISOString()
      const final = row.attempts + 1 >= policy.maxAttempts
      await (final
        ? repo.markFinal(row.id, id, { now: at, state: 'failed', error: message, code: null })
        : repo.markRetry(row.id, id, {
            now: at,
            nextAt: new Date(now() + policy.retryBaseMs).toISOString(),
            error: message,
            code: null,
            attempt: true,
          })
      ).catch(onError)
      outcome = final ? 'failed' : 'retry'
    }
    touched.add(row.send_id)
    options.onOutcome?.(outcome)
  }

  async function finishSends(): Promise<void> {
    for (const sendId of [...touched]) {
      touched.delete(sendId)
      await sends.finishIfDone(sendId, new Date(now()).toISOString())
    }
  }

  /** Re-checks rows of stopped workers, with their journals when this machine has them. */
  async function recover(): Promise<void> {
    const dir = journalDir
    const recovery = await repo.recoverExpired(
      new Date(now()).toISOString(),
      dir
        ? (worker) => {
            const keys = readHandoverJournal(dir, worker)
            return keys && ((row) => keys.has(handoverKey(row)))
          }
        : undefined,
    )
    if (!dir) return
    // A stopped worker's journal goes once nothing of it is left to recover. (Were the worker
    // only slow, it holds no row that needs the journal, and makes it again before its next
    // claim.)
    for (const worker of recovery.workers) {
      if (worker !== id && (await repo.sendingCount(worker)) === 0)
        removeHandoverJournal(dir, worker)
    }
    // Journals of workers that stopped holding no hand-over are never read: a day later they go.
    sweepJournals(dir, Date.now(), 24 * 3600_000)
  }

  async function loop(): Promise<void> {
    while (!stopping) {
      try {
        if (now() - lastRecover >= recoverEvery) {
          lastRecover = now()
          await recover()
        }
        let claimed = 0
        if (inFlight.size <= batch / 2) {
          journal?.ensure()
          const rows = await repo.claim({
            worker: id,
            now: new Date(now()).toISOString(),
            leaseUntil: new Date(now() + policy.leaseMs).toISOString(),
            limit: batch - inFlight.size,
          })
          claimed = rows.length
          for (const row of rows) {
            const job: Promise<void> = handle(row).finally(() => inFlight.delete(job))
            inFlight.add(job)
          }
        }
        if (inFlight.size > 0) {
          await Promise.race(inFlight)
          continue
        }
        if (claimed === 0) {
          await finishSends()
          // Idle and holding nothing: the journal's notes are needed by no one.
          if (journal?.dirty && (await repo.sendingCount(id)) === 0) journal.reset()
          for (const waiter of idleWaiters.splice(0)) waiter()
          await sleep(interval)
        }
      } catch (error) {
        onError(error)
        await sleep(interval)
      }
    }
    await Promise.all(inFlight)
    await finishSends().catch(onError)
    if (journal) {
      const held = await repo.sendingCount(id).catch(() => 1)
      journal.close(held === 0)
    }
    for (const waiter of idleWaiters.splice(0)) waiter()
  }

  const running = loop()
  return {
    id,
    idle() {
      return new Promise<void>((resolve) => {
        idleWaiters.push(resolve)
        wake?.()
      })
    },
    async stop() {
      stopping = true
      wake?.()
      await running
      idleWaiters = []
    },
  }
}
