/**
 * The hand-over journal: a worker's local, append-only note of each message whose end of DATA it
 * is about to write. The database cannot serve as that note: a write to it wakes the database
 * process, and the scheduler often runs that process before the writer again — a kill in that
 * pause leaves a record of a message that was never finished (measured: the gap was 0.6 ms on
 * average, several ms under load). A write to a local file wakes nobody, so the note and the end
 * of DATA are two system calls a few microseconds apart.
 *
 * After a worker died, whoever recovers its rows on the same machine reads its journal: a row
 * recorded as handed over in the database but absent from the journal never reached the end of
 * DATA and is queued again; a row in the journal may have been accepted and is not resent. A
 * SIGKILL leaves the page cache intact, so no fsync is needed for the case this guards (a crash of
 * the whole machine loses the journal; its rows are then treated as unconfirmed, never resent).
 */
import {
  closeSync,
  existsSync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'

/** A worker's open journal. */
export interface HandoverJournal {
  /** Where the journal is kept. */
  readonly path: string
  /** Whether anything was noted since it was opened or last emptied. */
  readonly dirty: boolean
  /** Notes that the end of DATA of `key` is about to be written (synchronous, one write). */
  note(key: string): void
  /** Re-creates the file if it was removed while the worker lived (cheap; call between batches). */
  ensure(): void
  /** Empties the journal (only when the worker holds no row in `sending`: nothing needs it). */
  reset(): void
  /** Closes the journal; `remove` also deletes it (when the worker holds no row in `sending`). */
  close(remove: boolean): void
}

/** The journal key of a row's current attempt: a row is claimed again only after an attempt ends. */
export function handoverKey(row: { id: string; attempts: number }): string {
  return `${row.id}:${row.attempts}`
}

/** The journal file of `worker` in `dir` (worker names may hold characters a file name should not). */
export function journalPath(dir: string, worker: string): string {
  return join(dir, `${worker.replace(/[^\w.-]/g, '_')}.handover`)
}

/** Opens (creating) the journal of `worker` in `dir`. */
export function openHandoverJournal(dir: string, worker: string): HandoverJournal {
  const path = journalPath(dir, worker)
  let fd = -1
  let dirty = false
  const open = () => {
    mkdirSync(dir, { recursive: true })
    fd = openSync(path, 'a')
  }
  open()
  return {
    path,
    get dirty() {
      return dirty
    },
    note(key) {
      writeSync(fd, `${key}\n`)
      dirty = true
    },
    ensure() {
      if (existsSync(path)) return
      closeSync(fd)
      open()
    },
    reset() {
      ftruncateSync(fd, 0)
      dirty = false
    },
    close(remove) {
      closeSync(fd)
      if (remove) rmSync(path, { force: true })
    },
  }
}

/**
 * The keys noted in `worker`'s journal in `dir`, or null when this machine has no journal of that
 * worker (it ran elsewhere, or its journal was removed): then nothing can be ruled out. (A note is
 * one small write to a local file, which a kill cannot cut in two.)
 */
export function readHandoverJournal(dir: string, worker: string): Set<string> | null {
  let text: string
  try {
    text = readFileSync(journalPath(dir, worker), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  return new Set(text.split('\n').filter(Boolean))
}

/** Removes the journal of `worker` (after its rows were recovered). */
export function removeHandoverJournal(dir: string, worker: string): void {
  rmSync(journalPath(dir, worker), { force: true })
}

/**
 * Removes the journals in `dir` untouched for longer than `olderThanMs` (after recovery has read
 * them: their workers' leases ran out long before). A live worker idle that long has an empty
 * journal and makes it again before its next claim. Answers how many were removed.
 */
export function sweepJournals(dir: string, nowMs: number, olderThanMs: number): number {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return 0
  }
  let removed = 0
  for (const name of names) {
    if (!name.endsWith('.handover')) continue
    const path = join(dir, name)
    try {
      if (nowMs - statSync(path).mtimeMs > olderThanMs) {
        rmSync(path, { force: true })
        removed++
      }
    } catch {
      // Gone meanwhile.
    }
  }
  return removed
}
