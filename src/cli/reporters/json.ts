/**
 * The JSON reporter: `{ "diagnostics": [...] }` exactly as docs/formats.md fixes it — ruleId,
 * severity, message, lang, file, start and end points — plus the fields other tools use:
 * messageId and data (to show the message in another language), fix, suggestions, cause, url.
 */
import type { Diagnostic, Point } from '../../core/index.js'

/** One diagnostic in the JSON contract. */
export interface JsonDiagnostic {
  ruleId: string
  severity: Diagnostic['severity']
  message: string
  lang?: string
  file?: string
  start?: Point
  end?: Point
  messageId?: string
  data?: Record<string, string | number>
  actual?: string
  expected?: string[]
  fix?: Diagnostic['fix']
  suggestions?: Diagnostic['suggestions']
  cause?: JsonDiagnostic
  url?: string
}

/** A diagnostic in the JSON contract's shape (points flattened to `start` / `end`). */
export function toJsonDiagnostic(d: Diagnostic): JsonDiagnostic {
  const out: JsonDiagnostic = { ruleId: d.ruleId, severity: d.severity, message: d.message }
  if (d.lang !== undefined) out.lang = d.lang
  if (d.file !== undefined) out.file = d.file
  if (d.place) {
    out.start = d.place.start
    out.end = d.place.end
  }
  if (d.messageId !== undefined) out.messageId = d.messageId
  if (d.data) out.data = d.data
  if (d.actual !== undefined) out.actual = d.actual
  if (d.expected) out.expected = d.expected
  if (d.fix) out.fix = d.fix
  if (d.suggestions) out.suggestions = d.suggestions
  if (d.cause) out.cause = toJsonDiagnostic(d.cause)
  if (d.url !== undefined) out.url = d.url
  return out
}

/** The whole JSON output of `check --format json`, with a trailing newline. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${JSON.stringify({ diagnostics: diagnostics.map(toJsonDiagnostic) }, null, 2)}\n`
}
