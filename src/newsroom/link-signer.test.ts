import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Store } from '../store/index.js'
import { openTestStore } from '../store/test-engines.js'
import { fixedClock } from './clock.js'
import { linkSigner } from './link-signer.js'

describe('signed links', () => {
  let store: Store
  const clock = fixedClock('2026-03-01T12:00:00.000Z')
  before(async () => {
    store = await openTestStore('sqlite')
  })
  after(() => store.close())

  it('verifies its own token for its purpose until it expires', async () => {
    const links = linkSigner(store, clock)
    const { token, claims } = await links.sign('quote-approval', 'q1', 60_000)
    assert.deepEqual(await links.verify('quote-approval', token), { ok: true, claims })
    assert.equal(claims.subject, 'q1')
    clock.advance(59_999)
    assert.equal((await links.verify('quote-approval', token)).ok, true)
    clock.advance(1)
    assert.deepEqual(await links.verify('quote-approval', token), { ok: false, reason: 'expired' })
  })

  it('refuses another purpose, a changed body, a changed signature and junk', async () => {
    const links = linkSigner(store, clock)
    const { token } = await links.sign('preview', 'r1', 60_000)
    assert.deepEqual(await links.verify('unsubscribe', token), {
      ok: false,
      reason: 'wrong-purpose',
    })
    const [body, signature] = token.split('.') as [string, string]
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
    const forgedBody = Buffer.from(JSON.stringify({ ...claims, subject: 'r2' })).toString(
      'base64url',
    )
    assert.deepEqual(await links.verify('preview', `${forgedBody}.${signature}`), {
      ok: false,
      reason: 'forged',
    })
    const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`
    assert.equal((await links.verify('preview', `${body}.${flipped}`)).ok, false)
    for (const junk of ['', 'abc', 'a.b.c', '..', `${body}.`])
      assert.equal((await links.verify('preview', junk)).ok, false, junk)
  })

  it('keeps its key in the store, so a restarted process verifies earlier links', async () => {
    const { token } = await linkSigner(store, clock).sign('preview', 'r1', 60_000)
    assert.equal((await linkSigner(store, clock).verify('preview', token)).ok, true)
    const other = linkSigner(store, clock, 'b3RoZXIta2V5LW9mLWFub3RoZXItaW5zdGFsbGF0aW9u')
    assert.deepEqual(await other.verify('preview', token), { ok: false, reason: 'forged' })
  })
})
