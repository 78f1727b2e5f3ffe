/**
 * The embargo and schedule page in headless Chromium (Debian's, never a downloaded one): an
 * editor signs in through the form, sets an embargo with the date field and the time-zone
 * picker, sees the embargo line in both languages, issues a preview link, and a journalist opens
 * it in another browser context; then a forged link is refused. axe-core finds no violation on
 * the schedule page (English and Spanish), the audit page, the preview page and the refusal.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { type BrowserWorld, startBrowserWorld } from '../../../test/e2e/browser-world.js'
import { axeViolations as axeViolationLines } from '../../../test/e2e/chromium.js'
import type { TestWorld } from '../../server/test-app.js'

/** The page's axe violations, each labelled with where it was found. */
async function axeViolations(page: Page, label: string): Promise<string[]> {
  return (await axeViolationLines(page)).map((line) => `${label}: ${line}`)
}

describe('schedule page in headless Chromium', () => {
  let served: BrowserWorld
  let world: TestWorld
  let base: string
  let browser: Browser
  let releaseId: string

  before(async () => {
    // The browser keeps cookies by its own clock: the app's must agree with it.
    served = await startBrowserWorld()
    world = served.world
    base = served.base
    browser = served.browser
    const editor = await world.signIn('editor-a')
    const created = (await (
      await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
        organizationId: world.orgA,
        coIssuerIds: [world.orgB],
        slug: 'browser-embargo',
        versions: [
          { lang: 'en', text: 'March 3, 2026\n\nHousing report embargoed\n\nCHICAGO – Findings.' },
          {
            lang: 'es',
            text: '3 de marzo de 2026\n\nInforme de vivienda embargado\n\nCHICAGO – Hallazgos.',
          },
        ],
      })
    ).json()) as { release: { id: string } }
    releaseId = created.release.id
    for (const status of ['in-review', 'approved'])
      await editor.request('POST', `/api/releases/${releaseId}/status`, { status })
  })
  after(() => served?.close())

  it('sets an embargo, shows its line in both languages, and lets a journalist open a preview', async () => {
    // CSP forbids inline scripts; axe is injected as one, so this context bypasses CSP.
    const context = await browser.newContext({ bypassCSP: true, locale: 'en-US' })
    const page = await context.newPage()
    const found: string[] = []
    await page.goto(`${base}/app/releases/${releaseId}/schedule`)
    assert.match(page.url(), /\/app\/sign-in\?next=/)
    await page.getByLabel('E-mail').fill('editor-a@example.org')
    await page.getByLabel('Password').fill(world.password)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.waitForURL(/\/schedule$/)
    found.push(...(await axeViolations(page, 'schedule (en, no time)')))
    await page.getByLabel('Date and time (in the time zone below)').fill('2030-03-05T10:00')
    await page.getByLabel('Time zone', { exact: true }).selectOption('America/Chicago')
    await Promise.all([
      page.waitForURL(/done=saved/),
      page.getByRole('button', { name: 'Save the time' }).click(),
    ])
    const lines = await page.locator('.embargo-line').allTextContents()
    assert.deepEqual(lines, [
      'EMBARGOED UNTIL 10:00 a.m. CST, Tuesday, March 5, 2030',
      'EMBARGADO HASTA las 10:00 (hora CST) del martes 5 de marzo de 2030',
    ])
    assert.equal(await page.locator('.embargo-line').nth(1).getAttribute('lang'), 'es')
    found.push(...(await axeViolations(page, 'schedule (en, embargo)')))

    await page.getByLabel('Journalist’s e-mail').fill('desk@example.net')
    await page.getByLabel('Name', { exact: true }).fill('Ana Desk')
    await page.getByRole('button', { name: 'Issue a preview link' }).click()
    const url = await page.getByRole('textbox', { name: 'URL' }).inputValue()
    assert.match(url, /^http:\/\/newsroom\.test\/preview\//)
    found.push(...(await axeViolations(page, 'schedule (en, link issued)')))

    await page.goto(`${base}/app/releases/${releaseId}/schedule?lang=es`)
    assert.equal(await page.getAttribute('html', 'lang'), 'es')
    assert.ok(await page.getByRole('heading', { name: 'Embargo y programación' }).isVisible())
    found.push(...(await axeViolations(page, 'schedule (es)')))
    await page.goto(`${base}/app/releases/${releaseId}/audit?lang=es`)
    assert.ok(await page.getByRole('cell', { name: 'Hora fijada' }).isVisible())
    found.push(...(await axeViolations(page, 'audit (es)')))

    // The journalist, in a browser of their own.
    const reader = await browser.newContext({ bypassCSP: true })
    const preview = await reader.newPage()
    const response = await preview.goto(`${base}${new URL(url).pathname}`)
    assert.equal(response?.status(), 200)
    assert.match(response?.headers()['x-robots-tag'] ?? '', /noindex/)
    assert.ok(await preview.getByRole('heading', { name: 'Housing report embargoed' }).isVisible())
    assert.ok(
      await preview.getByRole('heading', { name: 'Informe de vivienda embargado' }).isVisible(),
    )
    assert.ok(
      await preview.getByText('EMBARGOED UNTIL 10:00 a.m. CST, Tuesday, March 5, 2030').isVisible(),
    )
    found.push(...(await axeViolations(preview, 'preview')))
    const forged = await preview.goto(`${base}${new URL(url).pathname.slice(0, -3)}abc`)
    assert.equal(forged?.status(), 404)
    assert.ok(
      await preview
        .getByRole('heading', { name: 'This preview link cannot be opened' })
        .isVisible(),
    )
    found.push(...(await axeViolations(preview, 'preview refused')))
    await reader.close()

    await page.goto(`${base}/app/releases/${releaseId}/schedule`)
    assert.equal(await page.locator('tbody tr td:nth-child(4)').first().textContent(), '1')
    await context.close()
    assert.deepEqual(found, [])
  })
})
