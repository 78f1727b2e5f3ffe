/**
 * A real SMTP server on loopback for tests (the smtp-server package in the test process): it
 * accepts every message, keeps it with its envelope and raw source, and can be told to answer a
 * recipient with a temporary (4xx) or permanent (5xx) failure.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** A message the server received. */
export interface ReceivedMail {
  from: string
  to: string[]
  /** The raw RFC 5322 source. */
  raw: string
}

/** A running test server. */
export interface TestSmtpServer {
  /** smtp://127.0.0.1:PORT?starttls=off */
  url: string
  received: ReceivedMail[]
  /** Answer RCPT TO for this address with `code` (e.g. 451, 550) until cleared. */
  failRecipient(address: string, code: number, times?: number): void
  close(): Promise<void>
}

/** Starts a server on a free loopback port. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = []
  const failures = new Map<string, { code: number; times: number }>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, callback) {
      const rule = failures.get(address.address.toLowerCase())
      if (rule && rule.times > 0) {
        rule.times--
        const error = Object.assign(new Error(`test failure for ${address.address}`), {
          responseCode: rule.code,
        })
        return callback(error)
      }
      callback()
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}?starttls=off`,
    received,
    failRecipient(address, code, times = Number.POSITIVE_INFINITY) {
      failures.set(address.toLowerCase(), { code, times })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
