import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { normaliseEmail } from './contact-email.js'

describe('normaliseEmail', () => {
  it('folds case, spaces and IDN variants of one address to one form', () => {
    const forms = [
      'Ana@Example.ORG',
      '  ana@example.org\t',
      '\u00a0ana@example.org\u200b',
      'mailto:ana@example.org',
      'Ana Pérez <ANA@example.org>',
    ]
    for (const form of forms)
      assert.deepEqual(normaliseEmail(form), { ok: true, email: 'ana@example.org' }, form)
    assert.deepEqual(normaliseEmail('prensa@Bücher.example'), {
      ok: true,
      email: 'prensa@xn--bcher-kva.example',
    })
    assert.deepEqual(normaliseEmail('prensa@xn--bcher-kva.example'), {
      ok: true,
      email: 'prensa@xn--bcher-kva.example',
    })
    // Composed and decomposed accents in the local part are one address.
    assert.equal(
      (normaliseEmail('jose\u0301@example.org') as { email: string }).email,
      (normaliseEmail('jos\u00e9@example.org') as { email: string }).email,
    )
  })

  it('tells a missing address from an invalid one', () => {
    assert.deepEqual(normaliseEmail(''), { ok: false, problem: 'missing' })
    assert.deepEqual(normaliseEmail('  '), { ok: false, problem: 'missing' })
    assert.deepEqual(normaliseEmail(undefined), { ok: false, problem: 'missing' })
    for (const bad of [
      'ana',
      'ana@',
      '@example.org',
      'ana@example',
      'ana@@example.org',
      'ana @example.org',
      'ana@exa mple.org',
      'ana..b@example.org',
      '.ana@example.org',
      'ana@-example.org',
      'ana@example.o',
      'ana@example.123',
      'a"b@example.org',
      `${'a'.repeat(65)}@example.org`,
    ])
      assert.deepEqual(normaliseEmail(bad), { ok: false, problem: 'invalid' }, bad)
  })

  it('is idempotent: a normal form normalises to itself', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        const first = normaliseEmail(address)
        if (!first.ok) return
        assert.deepEqual(normaliseEmail(first.email), first)
      }),
    )
  })
})
