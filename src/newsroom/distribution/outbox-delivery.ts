/**
 * Delivering one claimed outbox row, and what its outcome means for the row:
 * - a member's row while the release is under embargo waits for the lift (no attempt counted);
 *   any row waits while the release is neither public nor embargoed (the scheduler publishes at
 *   the lift);
 * - the message goes out through the mailer with the hand-over of outbox-handover.ts (phase
 *   `handover` recorded before the end of DATA, a journal note at it); the server's acceptance is
 *   recorded as `sent` at once;
 * - a 5xx answer fails the row for good and suppresses the address; a 4xx answer or a connection
 *   error queues it again after a backoff with jitter, until the attempts run out;
 * - no answer after the end of DATA went out makes the row `unconfirmed`: it may have been
 *   delivered, and is never resent automatically.
 */
import { SendFailure } from '../../mail/index.js'
import type { OutboxMessageRow, OutboxRepository } from '../../store/repositories/outbox.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import type { ScheduleService } from '../schedule/schedule-service.js'
import type { HandoverJournal } from './handover-journal.js'
import type { ListService } from './list-service.js'
import { composeRowMessage, outboxMailMessage } from './message-compose.js'
import type { MessageContext, MessagePeers } from './message-context.js'
import { handoverFor } from './outbox-handover.js'
import { unsubscribeUrl } from './unsubscribe-link.js'

/** How retries and leases behave. */
export interface DeliveryPolicy {
  /** How long a claim or a hand-over holds a row (ms). */
  leaseMs: number
  /** The first retry's delay (ms); doubled per attempt, at most `maxRetryMs`, with ±50 % jitter. */
  retryBaseMs: number
  maxRetryMs: number
  /** Attempts before a temporary failure becomes final. */
  maxAttempts: number
  /** How long a row waits while the release is neither public nor embargoed (ms). */
  unpublishedWaitMs: number
}

/** The default policy. */
export const defaultDeliveryPolicy: DeliveryPolicy = {
  leaseMs: 120_000,
  retryBaseMs: 60_000,
  maxRetryMs: 3_600_000,
  maxAttempts: 8,
  unpublishedWaitMs: 30_000,
}

/** What happened to a row. */
export type DeliveryOutcome = 'sent' | 'retry' | 'waiting' | 'failed' | 'unconfirmed' | 'lost'

/** The delay before retry number `attempt` (1-based), with ±50 % jitter from `random`. */
export function retryDelay(policy: DeliveryPolicy, attempt: number, random = Math.random): number {
  const base = Math.min(policy.maxRetryMs, policy.retryBaseMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(base * (0.5 + random()))
}

/** Everything a delivery needs. */
export interface DeliveryDeps {
  deps: NewsroomDeps
  peers: MessagePeers & { schedule: Pick<ScheduleService, 'issuePreview'> }
  lists: Pick<ListService, 'suppress'>
  repo: OutboxRepository
  worker: string
  policy: DeliveryPolicy
  /** The worker's hand-over journal (none: recovered hand-overs are all unconfirmed). */
  journal?: HandoverJournal | null
}

/** Delivers one row this worker has claimed, given its send's context. */
export async function deliverRow(
  d: DeliveryDeps,
  context: MessageContext,
  row: OutboxMessageRow,
): Promise<DeliveryOutcome> {
  const { deps, repo, worker, policy } = d
  const nowMs = () => deps.clock.now().getTime()
  const iso = (ms: number) => new Date(ms).toISOString()
  const embargo = context.embargo
  if (embargo && row.kind !== 'press') {
    await repo.markRetry(row.id, worker, {
      now: iso(nowMs()),
      nextAt: embargo.liftsAt,
      error: null,
      code: null,
      attempt: false,
    })
    return 'waiting'
  }
  if (!embargo && !context.isPublic) {
    await repo.markRetry(row.id, worker, {
      now: iso(nowMs()),
      nextAt: iso(nowMs() + policy.unpublishedWaitMs),
      error: null,
      code: null,
      attempt: false,
    })
    return 'waiting'
  }
  let committed = false
  try {
    const unsubscribe = await unsubscribeUrl(deps, row.contact_id)
    let previewUrl = row.preview_url
    if (embargo && !previewUrl) {
      previewUrl = (
        await d.peers.schedule.issuePreview({ label: 'outbox' }, context.view.id, {
          email: row.email,
          name: row.name,
        })
      ).url
      await repo.setPreviewUrl(row.id, worker, previewUrl)
    }
    const composed = composeRowMessage(context, d.peers, row, {
      unsubscribeUrl: unsubscribe,
      previewUrl,
      publicUrl: deps.publicUrl,
    })
    const message = outboxMailMessage(row, composed, deps.mailer.from, unsubscribe)
    const handover = handoverFor(
      repo,
      row,
      worker,
      { nowMs, leaseMs: policy.leaseMs },
      d.journal ?? null,
    )
    const receipt = await deps.mailer.send({
      ...message,
      beforeCommit: () => handover.beforeCommit(),
      atCommit: () => {
        committed = handover.atCommit()
        return committed
      },
    })
    await repo.markSent(row.id, worker, {
      now: iso(nowMs()),
      response: receipt.response,
      contentKind: composed.kind,
    })
    return 'sent'
  } catch (error) {
    const failure =
      error instanceof SendFailure
        ? error
        : new SendFailure(
            error instanceof Error ? error.message : String(error),
            'temporary',
            null,
            committed,
          )
    const now = iso(nowMs())
    if (failure.abandoned) return 'lost'
    if (failure.uncertain || (committed && failure.code === null)) {
      await repo.markFinal(row.id, worker, {
        now,
        state: 'unconfirmed',
        error: `no answer after the end of the message: ${failure.message}`,
        code: null,
      })
      return 'unconfirmed'
    }
    const detail = failure.code ? `${failure.code} ${failure.message}` : failure.message
    if (failure.kind === 'permanent') {
      await repo.markFinal(row.id, worker, {
        now,
        state: 'failed',
        error: detail,
        code: failure.code,
      })
      await d.lists.suppress(context.send.coalitionId, row.email, 'bounce', detail)
      return 'failed'
    }
    if (row.attempts + 1 >= policy.maxAttempts) {
      await repo.markFinal(row.id, worker, {
        now,
        state: 'failed',
        error: `gave up after ${row.attempts + 1} attempts: ${detail}`,
        code: failure.code,
      })
      return 'failed'
    }
    await repo.markRetry(row.id, worker, {
      now,
      nextAt: iso(nowMs() + retryDelay(policy, row.attempts + 1)),
      error: detail,
      code: failure.code,
      attempt: true,
    })
    return 'retry'
  }
}
