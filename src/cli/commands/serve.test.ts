import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../../../', import.meta.url))

describe('comunicado serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'comunicado-serve-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  it('serves until SIGTERM, then closes and exits 0', async () => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'src/cli/run.ts',
        'serve',
        '--port',
        '0',
        '--host',
        '127.0.0.1',
        '--no-demo',
      ],
      {
        cwd: root,
        env: { ...process.env, DATA_DIR: dir, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stderr = ''
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start line: ${stderr}`)), 30_000)
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString()
        const match = /serving on (http:\/\/\S+)/.exec(stderr)
        if (match?.[1]) {
          clearTimeout(timer)
          resolve(match[1])
        }
      })
      child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${stderr}`)))
    })
    const response = await fetch(`${url}/api/me`)
    assert.equal(response.status, 401)
    const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    assert.equal(await exit, 0)
    assert.match(stderr, /SIGTERM/)
  })

  it('refuses a port that is not a number with exit code 2', async () => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/run.ts', 'serve', '--port', 'abc'],
      { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
    )
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString()
    })
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
    assert.equal(code, 2)
    assert.match(stderr, /not a port/)
  })
})
