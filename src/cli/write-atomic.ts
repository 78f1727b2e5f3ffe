/**
 * Atomic file replacement for `check --fix`: the new text goes to a temporary file in the same
 * directory (same file system), which is flushed and then renamed over the original, so a
 * reader sees either the old or the new file, never half of one. On any failure the
 * temporary file is removed and the original is untouched.
 */
import { randomBytes } from 'node:crypto'
import { open, rename, rm, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The file-system calls used, replaceable in tests to simulate failures. */
export interface AtomicFs {
  open: typeof open
  rename: typeof rename
  rm: typeof rm
  stat: typeof stat
}

const nodeFs: AtomicFs = { open, rename, rm, stat }

/** Replaces `file` with `text` atomically, keeping its permissions. */
export async function writeFileAtomic(
  file: string,
  text: string,
  fs: AtomicFs = nodeFs,
): Promise<void> {
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`)
  let mode: number | undefined
  try {
    mode = (await fs.stat(file)).mode & 0o7777
  } catch {
    mode = undefined
  }
  try {
    const handle = await fs.open(temp, 'wx', mode ?? 0o644)
    try {
      await handle.writeFile(text, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, file)
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
}
