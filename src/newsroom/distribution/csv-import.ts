/**
 * CSV import into a list: decode the bytes, read the rows, map the columns, check every row, and
 * — unless it is a dry run — save the accepted ones in one transaction. The report accounts for
 * every data row: it was accepted (a new contact, or an update of one known by its address) or
 * it is listed as rejected with its line number and why (bad or missing address, bad language,
 * duplicate within the file, suppressed, previously unsubscribed, cells beyond the header…).
 * Nothing is dropped silently, and consent is never overridden: an address on the suppression
 * list or unsubscribed from the list is never re-subscribed by an import.
 */
import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import {
  type Contact,
  type ContactFields,
  type ContactList,
  listRepository,
} from '../../store/repositories/lists.js'
import type { Database } from '../../store/schema.js'
import { NewsroomError } from '../newsroom-error.js'
import {
  type ContactInput,
  type ContactProblem,
  checkContact,
  mergeContactFields,
} from './contact-fields.js'
import { type ColumnMapping, planColumns } from './csv-columns.js'
import { type CsvEncoding, decodeCsv } from './csv-decode.js'
import { type CsvDelimiter, readCsv } from './csv-read.js'

/** The largest file an import reads (10 MB: some 100,000 contacts). */
export const maxImportBytes = 10 * 1024 * 1024

/** The most data rows an import reads. */
export const maxImportRows = 100_000

/** Options of an import. */
export interface CsvImportOptions {
  /** Column (header or 1-based number) → field, over the guessed mapping. */
  mapping?: Record<string, string>
  /** Check and report without saving anything. */
  dryRun?: boolean
  /** The delimiter, when detection should be skipped. */
  delimiter?: CsvDelimiter
  /** Where the rows came from, kept on each new membership (e.g. `import:press.csv`). */
  source?: string
  /** A lower size limit than {@link maxImportBytes}. */
  maxBytes?: number
  /**
   * For a dry run only: answer a report even when no column holds the address (every row is then
   * rejected as missing it), so a preview can offer the columns to choose it from.
   */
  previewWithoutEmailColumn?: boolean
}

/** Why a row was rejected. */
export type RejectReason =
  | ContactProblem
  | 'duplicate-in-file'
  | 'suppressed'
  | 'unsubscribed'
  | 'extra-cells'

/** A rejected row. */
export interface RejectedRow {
  /** The line of the file the row starts on. */
  line: number
  reason: RejectReason
  /** A sentence saying why, in English (pages translate the reason). */
  message: string
  /** The address as written in the file (may be empty). */
  email: string
  /** The offending value or the line of the first occurrence, when there is one. */
  detail?: string
}

/** What an import did (or, in a dry run, would do). */
export interface CsvImportReport {
  listId: string
  dryRun: boolean
  encoding: CsvEncoding
  delimiter: CsvDelimiter
  hasHeader: boolean
  columns: ColumnMapping[]
  /** Data rows read (the header and empty lines not counted). */
  rows: number
  /** Rows accepted: rows = accepted + rejected.length. */
  accepted: number
  /** Contacts new to the coalition. */
  newContacts: number
  /** Known contacts whose fields the file changed. */
  updatedContacts: number
  /** Known contacts the file left as they were. */
  unchangedContacts: number
  /** Contacts newly subscribed to the list. */
  subscribed: number
  /** Contacts on the list already. */
  alreadySubscribed: number
  /** Every rejected row, by line. */
  rejected: RejectedRow[]
}

const messages: Record<RejectReason, string> = {
  'missing-email': 'the row has no e-mail address',
  'invalid-email': 'the e-mail address is not valid',
  'bad-language': 'the language is not en, es or both (or English, español, ambos…)',
  'too-long': 'a value is longer than 300 characters',
  'duplicate-in-file': 'the address appears earlier in the file',
  suppressed: 'the address is on the suppression list',
  unsubscribed: 'the address unsubscribed from this list',
  'extra-cells': 'the row has more cells than the header (an unquoted delimiter inside a value?)',
}

/** The English sentence for a rejection reason. */
export function rejectMessage(reason: RejectReason): string {
  return messages[reason]
}

interface Candidate {
  line: number
  written: string
  fields: ContactFields & { email: string }
}

function sameFields(a: ContactFields, b: ContactFields): boolean {
  return (
    a.name === b.name &&
    a.outlet === b.outlet &&
    a.beat === b.beat &&
    a.lang === b.lang &&
    a.location === b.location
  )
}

