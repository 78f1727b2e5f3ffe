/**
 * The mailer: what the newsroom sends e-mail through. `createMailer` reads `SMTP_URL`
 * (smtp://, smtps://) and sends through a pooled nodemailer transport; without one, messages are
 * written as .eml files into a folder, so a fresh install works without a mail server and
 * nothing is silently dropped.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import nodemailer from 'nodemailer'

/** One message. `headers` are extra headers (List-Unsubscribe, …). */
export interface MailMessage {
  from: string
  to: string
  subject: string
  text: string
  html?: string
  /** A stable Message-ID (with angle brackets), so a retried send is recognisably the same. */
  messageId?: string
  replyTo?: string
  headers?: Record<string, string>
}

/** What the server answered. */
export interface MailReceipt {
  messageId: string
  accepted: string[]
  rejected: string[]
  response: string
}

/** Sends e-mail. */
export interface Mailer {
  /** The default sender address. */
  readonly from: string
  send(message: MailMessage): Promise<MailReceipt>
  close(): Promise<void>
}

/** Options of {@link createMailer}. */
export interface MailerOptions {
  /** smtp://user:pass@host:port or smtps://…; when absent, messages go to `dropFolder`. */
  smtpUrl?: string | undefined
  /** Where messages are written when there is no SMTP server (default ./data/mail). */
  dropFolder?: string
  from?: string
  /** Connections kept open (default 5). */
  maxConnections?: number
  /** At most this many messages per second (default: no limit). */
  ratePerSecond?: number
}

/** A mailer from options; see the module comment. */
export function createMailer(options: MailerOptions = {}): Mailer {
  const from = options.from ?? 'Comunicado <newsroom@localhost>'
  if (!options.smtpUrl) return dropFolderMailer(options.dropFolder ?? './data/mail', from)
  const url = new URL(options.smtpUrl)
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new Error(`SMTP_URL must start with smtp:// or smtps:// (got ${url.protocol})`)
  const transport = nodemailer.createTransport({
    pool: true,
    host: url.hostname,
    port: Number(url.port) || (url.protocol === 'smtps:' ? 465 : 587),
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? {
          auth: {
            user: decodeURIComponent(url.username),
            pass: decodeURIComponent(url.password),
          },
        }
      : {}),
    maxConnections: options.maxConnections ?? 5,
    maxMessages: Number.POSITIVE_INFINITY,
    ...(options.ratePerSecond ? { rateDelta: 1000, rateLimit: options.ratePerSecond } : {}),
    // Loopback test servers and small relays often have no certificate worth checking.
    tls: { rejectUnauthorized: url.searchParams.get('tls') !== 'strict' ? false : true },
    ignoreTLS: url.searchParams.get('starttls') === 'off',
  })
  return {
    from,
    async send(message) {
      const info = await transport.sendMail(toNodemailer(message))
      return {
        messageId: info.messageId,
        accepted: info.accepted.map(String),
        rejected: info.rejected.map(String),
        response: info.response,
      }
    },
    async close() {
      transport.close()
    },
  }
}

function toNodemailer(message: MailMessage) {
  return {
    from: message.from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    ...(message.html !== undefined ? { html: message.html } : {}),
    ...(message.messageId ? { messageId: message.messageId } : {}),
    ...(message.replyTo ? { replyTo: message.replyTo } : {}),
    ...(message.headers ? { headers: message.headers } : {}),
  }
}

function dropFolderMailer(folder: string, from: string): Mailer {
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true })
  let made: Promise<unknown> | undefined
  return {
    from,
    async send(message) {
      made ??= mkdir(folder, { recursive: true })
      await made
      const info = await transport.sendMail(toNodemailer(message))
      const id = info.messageId.replace(/[<>]/g, '').replace(/[^\w.@-]/g, '_')
      await writeFile(join(folder, `${Date.now()}-${id}.eml`), info.message as Buffer)
      return { messageId: info.messageId, accepted: [message.to], rejected: [], response: 'saved' }
    },
    async close() {},
  }
}
