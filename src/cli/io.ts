/**
 * What the CLI touches outside itself — output streams, files, standard input, the terminal —
 * behind one small interface so commands are tested in-process.
 */
import { createReadStream } from 'node:fs'

/** Output and input the commands use. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Reads a file's bytes, or standard input's for `-`. */
  readBytes(file: string): Promise<Uint8Array>
  /** Whether stdout is a terminal (colours). */
  isTty: boolean
}

/** Shared mutable state a command sets, such as the exit code. */
export interface CliState {
  exitCode: number
}

/** An expected failure with its exit code and a one-line message (file and reason). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message)
    this.name = 'CliError'
  }
}

/**
 * Most bytes read from one input: above every format's limit (docs/input.md), so the reader still
 * names the limit, while a huge file, a device or an endless pipe is never read into memory.
 */
export const maxReadBytes = 32 * 1024 * 1024

/** Reads a stream to its end, failing with code `EFBIG` past {@link maxReadBytes}. */
async function readCapped(
  stream: NodeJS.ReadableStream & { destroy(): void },
): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let total = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    total += buffer.length
    if (total > maxReadBytes) {
      stream.destroy()
      throw Object.assign(new Error(`more than ${maxReadBytes} bytes`), { code: 'EFBIG' })
    }
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

/** The real process: stdout, stderr, files and stdin. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readBytes: (file) => readCapped(file === '-' ? process.stdin : createReadStream(file)),
  isTty: Boolean(process.stdout.isTTY),
}
