/**
 * Reads CSV text into rows with the line number each starts on, through csv-parse (quoted values,
 * embedded newlines, doubled quotes, ragged rows). The delimiter — comma, semicolon (spreadsheets
 * in Spanish- and French-speaking locales) or tab — is detected from the first rows: the one that
 * splits them into the most consistent number of cells wins. Line endings (CRLF, LF, CR) are read
 * alike; rows whose cells are all empty are skipped.
 */
import { parse } from 'csv-parse/sync'
import { NewsroomError } from '../newsroom-error.js'

/** The delimiters an import detects. */
export type CsvDelimiter = ',' | ';' | '\t'

/** The delimiters tried, in order of preference on a tie. */
export const csvDelimiters: readonly CsvDelimiter[] = [',', ';', '\t']

/** One row of the file. */
export interface CsvRow {
  /** The line of the file the row starts on (1-based). */
  line: number
  cells: string[]
}

/** A read file. */
export interface CsvTable {
  delimiter: CsvDelimiter
  rows: CsvRow[]
}

type Parsed = { record: string[]; raw: string }

function parseWith(text: string, delimiter: CsvDelimiter, to?: number): Parsed[] {
  return parse(text, {
    delimiter,
    record_delimiter: '\n',
    raw: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    ...(to ? { to } : {}),
  }) as unknown as Parsed[]
}

/** Scores a delimiter on a sample: the share of rows having the most common cell count (> 1). */
function score(sample: string, delimiter: CsvDelimiter): { share: number; cells: number } {
  let records: Parsed[]
  try {
    records = parseWith(sample, delimiter, 30).filter((r) => r.record.some((c) => c.trim() !== ''))
  } catch {
    return { share: 0, cells: 0 }
  }
  const counts = new Map<number, number>()
  for (const r of records) counts.set(r.record.length, (counts.get(r.record.length) ?? 0) + 1)
  let best = { share: 0, cells: 0 }
  for (const [cells, n] of counts) {
    if (cells < 2) continue
    const share = n / records.length
    if (share > best.share || (share === best.share && cells > best.cells)) best = { share, cells }
  }
  return best
}

/** Detects the delimiter from the first rows (comma when nothing splits them). */
export function detectDelimiter(text: string): CsvDelimiter {
  const sample = text.slice(0, 64 * 1024)
  let chosen: CsvDelimiter = ','
  let best = { share: 0, cells: 0 }
  for (const delimiter of csvDelimiters) {
    const s = score(sample, delimiter)
    if (
      s.share > best.share + 1e-9 ||
      (Math.abs(s.share - best.share) < 1e-9 && s.cells > best.cells)
    ) {
      best = s
      chosen = delimiter
    }
  }
  return chosen
}

/** Reads CSV text (already decoded), with the delimiter given or detected. */
export function readCsv(
  text: string,
  options: { delimiter?: CsvDelimiter; maxRows?: number } = {},
): CsvTable {
  const normalised = text.replace(/\r\n?/g, '\n')
  const delimiter = options.delimiter ?? detectDelimiter(normalised)
  let records: Parsed[]
  try {
    records = parseWith(normalised, delimiter)
  } catch (error) {
    const e = error as { code?: string; lines?: number; message?: string }
    if (e.code === 'CSV_QUOTE_NOT_CLOSED')
      throw new NewsroomError(
        'invalid',
        `a quoted value is never closed (the file ends inside quotes that open before line ${e.lines ?? '?'}); check the quotes and upload again`,
        { problem: 'unclosed-quote', line: e.lines ?? null },
      )
    throw new NewsroomError(
      'invalid',
      `the file could not be read as CSV near line ${e.lines ?? '?'}: ${e.message ?? 'unknown error'}`,
      { problem: 'unreadable', line: e.lines ?? null },
    )
  }
  const rows: CsvRow[] = []
  let line = 1
  for (const r of records) {
    if (r.record.some((c) => c.trim() !== '')) rows.push({ line, cells: r.record })
    for (const ch of r.raw) if (ch === '\n') line++
    if (options.maxRows !== undefined && rows.length > options.maxRows)
      throw new NewsroomError(
        'invalid',
        `the file has more than ${options.maxRows} rows; split it into smaller files`,
        { problem: 'too-many-rows', limit: options.maxRows },
      )
  }
  return { delimiter, rows }
}
