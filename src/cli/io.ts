/**
 * What the CLI touches outside itself — output streams, files, standard input, the terminal —
 * behind one small interface so commands are tested in-process.
 */
import { readFile } from 'node:fs/promises'

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

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** The real process: stdout, stderr, files and stdin. */
export const nodeIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readBytes: (file) => (file === '-' ? readStdin() : readFile(file)),
  isTty: Boolean(process.stdout.isTTY),
}
