import assert from 'node:assert/strict'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { open, rename, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { writeFileAtomic } from './write-atomic.js'

function fresh(): { dir: string; file: string } {
  const dir = mkdtempSync(join(tmpdir(), 'comunicado-atomic-'))
  const file = join(dir, 'en.txt')
  writeFileSync(file, 'original text\n')
  return { dir, file }
}

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temporary file', async () => {
    const { dir, file } = fresh()
    chmodSync(file, 0o640)
    await writeFileAtomic(file, 'new text\n')
    assert.equal(readFileSync(file, 'utf8'), 'new text\n')
    assert.deepEqual(readdirSync(dir), ['en.txt'])
    assert.equal(statSync(file).mode & 0o777, 0o640)
  })

  it('keeps the original and removes the temporary file when the rename fails', async () => {
    const { dir, file } = fresh()
    const failing = {
      open,
      rm,
      stat,
      rename: async () => {
        throw new Error('disk full')
      },
    } as unknown as Parameters<typeof writeFileAtomic>[2]
    await assert.rejects(writeFileAtomic(file, 'new text\n', failing), /disk full/)
    assert.equal(readFileSync(file, 'utf8'), 'original text\n')
    assert.deepEqual(readdirSync(dir), ['en.txt'])
  })

  it('keeps the original when writing the temporary file fails', async () => {
    const { dir, file } = fresh()
    const failing = {
      stat,
      rm,
      rename,
      open: async () => {
        throw Object.assign(new Error('no space left on device'), { code: 'ENOSPC' })
      },
    } as unknown as Parameters<typeof writeFileAtomic>[2]
    await assert.rejects(writeFileAtomic(file, 'x', failing), /no space/)
    assert.equal(readFileSync(file, 'utf8'), 'original text\n')
    assert.deepEqual(readdirSync(dir), ['en.txt'])
  })
})
