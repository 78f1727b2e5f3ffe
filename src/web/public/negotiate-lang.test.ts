import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { negotiateLang } from './negotiate-lang.js'

describe('negotiateLang', () => {
  it('picks the best public language for an Accept-Language header', () => {
    const cases: [string | undefined, string][] = [
      [undefined, 'en'],
      ['', 'en'],
      ['es', 'es'],
      ['es-MX,es;q=0.9,en;q=0.8', 'es'],
      ['en-US,en;q=0.9,es;q=0.8', 'en'],
      ['fr-FR,fr;q=0.9,es;q=0.5,en;q=0.4', 'es'],
      ['en;q=0.2, es;q=0.8', 'es'],
      ['es;q=0, en', 'en'],
      ['de, it', 'en'],
      ['*', 'en'],
      ['ES-us', 'es'],
      ['es;q=abc, en;q=0.1', 'en'],
    ]
    for (const [header, expected] of cases) assert.equal(negotiateLang(header), expected, header)
  })
})
