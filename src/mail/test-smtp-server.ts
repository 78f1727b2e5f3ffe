/**
 * A real SMTP server on loopback for tests (the smtp-server package in the test process): it
 * accepts every message, keeps it with its envelope and raw source (or only counts it, for long
 * runs), counts deliveries per recipient — a message counts only once its DATA ended and it was
 * accepted, never when the client vanished mid-message — and can be told to answer a recipient
 * with a temporary (4xx) or permanent (5xx) failure.
 */
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** A message the server received. */
export interface ReceivedMail {
  from: string
  to: string[]
  /** The raw RFC 5322 source ('' when the server keeps no sources). */
  raw: string
  /** When its DATA ended (ms since the epoch). */
  at: number
  /** Its Message-ID header ('' when it has none), read even when the source is not kept. */
  messageId: string
}

/** Options of {@link startTestSmtpServer}. */
export interface TestSmtpOptions {
  /** Keep each message's source in `received` (default true; false only counts). */
  keepRaw?: boolean
}

/** A running test server. */
export interface TestSmtpServer {
  /** smtp://127.0.0.1:PORT?starttls=off */
  url: string
  received: ReceivedMail[]
  /** Messages accepted per recipient address (lower-cased). */
  deliveries: Map<string, number>
  /** Messages accepted in all. */
  readonly total: number
  /** Answer RCPT TO for this address with `code` (e.g. 451, 550) `times` times (default: always). */
  failRecipient(address: string, code: number, times?: number): void
  close(): Promise<void>
}

/** The Message-ID in a message's header (before the first empty line), or ''. */
function messageIdOf(source: string): string {
  const end = source.search(/\r?\n\r?\n/)
  const header = end < 0 ? source : source.slice(0, end)
  return /^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)/im.exec(header)?.[1]?.replace(/\s+/g, '') ?? ''
}

/** Starts a server on a free loopback port. */
export async function startTestSmtpServer(options: TestSmtpOptions = {}): Promise<TestSmtpServer> {
  const keepRaw = options.keepRaw ?? true
  const received: ReceivedMail[] = []
  const deliveries = new Map<string, number>()
  let total = 0
  const failures = new Map<string, { code: number; times: number }>()
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    maxClients: 1000,
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
      // The header is read from the first bytes even when the source is not kept.
      const head: Buffer[] = []
      let headBytes = 0
      // A client that vanishes mid-message destroys the stream: no 'end', nothing counted.
      stream.on('error', () => {})
      stream.on('data', (c: Buffer) => {
        if (keepRaw) chunks.push(c)
        else if (headBytes < 16_384) {
          head.push(c)
          headBytes += c.length
        }
      })
      stream.on('end', () => {
        const to = session.envelope.rcptTo.map((r) => r.address)
        total++
        for (const address of to) {
          const key = address.toLowerCase()
          deliveries.set(key, (deliveries.get(key) ?? 0) + 1)
        }
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to,
          raw: keepRaw ? Buffer.concat(chunks).toString('utf8') : '',
          at: Date.now(),
          messageId: messageIdOf(Buffer.concat(keepRaw ? chunks : head).toString('utf8')),
        })
        if (!keepRaw && received.length > 5000) received.splice(0, received.length - 5000)
        callback()
      })
    },
  })
  // A client killed mid-session resets its connection: that is a test's business, not a crash.
  server.on('error', () => {})
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}?starttls=off`,
    received,
    deliveries,
    get total() {
      return total
    },
    failRecipient(address, code, times = Number.POSITIVE_INFINITY) {
      failures.set(address.toLowerCase(), { code, times })
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
