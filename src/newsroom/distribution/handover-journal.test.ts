import assert from 'node:assert/strict'
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, it } from 'node:test'
import {
  handoverKey,
  journalPath,
  openHandoverJournal,
  readHandoverJournal,
  removeHandoverJournal,
  sweepJournals,
} from './handover-journal.js'

describe('the hand-over journal', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'comunicado-journal-test-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('notes keys that another reader finds, per worker, with the attempt in the key', () => {
    const journal = openHandoverJournal(join(dir, 'nested'), 'host:42:ab/c')
    assert.equal(readHandoverJournal(join(dir, 'nested'), 'host:42:ab/c')?.size, 0)
    journal.note(handoverKey({ id: 'r1', attempts: 0 }))
    journal.note(handoverKey({ id: 'r2', attempts: 3 }))
    const keys = readHandoverJournal(join(dir, 'nested'), 'host:42:ab/c')
    assert.deepEqual([...(keys ?? [])], ['r1:0', 'r2:3'])
    assert.equal(readHandoverJournal(join(dir, 'nested'), 'host:42:other'), null)
    assert.ok(
      !journalPath(dir, 'a/b:c')
        .slice(dir.length + 1)
        .includes('/'),
      'one file in the folder',
    )
    journal.close(false)
  })

  it('is emptied by reset, and removed only when closed with remove', () => {
    const journal = openHandoverJournal(dir, 'w')
    assert.equal(journal.dirty, false)
    journal.note('x:0')
    assert.equal(journal.dirty, true)
    journal.reset()
    assert.equal(journal.dirty, false)
    journal.note('y:1')
    assert.equal(readFileSync(journal.path, 'utf8'), 'y:1\n', 'appends after the reset start at 0')
    journal.close(false)
    assert.ok(existsSync(journal.path))
    openHandoverJournal(dir, 'w').close(true)
    assert.equal(readHandoverJournal(dir, 'w'), null)
  })

  it('comes back when its file was removed while the worker lived', () => {
    const journal = openHandoverJournal(dir, 'w')
    unlinkSync(journal.path)
    journal.ensure()
    journal.note('z:0')
    assert.deepEqual([...(readHandoverJournal(dir, 'w') ?? [])], ['z:0'])
    removeHandoverJournal(dir, 'w')
    assert.equal(readHandoverJournal(dir, 'w'), null)
    journal.close(false)
  })

  it('sweeps journals untouched for longer than asked, and only those', () => {
    const old = openHandoverJournal(dir, 'old')
    old.note('a:0')
    old.close(false)
    const fresh = openHandoverJournal(dir, 'fresh')
    const later = Date.now() + 10_000
    utimesSync(join(dir, 'old.handover'), new Date(later - 60_000), new Date(later - 60_000))
    assert.equal(sweepJournals(dir, later, 30_000), 1)
    assert.equal(readHandoverJournal(dir, 'old'), null)
    assert.notEqual(readHandoverJournal(dir, 'fresh'), null)
    assert.equal(sweepJournals(join(dir, 'missing'), later, 0), 0)
    fresh.close(true)
  })
})
