/**
 * Input errors: a file the reader cannot turn into text (empty, binary, badly encoded, too
 * large, an unsupported format, a corrupt DOCX). They are thrown, not reported as diagnostics,
 * because there is no text to report on; the CLI maps them to exit code 2 with one line on stderr.
 */

/** Why an input could not be read. Stable codes, documented in docs/input.md. */
export type InputErrorReason =
  | 'empty'
  | 'binary'
  | 'encoding'
  | 'too-large'
  | 'unsupported-format'
  | 'corrupt-docx'

/** An input that cannot be read as a release, with the file and a stable reason code. */
export class InputError extends Error {
  /** The file as given (`-` for standard input). */
  readonly file: string
  /** Why the input was refused. */
  readonly reason: InputErrorReason

  /** `message` is one line without the file name, e.g. `empty file`. */
  constructor(file: string, reason: InputErrorReason, message: string) {
    super(message)
    this.name = 'InputError'
    this.file = file
    this.reason = reason
  }

  /** The one-line message with the file in front: `release.pdf: PDF files are not supported`. */
  describe(): string {
    return `${this.file === '-' ? 'standard input' : this.file}: ${this.message}`
  }
}
