/**
 * CSV export of a list: one row per contact with its consent state, UTF-8 with a byte-order mark
 * (so spreadsheets read accents right), comma-separated, CRLF line ends. A cell that a spreadsheet
 * would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is
 * prefixed with an apostrophe, so an exported file cannot carry formula injection.
 */
import type { ListMember } from '../../store/repositories/lists.js'

/** The columns of an export, which an import reads back. */
export const exportColumns = [
  'email',
  'name',
  'outlet',
  'beat',
  'language',
  'location',
  'state',
  'state_at',
  'source',
  'suppressed',
] as const

/** A cell made safe for spreadsheets and quoted when it must be. */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? ''
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** The CSV text of a list's members (with its byte-order mark). */
export function exportMembersCsv(members: readonly ListMember[]): string {
  const lines = [exportColumns.join(',')]
  for (const m of members)
    lines.push(
      [
        m.email,
        m.name,
        m.outlet,
        m.beat,
        m.lang,
        m.location,
        m.state,
        m.stateAt,
        m.source,
        m.suppressed ? 'yes' : 'no',
      ]
        .map(csvCell)
        .join(','),
    )
  return `\ufeff${lines.join('\r\n')}\r\n`
}
