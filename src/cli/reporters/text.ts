/**
 * The text reporter: diagnostics grouped per file, each as one line
 * `file:line:column: severity message ruleId` followed by the source line and a caret under
 * the span; a count at the end. Colour (ANSI) only when asked, i.e. when stdout is a terminal.
 */

import type { Locale } from '../../check/index.js'
import type { Diagnostic, Severity } from '../../core/index.js'

/** Options of {@link formatText}. */
export interface TextOptions {
  /** Source text per file name, to show the line and caret. */
  texts: ReadonlyMap<string, string>
  color: boolean
  locale?: Locale
}

const ansi = {
  red: '\u001b[31m',
  yellow: '\u001b[33m',
  blue: '\u001b[34m',
  dim: '\u001b[2m',
  bold: '\u001b[1m',
  reset: '\u001b[0m',
}

const severityColor: Record<Severity, string> = {
  error: ansi.red,
  warning: ansi.yellow,
  info: ansi.blue,
}

const words: Record<Locale, Record<Severity | 'none' | 'fixable', [string, string]>> = {
  en: {
    error: ['error', 'errors'],
    warning: ['warning', 'warnings'],
    info: ['info', 'info'],
    none: ['no problems found', 'no problems found'],
    fixable: ['can be fixed with --fix', 'can be fixed with --fix'],
  },
  es: {
    error: ['error', 'errores'],
    warning: ['advertencia', 'advertencias'],
    info: ['aviso', 'avisos'],
    none: ['no se encontraron problemas', 'no se encontraron problemas'],
    fixable: ['se puede corregir con --fix', 'se pueden corregir con --fix'],
  },
}

const notes: Record<Locale, { cause: string; suggestion: string }> = {
  en: { cause: 'see', suggestion: 'suggestion' },
  es: { cause: 'véase', suggestion: 'sugerencia' },
}

/** Width of the source excerpt shown under a diagnostic. */
const window = 100

/** The source line of a diagnostic with a caret line under its span (clipped to a window). */
export function excerpt(text: string, d: Diagnostic): [string, string] | null {
  if (!d.place) return null
  const lineStart = d.place.start.offset - (d.place.start.column - 1)
  let lineEnd = text.indexOf('\n', lineStart)
  if (lineEnd < 0) lineEnd = text.length
  const line = text.slice(lineStart, lineEnd).replace(/\t/g, ' ')
  const from = d.place.start.column - 1
  const to = Math.max(from + 1, Math.min(line.length, d.place.end.offset - lineStart))
  let shown = line
  let offset = 0
  if (line.length > window) {
    offset = Math.max(0, Math.min(from - 20, line.length - window))
    shown = line.slice(offset, offset + window)
    if (offset > 0) {
      shown = `…${shown.slice(1)}`
    }
    if (offset + window < line.length) shown = `${shown.slice(0, -1)}…`
  }
  const caretStart = from - offset
  const caretEnd = Math.min(to - offset, shown.length)
  const caret = ' '.repeat(Math.max(0, caretStart)) + '^'.repeat(Math.max(1, caretEnd - caretStart))
  return [shown, caret]
}

/** The text output of `check`. */
export function formatText(diagnostics: readonly Diagnostic[], options: TextOptions): string {
  const locale = options.locale ?? 'en'
  const paint = (color: string, s: string) => (options.color ? `${color}${s}${ansi.reset}` : s)
  const byFile = new Map<string, Diagnostic[]>()
  for (const d of diagnostics) {
    const file = d.file ?? '-'
    byFile.set(file, [...(byFile.get(file) ?? []), d])
  }
  const lines: string[] = []
  for (const [file, list] of byFile) {
    lines.push(paint(ansi.bold, file))
    const text = options.texts.get(file)
    for (const d of list) {
      const at = d.place ? `${d.place.start.line}:${d.place.start.column}` : '1:1'
      lines.push(
        `${file}:${at}: ${paint(severityColor[d.severity], d.severity)} ${d.message} ${paint(ansi.dim, d.ruleId)}`,
      )
      const shown = text === undefined ? null : excerpt(text, d)
      if (shown && d.place) {
        const gutter = String(d.place.start.line)
        lines.push(`  ${paint(ansi.dim, `${gutter} |`)} ${shown[0]}`)
        lines.push(
          `  ${paint(ansi.dim, `${' '.repeat(gutter.length)} |`)} ${paint(severityColor[d.severity], shown[1])}`,
        )
      }
      const note = notes[locale]
      if (d.cause) {
        const at = d.cause.place ? `:${d.cause.place.start.line}:${d.cause.place.start.column}` : ''
        lines.push(
          `  ${paint(ansi.dim, `= ${note.cause}:`)} ${d.cause.file ?? ''}${at} ${d.cause.message}`,
        )
      }
      const suggestion = d.suggestions?.[0]
      if (suggestion)
        lines.push(`  ${paint(ansi.dim, `= ${note.suggestion}:`)} ${suggestion.message}`)
    }
    lines.push('')
  }
  lines.push(summary(diagnostics, locale, paint))
  return `${lines.join('\n')}\n`
}

function summary(
  diagnostics: readonly Diagnostic[],
  locale: Locale,
  paint: (color: string, s: string) => string,
): string {
  const w = words[locale]
  if (diagnostics.length === 0) return w.none[0]
  const parts: string[] = []
  for (const severity of ['error', 'warning', 'info'] as const) {
    const n = diagnostics.filter((d) => d.severity === severity).length
    if (n > 0) parts.push(paint(severityColor[severity], `${n} ${w[severity][n === 1 ? 0 : 1]}`))
  }
  const fixable = diagnostics.filter((d) => d.fix).length
  if (fixable > 0) parts.push(`${fixable} ${w.fixable[fixable === 1 ? 0 : 1]}`)
  return parts.join(', ')
}
