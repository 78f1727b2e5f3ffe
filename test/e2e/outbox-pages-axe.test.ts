/**
 * The send pages and a rendered e-mail in headless Chromium (Debian's chromium, never a
 * download): no axe-core violations on the send page, its progress page and the report, and the
 * e-mail's HTML laid out as a 600-pixel column that shows both languages.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { createMailer, type Mailer } from '../../src/mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../src/mail/test-smtp-server.js'
import { decodedBody } from '../../src/newsroom/distribution/outbox-test-world.js'
import { startOutboxWorker } from '../../src/newsroom/distribution/outbox-worker.js'
import { createTestWorld, type TestWorld } from '../../src/server/test-app.js'
import { axeViolations, type LoopbackServer, launchChromium, serveOnLoopback } from './chromium.js'

describe('the send pages and an e-mail in headless Chromium', () => {
  let smtp: TestSmtpServer
  let mailer: Mailer
  let world: TestWorld
  let server: LoopbackServer
  let browser: Browser
  let releaseId: string
  let cookie: string

  before(async () => {
    smtp = await startTestSmtpServer()
    mailer = createMailer({ smtpUrl: smtp.url })
    world = await createTestWorld('sqlite', { mailer })
    const { lists, releases, accounts } = world.app.newsroom
    const list = await lists.createList(world.coalitionId, { name: 'Prensa', kind: 'press' })
    await lists.addContact(list.id, { email: 'dora@diario.example', name: 'Dora', lang: 'both' })
    const grant = await accounts.signIn('editor-a@example.org', world.password)
    const actor = (await accounts.session(grant.token))?.actor ?? null
    const view = await releases.create(actor, {
      coalitionId: world.coalitionId,
      organizationId: world.orgA,
      slug: 'axe-release',
      content: {
        versions: [
          { lang: 'en', text: 'Families march\n\nCHICAGO – Hundreds marched on Monday.' },
          { lang: 'es', text: 'Familias marchan\n\nCHICAGO – Cientos marcharon el lunes.' },
        ],
      },
    })
    releaseId = view.id
    await world.store.db
      .updateTable('releases')
      .set({ status: 'published', published_at: world.clock.now().toISOString() })
      .where('id', '=', releaseId)
      .execute()
    // Queued, not delivered yet: the progress page shows it running until a worker runs.
    await world.app.newsroom.outbox.send(actor ?? { label: 'test' }, releaseId, {
      listIds: [list.id],
    })
    server = await serveOnLoopback(world.app.fetch)
    browser = await launchChromium()
    const response = await fetch(`${server.base}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'editor-a@example.org', password: world.password }),
    })
    cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  })
  after(async () => {
    await browser?.close()
    await server?.close()
    await mailer.close()
    await world.close()
    await smtp.close()
  })

  async function pageWithSession() {
    const context = await browser.newContext({ bypassCSP: true })
    const [name, ...value] = cookie.split('=')
    await context.addCookies([{ name: name ?? '', value: value.join('='), url: server.base }])
    return { context, page: await context.newPage() }
  }

  it('has no axe-core violations on the send page, the progress page and the report', async () => {
    const { context, page } = await pageWithSession()
    const found: string[] = []
    await page.goto(`${server.base}/app/releases/${releaseId}/send`)
    for (const v of await axeViolations(page)) found.push(`send: ${v}`)
    const link = await page.getAttribute('a[href*="/sends/"]', 'href')
    assert.ok(link)
    await page.goto(`${server.base}${link}`)
    assert.match((await page.textContent('main')) ?? '', /0 of 1 messages done/)
    for (const v of await axeViolations(page)) found.push(`progress: ${v}`)
    const worker = startOutboxWorker(world.app.newsroom, { intervalMs: 20 })
    await worker.idle()
    await worker.stop()
    await page.goto(`${server.base}${link}?lang=es`)
    assert.match((await page.textContent('main')) ?? '', /Todos los mensajes se enviaron/)
    for (const v of await axeViolations(page)) found.push(`report: ${v}`)
    await context.close()
    assert.deepEqual(found, [])
  })

  it('lays the e-mail out as a 600-pixel column holding both languages', async () => {
    const mail = smtp.received.find((m) => m.to.includes('dora@diario.example'))
    assert.ok(mail)
    const body = decodedBody(mail.raw)
    const html = body.slice(body.indexOf('<!doctype html>'), body.lastIndexOf('</html>') + 7)
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 } })
    const page = await context.newPage()
    await page.setContent(html)
    const column = await page.evaluate(() => {
      const table = document.querySelectorAll('table')[1]
      return table ? table.getBoundingClientRect().width : 0
    })
    assert.equal(column, 600)
    const langs = await page.$$eval('td[lang]', (tds) => tds.map((td) => td.getAttribute('lang')))
    assert.deepEqual(langs, ['en', 'es'])
    assert.ok((await page.textContent('body'))?.includes('Familias marchan'))
    await context.close()
  })
})
