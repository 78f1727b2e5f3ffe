import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { serve } from '@hono/node-server'
import { type Browser, chromium, type Page } from 'playwright-core'
import { unsubscribeUrl } from '../../newsroom/distribution/unsubscribe-link.js'
import { createTestWorld, type TestWorld } from '../test-app.js'

/** Debian's Chromium; never a downloaded browser. */
function chromiumPath(): string {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
const fixture = readFileSync(
  new URL('../../../test/fixtures/csv/press-es-semicolon.csv', import.meta.url),
)

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

describe('list pages in headless Chromium', () => {
  let world: TestWorld
  let server: ReturnType<typeof serve>
  let base: string
  let browser: Browser
  const found: string[] = []

  async function axe(page: Page, label: string): Promise<void> {
    await page.addScriptTag({ content: axeSource })
    const violations = (await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown }> } })
        .axe
      return (await axe.run()).violations
    })) as AxeViolation[]
    for (const v of violations)
      found.push(
        `${label}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      )
  }

  before(async () => {
    world = await createTestWorld('sqlite')
    // The browser drops a session cookie that expired by its own clock: the world's clock is now.
    world.clock.set(new Date())
    server = await new Promise<ReturnType<typeof serve>>((resolve) => {
      const s = serve({ fetch: world.app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s))
    })
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    browser = await chromium.launch({
      executablePath: chromiumPath(),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
  })
  after(async () => {
    await browser?.close()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await world.close()
  })

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
