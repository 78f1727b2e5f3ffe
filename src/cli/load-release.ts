/**
 * Files → Release, shared by `parse`, `align` and `check`: reads each file's bytes through the
 * CLI's io, turns them into sources with the input front-ends and reads the release. Every
 * failure a user can cause (missing file, unreadable or unsupported input, no supported
 * language) becomes a {@link CliError} with exit code 2 and one line naming the file and why.
 */
import type { Lang, Release, Source } from '../core/index.js'
import {
  formatOfFile,
  InputError,
  isParseError,
  parseRelease,
  readSource,
  type SourceFormat,
} from '../parse/index.js'
import { CliError, type CliIo } from './io.js'

/** Options shared by the commands that read a release. */
export interface LoadOptions {
  /** Read every file as this format, whatever its name says. */
  format?: SourceFormat
  /** The language of each version, in order (`--lang en,es`); detected when absent. */
  langs?: Lang[]
}

/** The one-line reason a file could not be read from disk. */
function readFailure(file: string, error: unknown): CliError {
  const name = file === '-' ? 'standard input' : file
  const code = (error as { code?: unknown } | null)?.code
  const reason =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EFBIG'
            ? 'too large: over 32 MiB, more than any input format accepts (docs/input.md)'
            : `cannot be read (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`
  return new CliError(`${name}: ${reason}`)
}

/** Reads one file into a source, mapping every input failure to a {@link CliError}. */
export async function loadSource(
  file: string,
  io: CliIo,
  options: LoadOptions = {},
): Promise<Source> {
  let bytes: Uint8Array
  try {
    // An unsupported extension is refused before the file is read.
    if (!options.format) formatOfFile(file)
    bytes = await io.readBytes(file)
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.describe())
    throw readFailure(file, error)
  }
  try {
    return await readSource(bytes, file, options.format ? { format: options.format } : {})
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.describe())
    throw error
  }
}

/**
 * Reads the files as the versions of one release (one file may hold several versions).
 * Throws {@link CliError} (exit 2) for any file that cannot be read or parsed.
 */
export async function loadRelease(
  files: string[],
  io: CliIo,
  options: LoadOptions = {},
): Promise<Release> {
  if (files.length === 0) throw new CliError('no input file given (use - for standard input)')
  if (files.filter((f) => f === '-').length > 1)
    throw new CliError('standard input (-) can be read only once')
  const sources: Source[] = []
  for (const file of files) sources.push(await loadSource(file, io, options))
  try {
    return parseRelease(sources, options.langs ? { langs: options.langs } : {})
  } catch (error) {
    if (isParseError(error)) {
      const message = error.message.split('\n')[0] ?? error.reason
      const named =
        error.file && !message.includes(error.file) ? `${error.file}: ${message}` : message
      throw new CliError(named)
    }
    throw error
  }
}
