/**
 * The mailer: what the newsroom sends e-mail through. `createMailer` reads `SMTP_URL`
 * (smtp://, smtps://; `?pool=N` connections, `?rate=N` messages per second at most,
 * `?starttls=off`, `?tls=insecure` to accept a certificate that does not verify) and sends through
 * a pool of nodemailer SMTP connections; without one, messages are written as .eml files into a folder, so a fresh install
 * works without a mail server and nothing is silently dropped.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { composeMessage } from './compose-message.js'
import type { MailMessage, MailReceipt } from './mail-message.js'
import { SendFailure } from './send-failure.js'
import { createSmtpPool } from './smtp-pool.js'

export type { MailAddress, MailMessage, MailReceipt } from './mail-message.js'

/** Sends e-mail. */
export interface Mailer {
  /** The default sender address. */
  readonly from: string
  /** Sends one message; a failure is a {@link SendFailure}. */
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
  const tls = url.searchParams.get('tls')
  if (tls !== null && tls !== 'insecure' && tls !== 'strict')
    throw new Error(`SMTP_URL: tls is "insecure" or "strict" (got "${tls}")`)
  const rate = options.ratePerSecond ?? positiveParam(url, 'rate')
  const pool = createSmtpPool({
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
    maxConnections: options.maxConnections ?? positiveParam(url, 'pool', true) ?? 5,
    ...(rate ? { ratePerSecond: rate } : {}),
    // Certificates are checked unless the URL says `tls=insecure` (a relay with a self-signed one).
    rejectUnauthorized: url.searchParams.get('tls') !== 'insecure',
    ignoreTLS: url.searchParams.get('starttls') === 'off',
  })
  return { from, send: (message) => pool.send(message), close: () => pool.close() }
}

/**
 * A positive number (`whole`: a whole one) given as `name` in the URL's query, or undefined;
 * anything else is an error naming the setting.
 */
function positiveParam(url: URL, name: string, whole = false): number | undefined {
  const value = url.searchParams.get(name)
  if (value === null) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0 || (whole && !Number.isInteger(n)))
    throw new Error(
      `SMTP_URL: ${name} is a positive ${whole ? 'whole number' : 'number'} (got "${value}")`,
    )
  return n
}

function dropFolderMailer(folder: string, from: string): Mailer {
  let made: Promise<unknown> | undefined
  let n = 0
  return {
    from,
    async send(message) {
      made ??= mkdir(folder, { recursive: true })
      await made
      const source = await composeMessage(message)
      const go =
        (!message.beforeCommit || (await message.beforeCommit())) &&
        (!message.atCommit || message.atCommit())
      if (!go)
        throw new SendFailure(
          'the message was abandoned before its end',
          'temporary',
          null,
          false,
          true,
        )
      const id = (message.messageId ?? `${Date.now()}.${n++}`)
        .replace(/[<>]/g, '')
        .replace(/[^\w.@-]/g, '_')
      await writeFile(join(folder, `${Date.now()}-${n++}-${id}.eml`), source)
      const to = typeof message.to === 'string' ? message.to : message.to.address
      return { messageId: message.messageId ?? id, accepted: [to], rejected: [], response: 'saved' }
    },
    async close() {},
  }
}
