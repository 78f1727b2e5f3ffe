/**
 * Composing a message: nodemailer's MailComposer turns a {@link MailMessage} into the RFC 5322
 * source (multipart/alternative text + HTML, encoded headers, the given Message-ID), so the
 * source is made once and the SMTP transaction only streams bytes.
 */
import MailComposer from 'nodemailer/lib/mail-composer/index.js'
import type { MailMessage } from './mail-message.js'

/** The message's RFC 5322 source. */
export async function composeMessage(message: MailMessage): Promise<Buffer> {
  const node = new MailComposer({
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html !== undefined ? { html: message.html } : {}),
    ...(message.messageId ? { messageId: message.messageId } : {}),
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    ...(message.headers ? { headers: message.headers } : {}),
    ...(message.date ? { date: message.date } : {}),
  }).compile()
  // Keep our Message-ID: the composer would otherwise make one per build.
  if (message.messageId) node.setHeader('Message-ID', message.messageId)
  return node.build()
}

/** The envelope address of a header address ("Name <a@b>" → a@b). */
export function envelopeAddress(address: string): string {
  const m = /<([^<>]+)>\s*$/.exec(address)
  return (m?.[1] ?? address).trim()
}
