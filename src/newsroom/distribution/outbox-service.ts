/**
 * Sends: the durable outbox, one row per recipient and release (issue 8). A send resolves the
 * chosen lists into recipients (subscribed, not suppressed, one per address), copies them into
 * message rows with their languages and a stable Message-ID, and leaves delivery to the outbox
 * worker. Before an embargo lifts, members' rows wait for the lift and press rows become embargo
 * notices. Progress and a report per send are read from the rows.
 */
import { createHash, randomUUID } from 'node:crypto'
import type { NewRow } from '../../store/index.js'
import { outboxRepository } from '../../store/repositories/outbox.js'
import {
  type OutboxCounts,
  type OutboxProblem,
  type OutboxSend,
  outboxSendRepository,
} from '../../store/repositories/outbox-sends.js'
import { type Actor, canEditRelease, canReadRelease } from '../access.js'
import { isoNow } from '../clock.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import { NewsroomError, refusal } from '../newsroom-error.js'
import type { ReleaseView } from '../release-service.js'
import { canSeeBeforeLift } from '../schedule/embargo-access.js'
import { scheduleService } from '../schedule/schedule-service.js'
import { listService } from './list-service.js'
import { releaseViewAt } from './message-context.js'
import type { Recipient, RecipientLang } from './recipient.js'

/** Who sends: a signed-in user, or the system (the command line, tests). */
export type SendActor = Actor | { label: string }

/** Which languages a send uses: each recipient's preference, one language, or both. */
export type SendLangChoice = 'preferred' | 'en' | 'es' | 'both'

/** Every language choice. */
export const sendLangChoices: readonly SendLangChoice[] = ['preferred', 'en', 'es', 'both']

/** What a send would do: recipients per language and kind, before anything is queued. */
export interface SendPlan {
  recipients: number
  byLang: { en: number; es: number; both: number }
  press: number
  members: number
  /** Recipients who already have a row for this release (they are not sent to again). */
  alreadySent: number
  /** When the release is under embargo: press get notices now, members wait until then. */
  embargoLiftsAt: string | null
}

/** A send's progress. */
export interface SendProgress {
  send: OutboxSend
  counts: OutboxCounts
  /** Rows in a final state. */
  done: number
  finished: boolean
}

/** A send's report: progress plus every row that failed, is unconfirmed, or is retrying. */
export interface SendReport extends SendProgress {
  problems: OutboxProblem[]
}

/** The Message-ID of a release's message to an address: the same on every attempt and send. */
export function outboxMessageId(releaseId: string, email: string, publicUrl: string): string {
  const hash = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 20)
  let host = 'localhost'
  try {
    host = new URL(publicUrl).hostname || host
  } catch {}
  return `<${releaseId}.${hash}@${host}>`
}

function isUser(actor: SendActor): actor is Actor {
  return 'userId' in actor
}

/** The languages a recipient gets under a choice. */
export function langsFor(choice: SendLangChoice, recipient: Recipient): RecipientLang[] {
  if (choice === 'both') return ['en', 'es']
  if (choice === 'en' || choice === 'es') return [choice]
  return recipient.langs.length > 0 ? recipient.langs : ['en']
}

