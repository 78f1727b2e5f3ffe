import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { main } from './main.js'
import { createMemoryIo } from './memory-io.js'

async function run(...argv: string[]) {
  const memory = createMemoryIo()
  const code = await main(argv, memory.io)
  return { code, stdout: memory.stdout(), stderr: memory.stderr() }
}

describe('main', () => {
  it('lists every verb in --help and exits 0', async () => {
    const { code, stdout } = await run('--help')
    assert.equal(code, 0)
    for (const verb of ['parse', 'align', 'check', 'rules', 'serve', 'export'])
      assert.match(stdout, new RegExp(`\\n  ${verb}\\b`))
  })

  it('shows one verb’s help with its options', async () => {
    const { code, stdout } = await run('parse', '--help')
    assert.equal(code, 0)
    assert.match(stdout, /--format <format>/)
    assert.match(stdout, /--lang <langs>/)
  })

  it('exits 2 for an unknown verb, and for no verb at all', async () => {
    const unknown = await run('frobnicate')
    assert.equal(unknown.code, 2)
    assert.match(unknown.stderr, /unknown command 'frobnicate'/)
    assert.equal(unknown.stdout, '')
    assert.equal((await run()).code, 2)
  })
})
