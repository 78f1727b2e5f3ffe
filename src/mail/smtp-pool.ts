/**
 * A pool of SMTP connections (nodemailer's SMTPConnection) with a rate limit, which streams each
 * message itself so that it controls the one moment that matters for "exactly once": the end of
 * DATA. The message's bytes go out, then the hand-over hook runs, and only when it resolves true
 * does the stream end — which is when the terminating dot is written. A connection is reused for
 * the next message and closed after any failure (a fresh one is opened on demand).
 */
import { writeSync } from 'node:fs'
import type { Socket } from 'node:net'
import { Readable } from 'node:stream'
import SMTPConnection from 'nodemailer/lib/smtp-connection/index.js'
import { composeMessage, envelopeAddress } from './compose-message.js'
import type { MailMessage, MailReceipt } from './mail-message.js'
import { SendFailure, toSendFailure } from './send-failure.js'

/** Where and how to connect. */
export interface SmtpPoolOptions {
  host: string
  port: number
  secure: boolean
  ignoreTLS: boolean
  rejectUnauthorized: boolean
  auth?: { user: string; pass: string }
  /** Connections kept open (default 5). */
  maxConnections?: number
  /** At most this many messages per second, over all connections (default: no limit). */
  ratePerSecond?: number
  /** Milliseconds to wait for a connection or an answer (default 30 s). */
  timeoutMs?: number
}

/** A pooled SMTP sender. */
export interface SmtpPool {
  send(message: MailMessage): Promise<MailReceipt>
  close(): Promise<void>
}

type Connection = InstanceType<typeof SMTPConnection> & {
  broken?: boolean
  /** nodemailer's socket of the connection (not typed by @types/nodemailer). */
  _socket?: Socket
}

/**
 * Resolves when the connection's socket holds no unwritten bytes (checked after the streams in
 * front of it had a turn to pass theirs on), or when it is gone. Bytes still queued in the process
 * when it is killed are lost, so the hand-over waits for the body to reach the kernel first.
 */
async function socketFlushed(connection: Connection): Promise<void> {
  for (let turn = 0; turn < 1000; turn++) {
    await new Promise((resolve) => setImmediate(resolve))
    const socket = connection._socket
    if (!socket || socket.destroyed || socket.writableLength === 0) return
    await new Promise<void>((resolve) => {
      const done = () => {
        socket.off('drain', done)
        socket.off('close', done)
        resolve()
      }
      socket.once('drain', done)
      socket.once('close', done)
    })
  }
}

/** The end of DATA as nodemailer's data stream writes it, after a body ending in LF, CR or other. */
const terminators = ['.\r\n', '\n.\r\n', '\r\n.\r\n'].map((t) => Buffer.from(t))

/**
 * Runs `hook` synchronously just before the end of DATA is written to the connection's socket:
 * whatever the hook does (the outbox's journal note) and the end of DATA are two consecutive
 * system calls. When the hook answers false, the socket is destroyed instead and the end of DATA
 * is never written. Answers a function that disarms it. Without a socket to watch, the hook runs
 * at once (and its answer is reported through `refused`).
 */
function beforeTerminator(
  connection: Connection,
  hook: () => boolean,
  refused: () => void,
): () => void {
  const socket = connection._socket
  if (!socket) {
    if (!hook()) refused()
    return () => {}
  }
  const original = socket.write
  const restore = () => {
    if (socket.write === patched) socket.write = original
  }
  const patched = function (this: Socket, chunk: unknown, ...rest: unknown[]) {
    if (Buffer.isBuffer(chunk) && terminators.some((t) => t.equals(chunk))) {
      restore()
      const fd = plainFd(this)
      if (!hook()) {
        refused()
        this.destroy()
        return false
      }
      // On a plain connection with nothing queued, the end of DATA is written to the socket's
      // descriptor in the very next system call; Node's stream machinery would put tens of
      // microseconds (more on a busy machine) between the hook's write and this one.
      let left = chunk
      try {
        if (fd !== null) left = writeDirect(fd, chunk)
      } catch (error) {
        this.destroy(error instanceof Error ? error : new Error(String(error)))
        return false
      }
      if (left.length === 0) return true
      return (original as (...args: unknown[]) => boolean).call(this, left)
    }
    return (original as (...args: unknown[]) => boolean).call(this, chunk, ...rest)
  } as typeof socket.write
  socket.write = patched
  return restore
}

