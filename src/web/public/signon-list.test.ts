import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { PublicSigner } from '../../newsroom/signons/signon-service.js'
import { renderSignonInvitation, renderSignonList } from './signon-list.js'

const signer = (over: Partial<PublicSigner> = {}): PublicSigner => ({
  id: 's1',
  organization: 'Presente',
  city: 'Oakland',
  country: 'USA',
  logoUrl: null,
  confirmedAt: '2026-03-01T12:00:00.000Z',
  ...over,
})

describe('renderSignonList', () => {
  it('renders nothing for an empty list', () => {
    assert.equal(renderSignonList([], 'en').value, '')
  })
  it('titles and counts the list in the page language', () => {
    assert.match(
      renderSignonList([signer()], 'en').value,
      /Organizations that signed <span class="signers-count">\(1 organization\)/,
    )
    assert.match(
      renderSignonList([signer(), signer({ id: 's2', organization: 'Casa' })], 'es').value,
      /Organizaciones firmantes <span class="signers-count">\(2 organizaciones\)/,
    )
  })
  it('escapes what signers typed, including a logo address', () => {
    const out = renderSignonList(
      [
        signer({
          organization: '<script>alert(1)</script>',
          city: 'A & B',
          logoUrl: 'https://x.org/"onerror="alert(1)',
        }),
      ],
      'en',
    ).value
    assert.doesNotMatch(out, /<script>|"onerror="/)
    assert.match(out, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/)
    assert.match(out, /A &amp; B, USA/)
    assert.match(out, /src="https:\/\/x\.org\/&quot;onerror=&quot;alert\(1\)" alt=""/)
  })
})

describe('renderSignonInvitation', () => {
  it('links to the sign-on page in the page language', () => {
    assert.equal(
      renderSignonInvitation('/es/releases/a%26b/sign', 'es').value,
      '<p class="signon-invitation"><a href="/es/releases/a%26b/sign">¿Su organización nos acompaña? Firme esta declaración</a></p>',
    )
  })
})
