/**
 * `comunicado worker`: an outbox worker process. On PostgreSQL run as many as you like beside the
 * server (OUTBOX_WORKER=off keeps the server's own worker out): they share the outbox through row
 * locks and never send a message twice. Stops gracefully on SIGTERM or SIGINT, finishing the
 * messages in flight. Store and mail as for `send` (`--database-url`, `--data-dir`, `--smtp-url`,
 * or DATABASE_URL, DATA_DIR, SMTP_URL, MAIL_FROM, PUBLIC_URL).
 */
import type { Command } from 'commander'
import { startOutboxWorker } from '../../newsroom/distribution/outbox-worker.js'
import { CliError, type CliIo, type CliState } from '../io.js'
import { addStoreOptions, type StoreOptions } from '../open-store-option.js'
import { openCliNewsroom } from './send.js'

/** Options of `worker`. */
export interface WorkerOptions extends StoreOptions {
  smtpUrl?: string
  batch?: string
}

/** Runs a worker until `stopped` resolves. */
export async function runWorker(
  options: WorkerOptions,
  io: CliIo,
  stopped: Promise<string>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const batchSize = options.batch === undefined ? 50 : Number(options.batch)
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new CliError(`--batch is a whole number of messages (got "${options.batch}")`)
  const opened = await openCliNewsroom(options, env)
  try {
    const worker = startOutboxWorker(opened.newsroom, {
      batchSize,
      journalDir: opened.journalDir,
      onError: (e) => io.stderr(`worker: ${e instanceof Error ? e.message : String(e)}\n`),
    })
    io.stderr(
      `outbox worker ${worker.id} running on ${opened.location.engine === 'sqlite' ? 'SQLite' : 'PostgreSQL'}\n`,
    )
    const signal = await stopped
    io.stderr(`Received ${signal}: finishing the messages in flight…\n`)
    await worker.stop()
  } finally {
    await opened.close()
  }
}

/** Adds `worker` to the program. */
export function registerWorker(program: Command, io: CliIo, _state: CliState): void {
  addStoreOptions(
    program
      .command('worker')
      .description('run an outbox worker (several may share a PostgreSQL outbox)'),
  )
    .option('--smtp-url <url>', 'SMTP server (default: SMTP_URL)')
    .option('--batch <n>', 'messages kept in flight', '50')
    .action(async (options: WorkerOptions) => {
      const stopped = new Promise<string>((resolve) => {
        process.once('SIGTERM', () => resolve('SIGTERM'))
        process.once('SIGINT', () => resolve('SIGINT'))
      })
      await runWorker(options, io, stopped)
    })
}
