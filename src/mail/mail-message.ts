/**
 * What the mailer sends and answers: a message, the server's receipt, and the hand-over hook the
 * outbox uses to record "the end of the message is about to be sent" before the SMTP server can
 * accept it.
 */

/** An address with a display name, or a bare address. */
export type MailAddress = string | { name: string; address: string }

/** One message. `headers` are extra headers (List-Unsubscribe, …). */
export interface MailMessage {
  from: string
  to: MailAddress
  subject: string
  text: string
  html?: string
  /** A stable Message-ID (with angle brackets), so a retried send is recognisably the same. */
  messageId?: string
  replyTo?: string
  headers?: Record<string, string>
  date?: Date
  /**
   * Called once the whole message has been written and just before the end of DATA is sent —
   * the last moment at which nothing can have been accepted. Resolve true to finish the
   * transaction; false (or a rejection) abandons it, and the server never gets the end of data.
   */
  beforeCommit?: () => Promise<boolean>
  /**
   * Called when `beforeCommit` agreed, synchronously, immediately before the end of DATA is
   * written to the socket — nothing else runs in between. Answer true to write it; false closes
   * the connection instead, and the server never gets the end of data (the send fails as
   * abandoned). For a note that must be as close to the end of DATA as a process can make it.
   */
  atCommit?: () => boolean
}

/** What the server answered. */
export interface MailReceipt {
  messageId: string
  accepted: string[]
  rejected: string[]
  response: string
}