/**
 * The descriptor of an unencrypted socket that holds no unwritten bytes, or null (a TLS socket
 * must be written through its stream: the descriptor carries ciphertext).
 */
function plainFd(socket: Socket): number | null {
  if ((socket as Socket & { encrypted?: boolean }).encrypted || socket.writableLength > 0)
    return null
  const fd = (socket as Socket & { _handle?: { fd?: number } })._handle?.fd
  return typeof fd === 'number' && fd >= 0 ? fd : null
}

/** Writes what the kernel takes of `chunk` to `fd` at once; answers the rest (EAGAIN: all of it). */
function writeDirect(fd: number, chunk: Buffer): Buffer {
  try {
    return chunk.subarray(writeSync(fd, chunk))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return chunk
    throw error
  }
}

/**
 * The message's bytes, then — when the reader asks for more — the hand-over, then the end. When
 * the server refused the envelope, nodemailer drains the message without sending it: then
 * `inData()` is false and the hand-over is skipped.
 */
function handOverStream(
  source: Buffer,
  beforeCommit: () => Promise<boolean>,
  atCommit: (() => boolean) | undefined,
  inData: () => boolean,
  onCommit: () => void,
  arm: (hook: () => boolean) => void,
  flushed: () => Promise<void>,
) {
  let pushed = false
  let asked = false
  return new Readable({
    read() {
      if (!pushed) {
        pushed = true
        this.push(source)
        return
      }
      if (asked) return
      asked = true
      if (!inData()) {
        this.push(null)
        return
      }
      // The body must be in the kernel before the hand-over is recorded: then only the end of
      // DATA, written right after the record, separates the record from the server's copy.
      flushed()
        .then(beforeCommit)
        .then(
          (ok) => {
            if (!ok) {
              this.destroy(abandoned())
              return
            }
            if (atCommit) {
              // The last word comes in the same write path, immediately before the end of DATA.
              arm(() => {
                if (!atCommit()) return false
                onCommit()
                return true
              })
              this.push(null)
              return
            }
            onCommit()
            this.push(null)
          },
          (error: unknown) =>
            this.destroy(error instanceof Error ? error : new Error(String(error))),
        )
    },
  })
}

/** The failure of a message given up before its end: the server got no end of DATA. */
function abandoned(): SendFailure {
  return new SendFailure('the message was abandoned before its end', 'temporary', null, false, true)
}

