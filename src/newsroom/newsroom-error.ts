/**
 * Refusals of newsroom operations (forbidden, not found, conflict, invalid input). The server turns
 * each code into one HTTP status; the message says what to do, in English, for the API and logs.
 * A refusal users meet in the workspace also carries a `reason` (and its parameters) in its
 * details, so the workspace can say it in the interface language (src/web/app/refusal-reasons.ts).
 */

/** Why an operation was refused. */
export type NewsroomErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'rate-limited'

/** An expected refusal, with a stable code and a one-sentence message. */
export class NewsroomError extends Error {
  constructor(
    readonly code: NewsroomErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'NewsroomError'
  }
}

/**
 * Every refusal reason the workspace says in its own words; each has an English and a Spanish
 * sentence in the workspace's catalogue (the type checker refuses a missing one).
 */
export const refusalReasons = [
  'release-not-found',
  'release-edit-forbidden',
  'release-create-forbidden',
  'release-stale',
  'release-status-unknown',
  'release-status-step',
  'release-status-moved',
  'release-schedule-first',
  'release-no-versions',
  'release-lang-tag',
  'release-lang-twice',
  'release-version-no-text',
  'release-slug-taken',
  'correction-not-published',
  'correction-no-version',
  'correction-note-not-text',
  'correction-note-missing',
  'correction-note-long',
  'publish-approvals-missing',
  'override-reason-missing',
  'override-reason-long',
  'override-admin-only',
  'quotes-forbidden',
  'quote-not-found',
  'quote-person-outside',
  'quote-person-missing',
  'quote-no-recipient',
  'appearance-mode',
  'appearance-description-long',
  'appearance-description-missing',
  'appearance-forbidden',
  'signoff-not-issuer',
  'signoff-forbidden',
  'answer-comment-long',
  'send-resend-not-unconfirmed',
] as const

/** A refusal reason: a stable id the workspace turns into a sentence in its language. */
export type RefusalReason = (typeof refusalReasons)[number]

/** One approval the publish gate still misses: a quote's, or a co-issuer's sign-off. */
export type MissingApproval =
  | { kind: 'quote'; key: string; speaker: string | null; status: string }
  | { kind: 'signoff'; organizationId: string; organization: string }

/** A refusal with a `reason` (and parameters) for the workspace, and the English `message`. */
export function refusal(
  code: NewsroomErrorCode,
  reason: RefusalReason,
  message: string,
  params: Record<string, unknown> = {},
): NewsroomError {
  return new NewsroomError(code, message, { ...params, reason })
}
