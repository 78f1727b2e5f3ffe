/**
 * Tables of the e-mail outbox (issue 8), created by migration 0007-outbox. A send is one press
 * or member mailing of a release; its messages are the durable outbox, one row per recipient and
 * release, copied from the lists when the send is made so later list changes never alter it.
 */

/** One send of a release to some lists: who made it, what it covered, its totals. */
export interface OutboxSendTable {
  id: string
  coalition_id: string
  release_id: string
  /** The revision the messages are rendered from. */
  revision: number
  created_by: string | null
  /** JSON array of the list ids sent to. */
  list_ids: string
  /** `preferred` (each recipient's own choice), `en`, `es` or `both`. */
  lang_choice: string
  /** Recipients resolved from the lists. */
  resolved: number
  /** Rows made (recipients already in an earlier send of the release are not sent again). */
  total: number
  created_at: string
  /** When the last row reached a final state, or null while rows are pending. */
  finished_at: string | null
}

/**
 * One message of the outbox. `state` is `queued` → `sending` → `sent` | `failed`, or
 * `unconfirmed` when a worker stopped after handing the message to the SMTP server and before
 * the answer was recorded (it is never resent automatically). `phase` tells a `sending` row's
 * progress: `claimed` (nothing has reached the server's DATA end), `handover` (the end of DATA
 * may have been sent).
 */
export interface OutboxMessageTable {
  id: string
  send_id: string
  release_id: string
  coalition_id: string
  contact_id: string
  /** Lower-cased address; unique per release. */
  email: string
  name: string
  /** JSON array of the languages this recipient gets, in order. */
  langs: string
  /** `press` or `member`. */
  kind: string
  state: string
  phase: string | null
  attempts: number
  last_error: string | null
  /** The SMTP code of the last failure, when the server answered one. */
  last_code: number | null
  /** Not before this ISO time (backoff, or an embargo's lift for members). */
  next_attempt_at: string
  claimed_by: string | null
  lease_until: string | null
  /** `<release-id.recipient-hash@host>`, the same on every attempt. */
  message_id: string
  /** An embargo preview link issued for this press recipient, reused on retries. */
  preview_url: string | null
  /** What the message was: `release` or `embargo-notice`. */
  content_kind: string | null
  /** The server's answer on acceptance. */
  response: string | null
  sent_at: string | null
  created_at: string
  updated_at: string
}

/** The tables of the e-mail outbox. */
export interface OutboxTables {
  outbox_sends: OutboxSendTable
  outbox_messages: OutboxMessageTable
}
