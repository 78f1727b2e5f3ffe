/**
 * The hand-over of one claimed row, in two steps around the end of DATA:
 * 1. before it, awaited: the row is recorded in phase `handover` in the store (fenced: false when
 *    the worker no longer holds the row) with a fresh lease;
 * 2. at it, synchronously, immediately before the end of DATA is written: the row's key is noted
 *    in the worker's local hand-over journal (see handover-journal.ts) — unless the lease is
 *    about to run out, in which case the end of DATA is not written at all. A worker recovering
 *    the row reads the journal only once the lease has run out, so it never reads the journal
 *    before a note that could still come.
 * Without a journal only step 1 happens, and a recovered `handover` row is always unconfirmed.
 */
import type { OutboxMessageRow, OutboxRepository } from '../../store/repositories/outbox.js'
import { type HandoverJournal, handoverKey } from './handover-journal.js'

/** The hooks of one message's hand-over (see the mailer's `beforeCommit` and `atCommit`). */
export interface Handover {
  /** Records phase `handover`; false abandons the message. */
  beforeCommit(): Promise<boolean>
  /** Notes the row in the journal; false when the lease is too close to its end to finish. */
  atCommit(): boolean
}

/** Times a hand-over reads. */
export interface HandoverClock {
  nowMs(): number
  leaseMs: number
}

/** How long before its lease runs out a worker stops finishing messages (ms). */
export function handoverMargin(leaseMs: number): number {
  return Math.min(1000, leaseMs / 4)
}

/** The hand-over of `row`, held by `worker`. */
export function handoverFor(
  repo: Pick<OutboxRepository, 'markHandover'>,
  row: Pick<OutboxMessageRow, 'id' | 'attempts'>,
  worker: string,
  clock: HandoverClock,
  journal: HandoverJournal | null,
): Handover {
  let leaseEnds = Number.NEGATIVE_INFINITY
  const iso = (ms: number) => new Date(ms).toISOString()
  return {
    async beforeCommit() {
      const now = clock.nowMs()
      const ok = await repo.markHandover(row.id, worker, iso(now), iso(now + clock.leaseMs))
      if (ok) leaseEnds = now + clock.leaseMs
      return ok
    },
    atCommit() {
      if (clock.nowMs() > leaseEnds - handoverMargin(clock.leaseMs)) return false
      try {
        journal?.note(handoverKey(row))
      } catch {
        // A journal that cannot be written (a full disk) cannot vouch for the hand-over: the
        // message is not finished, and recovery queues it again.
        return false
      }
      return true
    },
  }
}
