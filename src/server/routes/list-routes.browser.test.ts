import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { type BrowserWorld, startBrowserWorld } from '../../../test/e2e/browser-world.js'
import { axeViolations } from '../../../test/e2e/chromium.js'
import { unsubscribeUrl } from '../../newsroom/distribution/unsubscribe-link.js'
import type { TestWorld } from '../test-app.js'

const fixture = readFileSync(
  new URL('../../../test/fixtures/csv/press-es-semicolon.csv', import.meta.url),
)

describe('list pages in headless Chromium', () => {
  let served: BrowserWorld
  let world: TestWorld
  let base: string
  let browser: Browser
  const found: string[] = []

  async function axe(page: Page, label: string): Promise<void> {
    for (const line of await axeViolations(page)) found.push(`${label}: ${line}`)
  }

  before(async () => {
    // The browser drops a session cookie that expired by its own clock: the world's clock is now.
    served = await startBrowserWorld()
    world = served.world
    base = served.base
    browser = served.browser
  })
  after(() => served?.close())

  it('an editor creates a list, adds a contact, imports a CSV through the preview, and every page passes axe', async () => {
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    // A loaded two-core machine can take seconds per step; a slow step is not a failure here.
    page.setDefaultTimeout(90_000)
    await page.goto(`${base}/app/lists`)
    await page.getByLabel('E-mail').fill('editor-a@example.org')
    await page.getByLabel('Password').fill(world.password)
    await Promise.all([
      page.waitForURL(/\/app\/lists$/),
      page.getByRole('button', { name: 'Sign in' }).click(),
    ])
    await axe(page, 'lists')

    await page.getByLabel('Name').fill('Prensa nacional')
    await page.getByLabel('Kind').selectOption('press')
    await Promise.all([
      page.waitForURL(/done=created/),
      page.getByRole('button', { name: 'Create the list' }).click(),
    ])
    assert.equal(await page.textContent('h1'), 'Prensa nacional')
    await axe(page, 'list (empty)')

    await page.getByLabel('E-mail').fill('Ana.Perez@Diario.example')
    await page.getByLabel('Name', { exact: true }).first().fill('Ana')
    await page.getByLabel('Language', { exact: true }).selectOption('both')
    await Promise.all([
      page.waitForURL(/done=added/),
      page.getByRole('button', { name: 'Add to the list' }).click(),
    ])
    assert.match((await page.textContent('table')) ?? '', /ana.perez@diario\.example/)
    await axe(page, 'list')

    await page.getByRole('link', { name: 'Import a CSV file' }).click()
    await axe(page, 'import upload')
    await page
      .getByLabel('CSV file')
      .setInputFiles({ name: 'prensa.csv', mimeType: 'text/csv', buffer: fixture })
    await page.getByRole('button', { name: 'Preview the import' }).click()
    await page.waitForSelector('text=Preview of prensa.csv')
    assert.match(
      (await page.textContent('main')) ?? '',
      /Read as UTF-8 \(with byte-order mark\), separated by semicolons/,
    )
    assert.equal(await page.getByLabel('1. Correo electrónico').inputValue(), 'email')
    await axe(page, 'import preview')
    await page.getByLabel('6. Ciudad').selectOption('ignore')
    await page.getByRole('button', { name: 'Import now' }).click()
    await page.waitForSelector('text=Imported')
    const report = (await page.textContent('main')) ?? ''
    // Ana was on the list already: her row counts as known, the rest are new.
    assert.match(report, /Imported 4 of 9 rows: 3 new contacts/)
    assert.match(report, /Appears earlier in the file/)
    await axe(page, 'import done')

    await page.goto(`${base}/app/lists/suppressions?lang=es`)
    await axe(page, 'suppressions (es)')
    const listId = (await world.app.newsroom.lists.lists(world.coalitionId))[0]?.id ?? ''
    const ben = (await world.app.newsroom.lists.members(listId)).find(
      (m) => m.email === 'ben@wire.example',
    )
    await page.goto(`${base}/app/lists/${listId}/contacts/${ben?.id}`)
    await axe(page, 'contact (es)')
    await context.close()
    assert.deepEqual(found, [])
  })

  it('a reader unsubscribes with the button of the confirmation page', async () => {
    const { lists, deps } = world.app.newsroom
    const list = await lists.createList(world.coalitionId, { name: 'Socias', kind: 'members' })
    const contact = await lists.addContact(list.id, { email: 'rosa@socias.example', lang: 'es' })
    const path = new URL(await unsubscribeUrl(deps, contact.id)).pathname
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    await page.goto(`${base}${path}`)
    const before = found.length
    await axe(page, 'unsubscribe confirm')
    await page.getByRole('button', { name: /Darme de baja/ }).click()
    await page.waitForSelector('text=Se dio de baja')
    await axe(page, 'unsubscribe done')
    await page.goto(`${base}/unsubscribe/forged.token`)
    await axe(page, 'unsubscribe refused')
    await context.close()
    assert.deepEqual(found.slice(before), [])
    assert.deepEqual(await lists.resolveRecipients(world.coalitionId, [list.id]), [])
  })
})
