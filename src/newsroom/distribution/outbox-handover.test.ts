import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { openHandoverJournal, readHandoverJournal } from './handover-journal.js'
import { handoverFor, handoverMargin } from './outbox-handover.js'

/** A row store that grants the hand-over to `holder` only, recording what it was asked. */
function rows(holder: string) {
  const calls: { worker: string; leaseUntil: string }[] = []
  return {
    calls,
    async markHandover(_id: string, worker: string, _now: string, leaseUntil: string) {
      calls.push({ worker, leaseUntil })
      return worker === holder
    },
  }
}

describe('the hand-over of a row', () => {
  const row = { id: 'row-1', attempts: 2 }

  it('records the hand-over with a fresh lease, then notes the row at the end of DATA', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comunicado-handover-'))
    try {
      const journal = openHandoverJournal(dir, 'w')
      let now = Date.parse('2026-03-01T12:00:00Z')
      const repo = rows('w')
      const handover = handoverFor(repo, row, 'w', { nowMs: () => now, leaseMs: 60_000 }, journal)
      assert.equal(await handover.beforeCommit(), true)
      assert.deepEqual(repo.calls, [{ worker: 'w', leaseUntil: '2026-03-01T12:01:00.000Z' }])
      assert.equal(readHandoverJournal(dir, 'w')?.size, 0, 'nothing noted before the end')
      now += 1000
      assert.equal(handover.atCommit(), true)
      assert.deepEqual([...(readHandoverJournal(dir, 'w') ?? [])], ['row-1:2'])
      journal.close(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('refuses the end of DATA, noting nothing, once the lease is within its margin', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comunicado-handover-'))
    try {
      const journal = openHandoverJournal(dir, 'w')
      let now = 0
      const handover = handoverFor(
        rows('w'),
        row,
        'w',
        { nowMs: () => now, leaseMs: 8000 },
        journal,
      )
      assert.equal(await handover.beforeCommit(), true)
      now = 8000 - handoverMargin(8000) + 1
      assert.equal(handover.atCommit(), false)
      assert.equal(readHandoverJournal(dir, 'w')?.size, 0)
      journal.close(true)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('does not finish a message its journal cannot note', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'comunicado-handover-'))
    try {
      const journal = openHandoverJournal(dir, 'w')
      journal.close(false) // its descriptor is gone: every note fails
      const handover = handoverFor(rows('w'), row, 'w', { nowMs: () => 0, leaseMs: 8000 }, journal)
      assert.equal(await handover.beforeCommit(), true)
      assert.equal(handover.atCommit(), false)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('abandons a row the worker no longer holds, and never finishes it', async () => {
    const handover = handoverFor(
      rows('someone-else'),
      row,
      'w',
      { nowMs: () => 0, leaseMs: 8000 },
      null,
    )
    assert.equal(await handover.beforeCommit(), false)
    assert.equal(handover.atCommit(), false)
  })

  it('keeps a margin of a quarter of short leases and one second of long ones', () => {
    assert.equal(handoverMargin(2000), 500)
    assert.equal(handoverMargin(120_000), 1000)
  })
})
