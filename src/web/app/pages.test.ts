import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { ReleaseView } from '../../newsroom/release-service.js'
import { renderDashboardPage } from './dashboard-page.js'
import type { PageContext } from './layout.js'
import { renderReleasePage } from './release-page.js'
import { versionHeadline } from './release-summary.js'
import { translator, type UiLang } from './ui-strings.js'

const ctx = (lang: UiLang, userName: string | null = 'Ana <b>'): PageContext => ({
  lang,
  t: translator(lang),
  url: '/app?x=1',
  userName,
  csrfToken: 'token"1',
})

const release = (text: string, status: ReleaseView['status'] = 'draft'): ReleaseView => ({
  id: 'r1',
  coalitionId: 'c1',
  slug: 'a-slug',
  status,
  revision: 3,
  createdAt: '2026-03-01T12:00:00.000Z',
  updatedAt: '2026-03-02T12:00:00.000Z',
  publishedAt: null,
  organizationIds: ['o1'],
  contactIds: [],
  content: {
    versions: [
      { lang: 'en', text },
      {
        lang: 'es',
        text: 'PARA PUBLICACIÓN INMEDIATA\n\nUn titular en español\n\nCHICAGO – Texto.',
      },
    ],
  },
})

describe('workspace page templates', () => {
  it('escapes every piece of content and user input', async () => {
    const html = String(
      await renderDashboardPage(ctx('en'), [
        {
          coalitionName: 'Red & <Co>',
          releases: [release('June 1, 2026\n\nA <script>alert(1)</script> headline\n\nBody.')],
        },
      ]),
    )
    assert.doesNotMatch(html, /<script>/)
    assert.match(html, /A &lt;script&gt;alert\(1\)&lt;\/script&gt; headline/)
    assert.match(html, /Red &amp; &lt;Co&gt;/)
    assert.match(html, /Signed in as Ana &lt;b&gt;/)
    assert.match(html, /value="token&quot;1"/)
  })

  it('puts each version in a column marked with its language, headings in the interface’s', async () => {
    const html = String(
      await renderReleasePage(ctx('es'), {
        release: release(
          'FOR IMMEDIATE RELEASE\n\nJune 1, 2026\n\nAn English headline here\n\nCHICAGO – Text.',
        ),
        issuers: ['Alianza Americas'],
        revisions: [{ number: 1, createdAt: '2026-03-01T12:00:00.000Z', note: null }],
        canEdit: true,
        nextSteps: ['in-review'],
        publicLinks: [],
      }),
    )
    assert.match(html, /<html lang="es">/)
    assert.match(html, /<h1>Un titular en español<\/h1>/)
    assert.match(
      html,
      /<section class="version" lang="en"[^>]*>\s*<h3 id="version-en" lang="es">Inglés<\/h3>/,
    )
    assert.match(html, /<section class="version" lang="es"/)
    assert.match(html, /<button type="submit">Enviar a revisión<\/button>/)
    assert.match(html, /<textarea id="text-en" name="text-en" lang="en">/)
  })

  it('shows a reader no buttons and says why', async () => {
    const html = String(
      await renderReleasePage(ctx('en'), {
        release: release('Headline long enough to be one\n\nBody.', 'approved'),
        issuers: [],
        revisions: [],
        canEdit: false,
        nextSteps: [],
        publicLinks: [],
      }),
    )
    assert.doesNotMatch(html, /name="status"/)
    assert.doesNotMatch(html, /<textarea/)
    assert.match(html, /only editors of a co-issuing organization can change it/)
  })
})

describe('headlines at a glance', () => {
  it('finds the headline past the release line, the date and the contacts', () => {
    const text =
      'FOR IMMEDIATE RELEASE\n\nJune 1, 2026\n\nContact: Ana Pérez, (312) 555-0100\n\nCoalition welcomes the new asylum rule for families\n\nCHICAGO – The coalition said today that the rule is welcome, and that families deserve more.'
    assert.equal(
      versionHeadline({ lang: 'en', text }),
      'Coalition welcomes the new asylum rule for families',
    )
  })

  it('falls back to the first long line for a language the reader does not read', () => {
    assert.equal(
      versionHeadline({ lang: 'fr', text: 'Court\n\nUn titre en français assez long\n\nCorps.' }),
      'Un titre en français assez long',
    )
    assert.equal(versionHeadline({ lang: 'en', text: '   ' }), null)
  })
})
