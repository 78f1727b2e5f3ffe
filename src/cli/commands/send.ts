/**
 * `comunicado send --release ID|SLUG --list ID|NAME… [--lang preferred|en|es|both]`: queues a
 * send of a release to lists, then delivers it with a worker in this process and shows progress
 * — a bar on a terminal, a line per step otherwise — and the report: sent, failed and unconfirmed
 * rows with the reason. `--no-wait` only queues (a running `serve` or `comunicado worker`
 * delivers). Exit code 0 when every row was sent, 1 when some failed or are unconfirmed, 2 for
 * unusable options or a refusal (the release is a draft, a list does not exist…).
 *
 * `comunicado send --resend-unconfirmed SEND_ID` queues a send's unconfirmed messages again (same
 * Message-ID; a person checked the recipients did not get them), then delivers and reports as above.
 *
 * The store is opened like `serve` (`--database-url`, `--data-dir`, or DATABASE_URL, DATA_DIR);
 * mail goes to `--smtp-url` or SMTP_URL (otherwise .eml files under DATA_DIR/mail), from
 * MAIL_FROM; links point at PUBLIC_URL.
 */
import type { Command } from 'commander'
import { createMailer } from '../../mail/index.js'
import { systemClock } from '../../newsroom/clock.js'
import { createNewsroom, type Newsroom } from '../../newsroom/create-newsroom.js'
import {
  type SendLangChoice,
  type SendProgress,
  type SendReport,
  sendLangChoices,
} from '../../newsroom/distribution/outbox-service.js'
import { startOutboxWorker } from '../../newsroom/distribution/outbox-worker.js'
import { NewsroomError } from '../../newsroom/newsroom-error.js'
import { CliError, type CliIo, type CliState } from '../io.js'
import { addStoreOptions, openStoreOption, type StoreOptions } from '../open-store-option.js'

/** Options of `send`. */
export interface SendOptions extends StoreOptions {
  release?: string
  list: string[]
  lang?: string
  coalition?: string
  smtpUrl?: string
  wait?: boolean
  json?: boolean
  /** How often progress is read (ms, default 250). */
  pollMs?: number
  /** A send whose unconfirmed messages to queue again (instead of a new send). */
  resendUnconfirmed?: string
}

const actor = { label: 'command line' }

/** A newsroom over the store and mailer the options and environment name. */
export async function openCliNewsroom(
  options: StoreOptions & { smtpUrl?: string },
  env: NodeJS.ProcessEnv,
) {
  const { store, location } = await openStoreOption(options, env)
  const dataDir = options.dataDir ?? env.DATA_DIR ?? './data'
  const mailer = createMailer({
    smtpUrl: options.smtpUrl ?? env.SMTP_URL,
    dropFolder: `${dataDir}/mail`,
    ...(env.MAIL_FROM ? { from: env.MAIL_FROM } : {}),
  })
  const newsroom = createNewsroom(store, systemClock, {
    mailer,
    ...(env.PUBLIC_URL ? { publicUrl: env.PUBLIC_URL } : {}),
  })
  return {
    newsroom,
    location,
    /** Where outbox workers on this machine keep their hand-over journals. */
    journalDir: `${dataDir}/outbox-journal`,
    async close() {
      await mailer.close()
      await store.close()
    },
  }
}

