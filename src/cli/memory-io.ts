/**
 * An in-memory {@link CliIo} for tests: files and standard input from a table, stdout and stderr
 * collected as strings. Missing files fail like the file system does (code ENOENT).
 */
import type { CliIo } from './io.js'

/** A memory io and what the command wrote. */
export interface MemoryIo {
  io: CliIo
  /** Everything written to stdout so far. */
  stdout(): string
  /** Everything written to stderr so far. */
  stderr(): string
}

/** Builds an io over `files` (name → text or bytes); `-` is standard input. */
export function createMemoryIo(files: Record<string, string | Uint8Array> = {}): MemoryIo {
  let out = ''
  let err = ''
  const io: CliIo = {
    stdout: (text) => {
      out += text
    },
    stderr: (text) => {
      err += text
    },
    readBytes: async (file) => {
      const content = files[file]
      if (content === undefined)
        throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), {
          code: 'ENOENT',
        })
      return typeof content === 'string' ? new TextEncoder().encode(content) : content
    },
    isTty: false,
  }
  return { io, stdout: () => out, stderr: () => err }
}
