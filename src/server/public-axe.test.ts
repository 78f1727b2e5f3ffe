import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import {
  axeViolations,
  type LoopbackServer,
  launchChromium,
  serveOnLoopback,
} from '../../test/e2e/chromium.js'
import { seeded, seedPublicNewsroom } from './public-test-seed.js'
import { createTestWorld, type TestWorld } from './test-app.js'

describe('public pages in headless Chromium', () => {
  let world: TestWorld
  let server: LoopbackServer
  let base: string
  let browser: Browser

  before(async () => {
    world = await createTestWorld('sqlite')
    await seedPublicNewsroom(world)
    server = await serveOnLoopback(world.app.fetch)
    base = server.base
    browser = await launchChromium()
  })
  after(async () => {
    await browser?.close()
    await server.close()
    await world.close()
  })

  const pages = [
    '/en/',
    '/es/',
    `/en/releases/${seeded.bilingual}/`,
    `/es/releases/${seeded.bilingual}/`,
    `/en/releases/${seeded.corrected}/`,
    `/en/releases/${seeded.hostile}/`,
    '/es/organizations/alianza-americas/',
    '/en/organizations/third-member/',
    `/es/releases/${seeded.englishOnly}/`,
    '/fr/',
  ]

  it('has no axe-core violations on the public pages', async () => {
    const context = await browser.newContext({ bypassCSP: true })
    const page = await context.newPage()
    const found: string[] = []
    for (const path of pages) {
      await page.goto(`${base}${path}`)
      for (const violation of await axeViolations(page)) found.push(`${path}: ${violation}`)
    }
    await context.close()
    assert.deepEqual(found, [])
  })

  it('follows the language switcher from a release to the same release in Spanish', async () => {
    const context = await browser.newContext({ locale: 'es-MX' })
    const page = await context.newPage()
    await page.goto(`${base}/`)
    assert.equal(new URL(page.url()).pathname, '/es/')
    await page.goto(`${base}/en/releases/${seeded.bilingual}/`)
    await page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'Español' })
      .click()
    assert.equal(new URL(page.url()).pathname, `/es/releases/${seeded.bilingual}/`)
    assert.equal(await page.getAttribute('html', 'lang'), 'es')
    assert.match((await page.textContent('h1')) ?? '', /^Las comunidades/)
    await context.close()
  })
})
