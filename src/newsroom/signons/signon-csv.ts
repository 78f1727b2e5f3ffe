/**
 * CSV for sign-on exports (RFC 4180: CRLF lines, fields quoted when they hold a comma, quote or
 * line break). A cell that a spreadsheet would read as a formula (starting with =, +, -, @, a tab
 * or a carriage return, or their full-width forms) is prefixed with an apostrophe, so an
 * organization named `=HYPERLINK(…)` stays text when an editor opens the file.
 */

const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value)
  if (formulaStart.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole file: a header row and data rows, with a byte-order mark so spreadsheets read UTF-8. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}