/** Opens a pool; connections are made when the first messages need them. */
export function createSmtpPool(options: SmtpPoolOptions): SmtpPool {
  const max = Math.max(1, options.maxConnections ?? 5)
  const timeout = options.timeoutMs ?? 30_000
  const idle: Connection[] = []
  const waiting: ((c: Connection | Error) => void)[] = []
  let open = 0
  let closed = false
  let nextSlot = 0
  const interval = options.ratePerSecond ? 1000 / options.ratePerSecond : 0

  function connect(): Promise<Connection> {
    return new Promise((resolve, reject) => {
      const connection: Connection = new SMTPConnection({
        host: options.host,
        port: options.port,
        secure: options.secure,
        ignoreTLS: options.ignoreTLS,
        tls: { rejectUnauthorized: options.rejectUnauthorized },
        connectionTimeout: timeout,
        greetingTimeout: timeout,
        socketTimeout: timeout,
      })
      let settled = false
      connection.on('error', (error) => {
        connection.broken = true
        if (!settled) {
          settled = true
          reject(error)
        }
      })
      connection.on('end', () => {
        connection.broken = true
        const at = idle.indexOf(connection)
        if (at >= 0) {
          idle.splice(at, 1)
          open--
        }
      })
      connection.connect((error) => {
        if (error) {
          settled = true
          return reject(error)
        }
        // The end of DATA is a small write after the message: without this, Nagle's algorithm
        // holds it for the server's delayed ACK (tens of milliseconds per message).
        connection._socket?.setNoDelay(true)
        if (!options.auth) {
          settled = true
          return resolve(connection)
        }
        connection.login(options.auth, (loginError) => {
          settled = true
          if (loginError) {
            connection.close()
            reject(loginError)
          } else resolve(connection)
        })
      })
    })
  }

  async function acquire(): Promise<Connection> {
    if (closed) throw new SendFailure('the mailer is closed', 'temporary', null, false)
    const ready = idle.pop()
    if (ready) return ready
    if (open < max) {
      open++
      try {
        return await connect()
      } catch (error) {
        open--
        throw error
      }
    }
    const next = await new Promise<Connection | Error>((resolve) => waiting.push(resolve))
    if (next instanceof Error) throw next
    return next
  }

  function release(connection: Connection): void {
    if (connection.broken || closed) {
      connection.close()
      open--
      // A waiter gets a fresh connection in place of the closed one.
      const waiter = waiting.shift()
      if (waiter) {
        open++
        connect().then(waiter, (error: Error) => {
          open--
          waiter(error)
        })
      }
      return
    }
    const waiter = waiting.shift()
    if (waiter) waiter(connection)
    else idle.push(connection)
  }

  async function paced(): Promise<void> {
    if (!interval) return
    const now = Date.now()
    const slot = Math.max(now, nextSlot)
    nextSlot = slot + interval
    if (slot > now) await new Promise((r) => setTimeout(r, slot - now))
  }

  return {
    async send(message) {
      const source = await composeMessage(message)
      const to = typeof message.to === 'string' ? envelopeAddress(message.to) : message.to.address
      const envelope = { from: envelopeAddress(message.from), to: [to] }
      let connection: Connection
      try {
        connection = await acquire()
      } catch (error) {
        throw toSendFailure(error, false)
      }
      // Paced once a connection is ready, so that time spent connecting cannot bunch messages.
      await paced()
      let committed = false
      let refusedAtEnd = false
      let disarm = () => {}
      const body = message.beforeCommit
        ? handOverStream(
            source,
            message.beforeCommit,
            message.atCommit,
            () => /^354/.test(String(connection.lastServerResponse)),
            () => {
              committed = true
            },
            (hook) => {
              disarm = beforeTerminator(connection, hook, () => {
                refusedAtEnd = true
              })
            },
            () => socketFlushed(connection),
          )
        : source
      if (!message.beforeCommit) committed = true
      try {
        const info = await new Promise<SMTPConnection.SentMessageInfo>((resolve, reject) => {
          // A connection lost mid-message is reported as the connection's 'error' (or only its
          // 'end'), never to the send's callback: without these the send would wait forever.
          const lost = (error?: Error) => {
            connection.off('error', lost)
            connection.off('end', ended)
            reject(error ?? new Error('the connection closed before the answer'))
          }
          const ended = () => lost()
          connection.once('error', lost)
          connection.once('end', ended)
          connection.send(envelope, body, (error, sent) => {
            connection.off('error', lost)
            connection.off('end', ended)
            if (error) reject(error)
            else resolve(sent)
          })
        })
        release(connection)
        return {
          messageId: message.messageId ?? '',
          accepted: info.accepted.map(String),
          rejected: info.rejected.map(String),
          response: info.response,
        }
      } catch (error) {
        disarm()
        connection.broken = true
        release(connection)
        const cause = (error as { cause?: unknown; code?: string }) ?? {}
        // A refused hand-over surfaces as a stream error wrapping our SendFailure.
        if (error instanceof SendFailure) throw error
        if (refusedAtEnd) throw abandoned()
        if (cause.code === 'ESTREAM' && !committed)
          throw new SendFailure(
            error instanceof Error ? error.message : String(error),
            'temporary',
            null,
            false,
            true,
          )
        throw toSendFailure(error, committed)
      }
    },
    async close() {
      closed = true
      for (const waiter of waiting.splice(0))
        waiter(new SendFailure('the mailer is closed', 'temporary', null, false))
      for (const connection of idle.splice(0)) {
        open--
        connection.quit()
      }
    },
  }
}
