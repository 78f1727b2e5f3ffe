import assert from 'node:assert/strict'
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it } from 'node:test'
import { maxReadBytes, nodeIo } from './io.js'
import { loadSource } from './load-release.js'
import { createMemoryIo } from './memory-io.js'

describe('nodeIo.readBytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'comunicado-io-'))

  it('reads a file’s bytes as they are', async () => {
    const file = join(dir, 'a.txt')
    writeFileSync(file, '\ufeffHola\r\n')
    assert.deepEqual([...(await nodeIo.readBytes(file))].slice(0, 4), [0xef, 0xbb, 0xbf, 0x48])
  })

  it('stops reading past the cap instead of filling memory', async () => {
    const file = join(dir, 'huge.txt')
    writeFileSync(file, '')
    truncateSync(file, maxReadBytes + 1)
    await assert.rejects(nodeIo.readBytes(file), { code: 'EFBIG' })
  })

  it('fails like the file system for a missing file and a directory', async () => {
    await assert.rejects(nodeIo.readBytes(join(dir, 'nope.txt')), { code: 'ENOENT' })
    await assert.rejects(nodeIo.readBytes(dir), { code: 'EISDIR' })
  })
})

describe('loadSource', () => {
  it('names the file and the reason in one line for each read failure', async () => {
    const failing = (code: string) => {
      const { io } = createMemoryIo()
      io.readBytes = async () => {
        throw Object.assign(new Error('x'), { code })
      }
      return loadSource('r.txt', io)
    }
    await assert.rejects(failing('ENOENT'), { message: 'r.txt: no such file' })
    await assert.rejects(failing('EISDIR'), { message: 'r.txt: is a directory, not a file' })
    await assert.rejects(failing('EACCES'), { message: 'r.txt: permission denied' })
    await assert.rejects(failing('EFBIG'), { message: /^r\.txt: too large: over 32 MiB/ })
  })
})
