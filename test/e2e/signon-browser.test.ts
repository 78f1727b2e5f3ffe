/**
 * The sign-on page in real headless Chromium (Debian's `chromium`, driven by playwright-core; no
 * browser is downloaded): an organization fills the English form, the confirmation e-mail arrives
 * at a real SMTP server on loopback, the link opens a page whose button confirms, an editor signs
 * in and approves the sign-on in the workspace, and the organization is then listed on the public
 * sign-on page in both languages. axe-core checks every page on the way, in both languages.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Browser } from 'playwright-core'
import { createMailer, type Mailer } from '../../src/mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../src/mail/test-smtp-server.js'
import { fixedClock } from '../../src/newsroom/clock.js'
import { signonLink, statementVersions } from '../../src/newsroom/signons/test-signon-world.js'
import { type App, createApp } from '../../src/server/create-app.js'
import type { Store } from '../../src/store/index.js'
import { releaseRepository } from '../../src/store/repositories/releases.js'
import { openTestStore } from '../../src/store/test-engines.js'
import { axeViolations, type LoopbackServer, launchChromium, serveOnLoopback } from './chromium.js'

const password = 'a long test password'
const slug = 'protect-migrant-families'

describe('the sign-on page in Chromium', { timeout: 300_000 }, () => {
  let store: Store
  let smtp: TestSmtpServer
  let mailer: Mailer
  let server: LoopbackServer
  let base: string
  let browser: Browser
  let releaseId: string
  // Real time, held still: the browser judges cookie expiry by its own clock.
  const clock = fixedClock(new Date())

  before(async () => {
    store = await openTestStore('sqlite')
    smtp = await startTestSmtpServer()
    mailer = createMailer({ smtpUrl: smtp.url })
    let app: App | undefined
    server = await serveOnLoopback((r) => (app as App).fetch(r))
    base = server.base
    app = createApp({ store, clock, publicUrl: base, mailer })
    const { directory, accounts, releases, signons } = app.newsroom
    const coalition = await directory.createCoalition('Red de Migrantes', 'red')
    const org = await directory.createOrganization('system', coalition, {
      name: 'Alianza Americas',
    })
    const user = await accounts.createUser({
      email: 'editor@example.org',
      name: 'Fernanda',
      password,
    })
    await accounts.addMember(user, org.id, 'editor')
    const session = await accounts.session(
      (await accounts.signIn('editor@example.org', password)).token,
    )
    assert.ok(session)
    const release = await releases.create(session.actor, {
      coalitionId: coalition,
      organizationId: org.id,
      slug,
      content: { versions: statementVersions },
    })
    releaseId = release.id
    const at = clock.now().toISOString()
    // Published directly: the publish gate is another feature's, tested there.
    await releaseRepository(store.db).setStatus(releaseId, 'published', at, at)
    await signons.setOpen(session.actor, releaseId, true)
    browser = await launchChromium()
  })
  after(async () => {
    await browser?.close()
    await server?.close()
    await mailer?.close()
    await smtp?.close()
    await store?.close()
  })

  it('signs on, confirms by e-mail, is approved and listed; no axe violations in either language', async () => {
    const checked: Record<string, string[]> = {}
    const context = await browser.newContext({ bypassCSP: true, locale: 'en-US' })
    const page = await context.newPage()
    page.setDefaultTimeout(90_000)
    const check = async (name: string) => {
      checked[name] = await axeViolations(page)
    }

    await page.goto(`${base}/es/releases/${slug}/sign`)
    assert.equal(
      await page.locator('h1').textContent(),
      'Adhesiones: Organizaciones piden proteger a las familias migrantes',
    )
    await check('sign page es')
    await page.getByRole('link', { name: 'English' }).click()
    assert.match(page.url(), /\/en\/releases\/protect-migrant-families\/sign$/)
    await check('sign page en')

    // A first try without consent: the browser's own check stops it; the server's is tested elsewhere.
    await page.locator('#signon-organization').fill('Casa de Maryland, Inc.')
    await page.locator('#signon-city').fill('Hyattsville')
    await page.locator('#signon-country').fill('USA')
    await page.locator('#signon-contactName').fill('Gustavo Torres')
    await page.locator('#signon-email').fill('gustavo@casamd.org')
    await page.locator('#signon-logoUrl').fill('http://casamd.org/logo.png')
    await page.getByLabel('List our organization publicly').check()
    clock.advance(10_000) // a person takes a while to fill a form
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Sign on' }).click(),
    ])
    assert.match(
      (await page.getByRole('alert').first().textContent()) ?? '',
      /Please correct the following/,
    )
    assert.equal(await page.locator('#signon-organization').inputValue(), 'Casa de Maryland, Inc.')
    await check('sign page with errors en')
    await page.locator('#signon-logoUrl').fill('')
    await page.getByLabel('List our organization publicly').check()
    clock.advance(10_000)
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Sign on' }).click(),
    ])
    assert.equal(await page.locator('h1').textContent(), 'Check your e-mail')
    await check('sent en')

    const mail = smtp.received.find((m) => m.to.includes('gustavo@casamd.org'))
    assert.ok(mail, 'the confirmation e-mail arrived')
    const link = signonLink(mail.raw, 'confirm')
    assert.ok(link?.startsWith(`${base}/en/releases/${slug}/sign/confirm?token=`))
    await page.goto(link ?? '')
    await check('confirm en')
    await Promise.all([
      page.waitForNavigation(),
      page.getByRole('button', { name: 'Confirm the sign-on' }).click(),
    ])
    assert.match((await page.getByRole('status').textContent()) ?? '', /your sign-on is confirmed/)
    await page.goto(`${base}/en/releases/${slug}/sign`)
    assert.equal(await page.locator('.signer-name').count(), 0, 'not listed before approval')

    // An editor approves it in the workspace.
    const editorContext = await browser.newContext({ bypassCSP: true, locale: 'en-US' })
    const workspace = await editorContext.newPage()
    workspace.setDefaultTimeout(90_000)
    await workspace.goto(`${base}/app/releases/${releaseId}/signons`)
    await workspace.getByLabel('E-mail').fill('editor@example.org')
    await workspace.getByLabel('Password').fill(password)
    await Promise.all([
      workspace.waitForNavigation(),
      workspace.getByRole('button', { name: 'Sign in' }).click(),
    ])
    assert.match(workspace.url(), new RegExp(`/app/releases/${releaseId}/signons$`))
    assert.match(
      (await workspace.locator('tbody').textContent()) ?? '',
      /Confirmed, awaiting moderation/,
    )
    checked['moderation en'] = await axeViolations(workspace)
    await Promise.all([
      workspace.waitForNavigation(),
      workspace.getByRole('button', { name: 'Approve' }).click(),
    ])
    assert.match((await workspace.locator('tbody').textContent()) ?? '', /Approved \(listed\)/)
    await workspace.goto(`${base}/app/releases/${releaseId}/signons?lang=es`)
    checked['moderation es'] = await axeViolations(workspace)

    for (const lang of ['en', 'es']) {
      await page.goto(`${base}/${lang}/releases/${slug}/sign`)
      assert.deepEqual(await page.locator('.signer-name').allTextContents(), [
        'Casa de Maryland, Inc.',
      ])
      await check(`listed ${lang}`)
    }
    assert.deepEqual(
      Object.entries(checked).filter(([, v]) => v.length > 0),
      [],
      'axe-core violations',
    )
  })
})
