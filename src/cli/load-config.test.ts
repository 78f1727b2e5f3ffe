import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { loadConfig } from './load-config.js'
import { createMemoryIo } from './memory-io.js'

describe('loadConfig', () => {
  it('finds comunicado.config.json in a parent directory', async () => {
    const { io } = createMemoryIo({
      '/p/comunicado.config.json': JSON.stringify({ rules: { 'long-sentence': 'off' } }),
    })
    const loaded = await loadConfig(io, { cwd: '/p/docs/releases' })
    assert.equal(loaded.file, '/p/comunicado.config.json')
    assert.equal(loaded.config.rules['long-sentence']?.severity, 'off')
  })

  it('falls back to the comunicado key of package.json, then to the recommended preset', async () => {
    const withKey = createMemoryIo({
      '/p/package.json': JSON.stringify({ comunicado: { locale: 'es' } }),
    })
    assert.equal((await loadConfig(withKey.io, { cwd: '/p' })).config.locale, 'es')
    const without = createMemoryIo({ '/p/package.json': JSON.stringify({ name: 'x' }) })
    const loaded = await loadConfig(without.io, { cwd: '/p' })
    assert.equal(loaded.file, null)
    assert.equal(loaded.config.rules['invalid-email']?.severity, 'error')
  })

  it('names the file and the problem for invalid JSON and invalid settings', async () => {
    const { io } = createMemoryIo({ 'a.json': '{ rules: ', 'b.json': '{"extends":"strict"}' })
    await assert.rejects(
      loadConfig(io, { cwd: '/', file: 'a.json' }),
      /^CliError: a\.json: not valid JSON/,
    )
    await assert.rejects(loadConfig(io, { cwd: '/', file: 'b.json' }), /b\.json: extends: /)
    await assert.rejects(loadConfig(io, { cwd: '/', file: 'c.json' }), /c\.json: no such file/)
  })
})
