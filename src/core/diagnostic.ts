/**
 * Diagnostics: content problems as plain data with one location model (vfile-message and
 * CodeMirror lint style). Rules and the reader report them; they are never thrown.
 */
import type { Lang } from './lang.js'
import type { Point } from './position.js'

/** How serious a diagnostic is; set by configuration, never by a rule. */
export type Severity = 'error' | 'warning' | 'info'

/** A text edit: replace `range` (half-open offsets) with `text`. */
export interface Edit {
  range: [number, number]
  text: string
}

/** An optional fix offered to the user. */
export interface Suggestion {
  message: string
  fix: Edit
}

/** A content problem at a place in one version. */
export interface Diagnostic {
  /** Stable id, equal to the rule's file name ('dangling-attribution'), or 'parse/…'. */
  ruleId: string
  severity: Severity
  /** One sentence: what is wrong and what was expected. */
  message: string
  /** Stable id of the message in the catalogue, so interfaces can show it in either language. */
  messageId?: string
  /** Values the catalogued message is filled with. */
  data?: Record<string, string | number>
  lang?: Lang
  file?: string
  place?: { start: Point; end: Point }
  actual?: string
  expected?: string[]
  /** A safe, minimal fix applied by `--fix`. */
  fix?: Edit
  suggestions?: Suggestion[]
  /** The related place, e.g. the counterpart in the other language. */
  cause?: Diagnostic
  /** The rule's doc page. */
  url?: string
}
