import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { after, before, describe, it } from 'node:test'
import { serve } from '@hono/node-server'
import { type Browser, chromium } from 'playwright-core'
import { seeded, seedPublicNewsroom } from './public-test-seed.js'
import { createTestWorld, type TestWorld } from './test-app.js'

/** Debian's Chromium; never a downloaded browser. */
function chromiumPath(): string {
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium'
  return execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim()
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)

interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

describe('public pages in headless Chromium', () => {
  let world: TestWorld
  let server: ReturnType<typeof serve>
  let base: string
  let browser: Browser

  before(async () => {
    world = await createTestWorld('sqlite')
    await seedPublicNewsroom(world)
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
    const context = await browser.newContext()
    const page = await context.newPage()
    const found: string[] = []
    for (const path of pages) {
      await page.goto(`${base}${path}`)
      await page.addScriptTag({ content: axeSource })
      const violations = (await page.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: unknown }> } })
          .axe
        return (await axe.run()).violations
      })) as AxeViolation[]
      for (const v of violations)
        found.push(
          `${path}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        )
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
