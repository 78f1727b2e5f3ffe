/**
 * The audit page's details in the interface language: keys and statuses named in it, times
 * formatted, flags as words, organizations by name instead of their id, unknown keys kept as
 * they are.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { AuditEntry } from '../../store/index.js'
import { renderAuditPage } from './audit-page.js'
import { translator, type UiLang } from './ui-strings.js'

const entry = (action: string, detail: Record<string, unknown>): AuditEntry => ({
  id: action,
  seq: 1,
  coalitionId: 'c',
  releaseId: 'r',
  actorId: null,
  actorLabel: 'scheduler',
  action,
  detail,
  createdAt: '2026-03-03T16:00:00.000Z',
})

async function page(lang: UiLang): Promise<string> {
  const html = renderAuditPage(
    { lang, t: translator(lang), url: '/app/releases/r/audit', userName: 'Ana', csrfToken: 't' },
    {
      releaseId: 'r',
      headline: 'Headline',
      entries: [
        entry('release.approved', { from: 'in-review', to: 'approved', revision: 2 }),
        entry('release.signed-off', { organization: 'org-1', contentHash: 'abc' }),
        entry('embargo.set', {
          liftsAt: '2026-03-03T16:00:00.000Z',
          timeZone: 'America/Chicago',
          embargo: true,
          local: '2026-03-03T10:00',
        }),
      ],
      userNames: new Map(),
      organizationNames: new Map([['org-1', 'Alianza Americas']]),
    },
  )
  return String(await html)
}

describe('audit page details', () => {
  it('names keys, statuses, flags and organizations in Spanish', async () => {
    const html = await page('es')
    assert.ok(html.includes('de: En revisión; a: Aprobado; revisión: 2'))
    assert.ok(html.includes('organización: Alianza Americas; contentHash: abc'))
    assert.ok(html.includes('hora: 3 mar 2026, 16:00 UTC; zona horaria: America/Chicago'))
    assert.ok(html.includes('embargo: sí; local: 2026-03-03T10:00'))
    assert.doesNotMatch(html, /org-1/)
  })

  it('and in English', async () => {
    const html = await page('en')
    assert.ok(html.includes('from: In review; to: Approved; revision: 2'))
    assert.ok(html.includes('organization: Alianza Americas'))
    assert.ok(html.includes('time: Mar 3, 2026, 4:00 PM UTC; time zone: America/Chicago'))
    assert.ok(html.includes('embargo: yes'))
  })
})