/** Imports a CSV file's bytes into `list`, on `db` (a transaction is opened unless dry-running). */
export async function importCsv(
  db: Kysely<Database>,
  list: ContactList,
  bytes: Uint8Array,
  at: string,
  options: CsvImportOptions = {},
): Promise<CsvImportReport> {
  const limit = Math.min(options.maxBytes ?? maxImportBytes, maxImportBytes)
  if (bytes.length > limit)
    throw new NewsroomError(
      'invalid',
      `the file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${(limit / 1024 / 1024).toFixed(1)} MB — split it into smaller files`,
      { problem: 'too-large', limit },
    )
  if (bytes.length === 0)
    throw new NewsroomError('invalid', 'the file is empty', { problem: 'empty' })
  const { text, encoding } = decodeCsv(bytes)
  const table = readCsv(text, {
    maxRows: maxImportRows + 1,
    ...(options.delimiter ? { delimiter: options.delimiter } : {}),
  })
  if (table.rows.length === 0)
    throw new NewsroomError('invalid', 'the file has no rows', { problem: 'empty' })
  const plan = planColumns(table.rows, options.mapping ?? {}, {
    requireEmail: !(options.dryRun === true && options.previewWithoutEmailColumn === true),
  })
  const dataRows = plan.hasHeader ? table.rows.slice(1) : table.rows
  const width = plan.columns.length
  const cellOf = (cells: string[], field: string): string | undefined => {
    const column = plan.columns.find((c) => c.field === field)
    return column ? cells[column.column - 1] : undefined
  }

  const rejected: RejectedRow[] = []
  const reject = (line: number, reason: RejectReason, email: string, detail?: string) =>
    rejected.push({
      line,
      reason,
      message: messages[reason],
      email,
      ...(detail !== undefined ? { detail } : {}),
    })

  const firstLine = new Map<string, number>()
  const candidates: Candidate[] = []
  for (const row of dataRows) {
    const written = (cellOf(row.cells, 'email') ?? '').trim()
    const extras = row.cells.slice(width).filter((c) => c.trim() !== '')
    if (extras.length > 0) {
      reject(row.line, 'extra-cells', written, extras.join(' | ').slice(0, 200))
      continue
    }
    const first = cellOf(row.cells, 'firstName')?.trim() ?? ''
    const last = cellOf(row.cells, 'lastName')?.trim() ?? ''
    const input: ContactInput = {
      email: written,
      name: cellOf(row.cells, 'name')?.trim() || [first, last].filter(Boolean).join(' '),
      outlet: cellOf(row.cells, 'outlet') ?? null,
      beat: cellOf(row.cells, 'beat') ?? null,
      lang: cellOf(row.cells, 'lang') ?? null,
      location: cellOf(row.cells, 'location') ?? null,
    }
    const check = checkContact(input)
    if (!check.ok) {
      reject(
        row.line,
        check.problem,
        written,
        check.field === 'email' ? undefined : check.value.slice(0, 200),
      )
      continue
    }
    const seen = firstLine.get(check.contact.email)
    if (seen !== undefined) {
      reject(row.line, 'duplicate-in-file', written, `line ${seen}`)
      continue
    }
    firstLine.set(check.contact.email, row.line)
    candidates.push({ line: row.line, written, fields: check.contact })
  }

  const report: CsvImportReport = {
    listId: list.id,
    dryRun: options.dryRun === true,
    encoding,
    delimiter: table.delimiter,
    hasHeader: plan.hasHeader,
    columns: plan.columns,
    rows: dataRows.length,
    accepted: 0,
    newContacts: 0,
    updatedContacts: 0,
    unchangedContacts: 0,
    subscribed: 0,
    alreadySubscribed: 0,
    rejected,
  }

  const apply = async (trx: Kysely<Database>) => {
    const repo = listRepository(trx)
    const emails = candidates.map((c) => c.fields.email)
    const suppressed = await repo.suppressionsOf(list.coalitionId, emails)
    const existing = await repo.contactsByEmail(list.coalitionId, emails)
    const memberships = await repo.memberships(
      list.id,
      [...existing.values()].map((c) => c.id),
    )
    const toSave: (ContactFields & { id: string; email: string })[] = []
    const toSubscribe: string[] = []
    for (const candidate of candidates) {
      const email = candidate.fields.email
      if (suppressed.has(email)) {
        reject(candidate.line, 'suppressed', candidate.written, suppressed.get(email)?.reason)
        continue
      }
      const known: Contact | undefined = existing.get(email)
      const membership = known ? memberships.get(known.id) : undefined
      if (membership?.state === 'unsubscribed') {
        reject(candidate.line, 'unsubscribed', candidate.written, membership.stateAt)
        continue
      }
      report.accepted++
      const merged = mergeContactFields(known, candidate.fields)
      if (!known) report.newContacts++
      else if (sameFields(known, merged)) report.unchangedContacts++
      else report.updatedContacts++
      if (!known || !sameFields(known, merged))
        toSave.push({ ...merged, email, id: known?.id ?? randomUUID() })
      if (membership) report.alreadySubscribed++
      else {
        report.subscribed++
        toSubscribe.push(email)
      }
    }
    if (report.dryRun) return
    // Rows are written in address order, so two imports running at once on PostgreSQL take their
    // row locks in the same order and cannot deadlock.
    toSave.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : 0))
    toSubscribe.sort()
    await repo.upsertContacts(list.coalitionId, toSave, at)
    const saved = await repo.contactsByEmail(list.coalitionId, toSubscribe)
    await repo.addMembers(
      list.id,
      toSubscribe.map((email) => {
        const contact = saved.get(email)
        if (!contact) throw new Error(`the contact ${email} just saved is missing`)
        return contact.id
      }),
      options.source ?? 'import',
      at,
    )
  }
  if (report.dryRun) await apply(db)
  else await db.transaction().execute(apply)
  rejected.sort((a, b) => a.line - b.line)
  return report
}
