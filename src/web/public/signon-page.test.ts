import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { articleOfText } from '../../render/index.js'
import type { PublicRelease } from './public-model.js'
import { createPublicUrls } from './public-urls.js'
import { renderSignonLinkPage, renderSignonPage, type SignonPageData } from './signon-page.js'

const context = {
  urls: createPublicUrls('https://news.example.org/newsroom'),
  coalitionName: 'Red',
  organizations: new Map(),
}
const englishOnly: PublicRelease = {
  id: 'r1',
  slug: 'stand-with-families',
  status: 'published',
  publishedAt: '2026-03-01T12:00:00.000Z',
  updatedAt: '2026-03-01T12:00:00.000Z',
  organizationIds: [],
  langs: ['en'],
  articles: {
    en: articleOfText(
      'en',
      'FOR IMMEDIATE RELEASE\n\nWe stand with migrant families\n\nCHICAGO, March 1, 2026 — Text.\n\n###',
    ),
  },
  corrections: [],
  signers: [],
  signOpen: false,
}
const data = (over: Partial<SignonPageData> = {}): SignonPageData => ({
  release: englishOnly,
  lang: 'es',
  open: true,
  signers: [],
  form: { values: {}, errors: [], notice: null, token: 'tok', csrfToken: null },
  ...over,
})

describe('renderSignonPage', () => {
  it('marks a headline in another language than the page’s', () => {
    const page = renderSignonPage(context, data())
    assert.match(
      page,
      /<h1>Adhesiones: <span lang="en">We stand with migrant families<\/span><\/h1>/,
    )
    assert.match(page, /action="\/newsroom\/es\/releases\/stand-with-families\/sign"/)
    assert.match(page, /href="\/newsroom\/assets\/signon\.css"/)
  })
  it('hides the honeypot from people and assistive technology', () => {
    const page = renderSignonPage(context, data())
    assert.match(
      page,
      /<div class="signon-hp" aria-hidden="true">[\s\S]*name="signon_extra" value="" tabindex="-1" autocomplete="off"/,
    )
  })
  it('shows each error at its field and in a summary that links to it, keeping values', () => {
    const page = renderSignonPage(
      context,
      data({
        lang: 'en',
        form: {
          values: { organization: 'Casa <b>', consent: 'yes' },
          errors: [
            { field: 'email', problem: 'invalid' },
            { field: 'logo', problem: 'type' },
          ],
          notice: null,
          token: 'tok',
          csrfToken: 'csrf-1',
        },
      }),
    )
    assert.match(
      page,
      /<li><a href="#signon-email">Enter an e-mail address such as name@example\.org\.<\/a><\/li>/,
    )
    assert.match(
      page,
      /id="signon-email" name="email" value="" autocomplete="email" required aria-invalid="true" aria-describedby="email-hint email-error"/,
    )
    assert.match(
      page,
      /The logo must be a PNG, JPEG or WebP image\. Files are not kept between attempts/,
    )
    assert.match(page, /value="Casa &lt;b&gt;"/)
    assert.match(page, /name="consent" value="yes" required checked/)
    assert.match(page, /<input type="hidden" name="_csrf" value="csrf-1">/)
  })
  it('shows no form when sign-ons are closed', () => {
    const page = renderSignonPage(context, data({ open: false }))
    assert.doesNotMatch(page, /<form/)
    assert.match(page, /Esta declaración ya no recibe adhesiones/)
  })
})

describe('renderSignonLinkPage', () => {
  it('asks for a click to confirm, with the token in the form', () => {
    const page = renderSignonLinkPage(context, 'en', englishOnly, {
      kind: 'reconfirm',
      organization: 'Casa',
      token: 'a.b',
      csrfToken: null,
    })
    assert.match(page, /<meta name="robots" content="noindex">/)
    assert.match(page, /The statement was changed after Casa signed it/)
    assert.match(
      page,
      /action="\/newsroom\/en\/releases\/stand-with-families\/sign\/reconfirm">\n<input type="hidden" name="token" value="a\.b">/,
    )
  })
})