/** Outbox operations over the newsroom's dependencies. */
export function outboxService(deps: NewsroomDeps) {
  const lists = listService(deps)
  const schedule = scheduleService(deps)
  const sends = () => outboxSendRepository(deps.store.db)

  async function release(actor: SendActor, releaseId: string, edit: boolean) {
    const view = await releaseViewAt(deps, releaseId)
    // An unreadable release answers like a missing one, so ids cannot be probed.
    // Before an embargo lifts only the release's editors may see it (nor its send plan).
    if (
      !view ||
      (isUser(actor) &&
        (!canReadRelease(actor, view) || !(await canSeeBeforeLift(deps.store.db, actor, view))))
    )
      throw new NewsroomError('not-found', `no release ${releaseId}`)
    if (edit && isUser(actor) && !canEditRelease(actor, view))
      throw new NewsroomError('forbidden', 'only editors of a co-issuing organization can send it')
    return view
  }

  async function sendable(view: ReleaseView): Promise<string | null> {
    const embargo = await schedule.embargoOf(view.id)
    if (embargo) return embargo.liftsAt
    if (view.status === 'published' || view.status === 'corrected') return null
    throw new NewsroomError('conflict', 'publish the release, or set an embargo, before sending it')
  }

  async function sendOf(actor: SendActor, sendId: string): Promise<OutboxSend> {
    const send = await sends().get(sendId)
    if (!send) throw new NewsroomError('not-found', `no send ${sendId}`)
    await release(actor, send.releaseId, false)
    return send
  }

  async function progressOf(send: OutboxSend): Promise<SendProgress> {
    const counts = await sends().counts(send.id)
    const done = counts.sent + counts.failed + counts.unconfirmed
    return { send, counts, done, finished: counts.queued + counts.sending === 0 }
  }

  async function existingEmails(releaseId: string, emails: string[]): Promise<Set<string>> {
    const found = new Set<string>()
    for (let i = 0; i < emails.length; i += 500) {
      const rows = await deps.store.db
        .selectFrom('outbox_messages')
        .select('email')
        .where('release_id', '=', releaseId)
        .where('email', 'in', emails.slice(i, i + 500))
        .execute()
      for (const r of rows) found.add(r.email)
    }
    return found
  }

  return {
    /** Recipients per language and kind for a send to `listIds`, without queuing anything. */
    async plan(
      actor: SendActor,
      releaseId: string,
      listIds: string[],
      lang: SendLangChoice = 'preferred',
    ): Promise<SendPlan> {
      const view = await release(actor, releaseId, false)
      if (!sendLangChoices.includes(lang))
        throw new NewsroomError('invalid', 'the language is preferred, en, es or both')
      const recipients = listIds.length
        ? await lists.resolveRecipients(view.coalitionId, listIds)
        : []
      const embargo = await schedule.embargoOf(view.id)
      const byLang = { en: 0, es: 0, both: 0 }
      for (const r of recipients) {
        const langs = langsFor(lang, r)
        if (langs.length > 1) byLang.both++
        else if (langs[0] === 'es') byLang.es++
        else byLang.en++
      }
      const already = await existingEmails(
        view.id,
        recipients.map((r) => r.email),
      )
      return {
        recipients: recipients.length,
        byLang,
        press: recipients.filter((r) => r.kind === 'press').length,
        members: recipients.filter((r) => r.kind !== 'press').length,
        alreadySent: already.size,
        embargoLiftsAt: embargo?.liftsAt ?? null,
      }
    },

    /**
     * Queues a send of a release to lists. Refuses unless the actor may edit the release and it
     * is public or under embargo. Addresses that already have a row for this release are
     * skipped, so sending twice (a double click, a second list) never mails anyone twice.
     */
    async send(
      actor: SendActor,
      releaseId: string,
      input: { listIds: string[]; lang?: SendLangChoice },
    ): Promise<OutboxSend> {
      const view = await release(actor, releaseId, true)
      const lang = input.lang ?? 'preferred'
      if (!sendLangChoices.includes(lang))
        throw new NewsroomError('invalid', 'the language is preferred, en, es or both')
      const listIds = [...new Set(input.listIds.filter(Boolean))]
      if (listIds.length === 0) throw new NewsroomError('invalid', 'choose at least one list')
      const liftsAt = await sendable(view)
      const recipients = await lists.resolveRecipients(view.coalitionId, listIds)
      const now = isoNow(deps.clock)
      const rows: Omit<NewRow<'outbox_messages'>, 'send_id'>[] = recipients.map((r) => ({
        id: randomUUID(),
        release_id: view.id,
        coalition_id: view.coalitionId,
        contact_id: r.contactId,
        email: r.email,
        name: r.name,
        langs: JSON.stringify(langsFor(lang, r)),
        kind: r.kind,
        state: 'queued',
        attempts: 0,
        // Members wait for the lift; press get their embargo notice now.
        next_attempt_at: liftsAt && r.kind !== 'press' ? liftsAt : now,
        message_id: outboxMessageId(view.id, r.email, deps.publicUrl),
        created_at: now,
        updated_at: now,
      }))
      const send = await sends().create(
        {
          id: randomUUID(),
          coalition_id: view.coalitionId,
          release_id: view.id,
          revision: view.revision,
          created_by: isUser(actor) ? actor.userId : null,
          listIds,
          lang_choice: lang,
          resolved: recipients.length,
          created_at: now,
        },
        rows,
      )
      await deps.audit.record({
        coalitionId: view.coalitionId,
        releaseId: view.id,
        actor,
        action: 'send.queued',
        detail: {
          sendId: send.id,
          listIds,
          lang,
          recipients: recipients.length,
          queued: send.total,
          embargoLiftsAt: liftsAt,
        },
      })
      return send
    },

    /** A send's progress. */
    async progress(actor: SendActor, sendId: string): Promise<SendProgress> {
      return progressOf(await sendOf(actor, sendId))
    },

    /** A send's report: totals and every row that did not (yet) go out, with the reason. */
    async report(actor: SendActor, sendId: string): Promise<SendReport> {
      const send = await sendOf(actor, sendId)
      const [progress, problems] = await Promise.all([progressOf(send), sends().problems(send.id)])
      return { ...progress, problems }
    },

    /** The sends of a release, newest first. */
    async sendsOf(actor: SendActor, releaseId: string): Promise<OutboxSend[]> {
      await release(actor, releaseId, false)
      return sends().ofRelease(releaseId)
    },

    /**
     * Resends `unconfirmed` rows of a send (the given ones, or all): a person checked that the
     * recipients did not get the message, so the rows are queued again with the same Message-ID
     * (a receiving system that dedupes by it can drop a duplicate). Editors of a co-issuing
     * organization only, like sending. Refuses, changing nothing, when a named row is not an
     * unconfirmed row of the send; a second call without ids finds none and resends nothing.
     */
    async resendUnconfirmed(
      actor: SendActor,
      sendId: string,
      rowIds?: string[],
    ): Promise<{ sendId: string; resent: string[] }> {
      const send = await sends().get(sendId)
      if (!send) throw new NewsroomError('not-found', `no send ${sendId}`)
      const view = await release(actor, send.releaseId, true)
      const ids = rowIds?.filter(Boolean)
      if (rowIds && ids?.length === 0)
        throw new NewsroomError('invalid', 'choose at least one unconfirmed message to resend')
      const result = await outboxRepository(deps.store).requeueUnconfirmed(
        send.id,
        ids ?? null,
        isoNow(deps.clock),
      )
      if (result.refused.length > 0) {
        const first = result.refused[0] as { id: string; state: string | null }
        throw refusal(
          'conflict',
          'send-resend-not-unconfirmed',
          `only unconfirmed messages of this send can be resent; ${first.id} is ${first.state ?? 'not a message of this send'}`,
          { count: result.refused.length, refused: result.refused },
        )
      }
      if (result.requeued.length > 0)
        await deps.audit.record({
          coalitionId: view.coalitionId,
          releaseId: view.id,
          actor,
          action: 'send.resent-unconfirmed',
          detail: { sendId: send.id, count: result.requeued.length, ids: result.requeued },
        })
      return { sendId: send.id, resent: result.requeued }
    },

    /** Re-checks rows whose worker stopped (see the outbox repository's recoverExpired). */
    recover() {
      return outboxRepository(deps.store).recoverExpired(isoNow(deps.clock))
    },
  }
}

/** The service's interface. */
export type OutboxService = ReturnType<typeof outboxService>
