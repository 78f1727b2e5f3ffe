/**
 * The reader's one exception: input that cannot be read as a release at all (empty, no language
 * the reader supports, a bad option). Unreadable bytes (binary, too large, bad DOCX) are the
 * input layer's `InputError`. Content problems inside a readable release are
 * diagnostics, never this error. The CLI maps it to exit code 2 with its one-line message.
 */

/** Why a source could not be read. Stable codes: the CLI and the server switch on them. */
export type ParseErrorReason =
  | 'empty'
  | 'unknown-language'
  | 'unsupported-language'
  | 'invalid-option'

/** Input that cannot be read as a release; `message` is one line naming the file and the reason. */
export class ParseError extends Error {
  override readonly name = 'ParseError'

  constructor(
    readonly reason: ParseErrorReason,
    message: string,
    readonly file: string | null = null,
  ) {
    super(message)
  }
}

/** Whether `value` is a {@link ParseError} (also across module copies). */
export function isParseError(value: unknown): value is ParseError {
  return value instanceof Error && value.name === 'ParseError' && 'reason' in value
}