/** A progress bar of `width` cells: `[#####-----]  50% 1000/2000 · 990 sent · 10 failed`. */
export function progressBar(progress: SendProgress, width = 30): string {
  const total = progress.send.total
  const share = total === 0 ? 1 : progress.done / total
  const filled = Math.round(share * width)
  const { sent, failed, unconfirmed } = progress.counts
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}% ${progress.done}/${total} · ${sent} sent · ${failed} failed${unconfirmed ? ` · ${unconfirmed} unconfirmed` : ''}`
}

/** The report as text. */
export function formatSendReport(report: SendReport): string {
  const { send, counts } = report
  const lines = [
    `send ${send.id}: ${send.resolved} recipients on the lists, ${send.total} queued (${send.resolved - send.total} had this release already)`,
    `sent ${counts.sent}, failed ${counts.failed}, unconfirmed ${counts.unconfirmed}, waiting ${counts.queued + counts.sending}`,
  ]
  for (const p of report.problems)
    lines.push(
      `  ${p.state.padEnd(11)} ${p.email}${p.code ? ` (${p.code})` : ''}: ${p.error ?? ''}${
        p.nextAttemptAt ? ` — next attempt ${p.nextAttemptAt}` : ''
      }`,
    )
  return `${lines.join('\n')}\n`
}

async function findRelease(newsroom: Newsroom, coalition: string | undefined, idOrSlug: string) {
  const db = newsroom.store.db
  const byId = await db
    .selectFrom('releases')
    .select(['id', 'coalition_id'])
    .where('id', '=', idOrSlug)
    .executeTakeFirst()
  if (byId) return byId
  let query = db.selectFrom('releases').select(['id', 'coalition_id']).where('slug', '=', idOrSlug)
  if (coalition) {
    const found = await newsroom.directory.repo.coalition(coalition)
    if (!found) throw new CliError(`no coalition "${coalition}"`)
    query = query.where('coalition_id', '=', found.id)
  }
  const rows = await query.execute()
  if (rows.length === 0) throw new CliError(`no release "${idOrSlug}"`)
  if (rows.length > 1)
    throw new CliError(`several coalitions have a release "${idOrSlug}": choose with --coalition`)
  return rows[0] as { id: string; coalition_id: string }
}

/** Runs `send`. */
export async function runSend(
  options: SendOptions,
  io: CliIo,
  state: CliState,
  env: NodeJS.ProcessEnv = process.env,
): Promise<void> {
  const lang = (options.lang ?? 'preferred') as SendLangChoice
  if (!sendLangChoices.includes(lang))
    throw new CliError(`--lang is one of ${sendLangChoices.join(', ')} (got "${options.lang}")`)
  const resendId = options.resendUnconfirmed
  if (resendId !== undefined && (options.release || options.list.length > 0))
    throw new CliError('--resend-unconfirmed takes a send id alone, without --release or --list')
  if (resendId === undefined && !options.release) throw new CliError('name the --release to send')
  if (resendId === undefined && options.list.length === 0)
    throw new CliError('name at least one --list')
  const opened = await openCliNewsroom(options, env)
  const { newsroom } = opened
  try {
    let send: { id: string }
    if (resendId !== undefined) {
      const resent = await newsroom.outbox.resendUnconfirmed(actor, resendId)
      send = { id: resent.sendId }
      if (!options.json) io.stderr(`queued ${resent.resent.length} unconfirmed messages again\n`)
    } else {
      const release = await findRelease(newsroom, options.coalition, options.release ?? '')
      const listIds: string[] = []
      for (const name of options.list) {
        const list = await newsroom.lists.findList(release.coalition_id, name)
        if (!list) throw new CliError(`no list "${name}" in the release's coalition`)
        listIds.push(list.id)
      }
      const made = await newsroom.outbox.send(actor, release.id, { listIds, lang })
      send = made
      if (!options.json)
        io.stderr(`queued ${made.total} messages (${made.resolved} recipients on the lists)\n`)
    }
    if (options.wait === false) {
      if (options.json) io.stdout(`${JSON.stringify({ send }, null, 2)}\n`)
      return
    }
    const worker = startOutboxWorker(newsroom, {
      journalDir: opened.journalDir,
      onError: (e) => io.stderr(`${String(e)}\n`),
    })
    let shown = ''
    let lastLine = 0
    try {
      for (;;) {
        const progress = await newsroom.outbox.progress(actor, send.id)
        if (!options.json) {
          const line = progressBar(progress)
          if (io.isTty) io.stderr(`\r${line}`)
          else if (line !== shown && (Date.now() - lastLine > 1000 || progress.finished)) {
            io.stderr(`${line}\n`)
            lastLine = Date.now()
          }
          shown = line
        }
        if (progress.finished) break
        // Rows waiting for a retry or an embargo's lift are left to the server's worker.
        if (progress.counts.sending === 0 && (await onlyLaterRows(newsroom, send.id))) break
        await new Promise((r) => setTimeout(r, options.pollMs ?? 250))
      }
    } finally {
      await worker.stop()
    }
    if (io.isTty && !options.json) io.stderr('\n')
    const report = await newsroom.outbox.report(actor, send.id)
    io.stdout(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatSendReport(report))
    if (report.counts.failed + report.counts.unconfirmed > 0) state.exitCode = 1
  } catch (error) {
    if (error instanceof NewsroomError) throw new CliError(error.message)
    throw error
  } finally {
    await opened.close()
  }
}

/** Whether every pending row of the send is due only later (a retry or an embargo's lift). */
async function onlyLaterRows(newsroom: Newsroom, sendId: string): Promise<boolean> {
  const due = await newsroom.store.db
    .selectFrom('outbox_messages')
    .select('id')
    .where('send_id', '=', sendId)
    .where('state', 'in', ['queued', 'sending'])
    .where('next_attempt_at', '<=', newsroom.clock.now().toISOString())
    .limit(1)
    .executeTakeFirst()
  return !due
}

/** Adds `send` to the program. */
export function registerSend(program: Command, io: CliIo, state: CliState): void {
  addStoreOptions(
    program
      .command('send')
      .description('send a release to press and member lists, with progress and a report')
      .option('--release <id|slug>', 'the release to send')
      .option(
        '--list <id|name...>',
        'a list to send to (repeat for several)',
        (value: string, all: string[] = []) => [...all, value],
      )
      .option('--lang <choice>', 'preferred (each recipient’s), en, es or both', 'preferred')
      .option('--coalition <id|slug>', 'the coalition, when several have the slug'),
  )
    .option('--smtp-url <url>', 'SMTP server (default: SMTP_URL)')
    .option('--no-wait', 'only queue the messages; a running server or worker delivers them')
    .option('--json', 'print the report as JSON')
    .option(
      '--resend-unconfirmed <send-id>',
      'queue the unconfirmed messages of a send again (check first that they did not arrive)',
    )
    .action(async (options: Omit<SendOptions, 'list'> & { list?: string[] }) => {
      await runSend({ ...options, list: options.list ?? [] }, io, state)
    })
}
