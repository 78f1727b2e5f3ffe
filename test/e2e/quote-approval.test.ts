/**
 * Quote approval end to end in real headless Chromium (Debian's `chromium`, driven by
 * playwright-core; no browser is downloaded): the app served on 127.0.0.1, e-mail through a real
 * SMTP server on loopback. An editor opens the release's quotes page and e-mails an approval
 * link; the link is read out of the message the SMTP server received and opened in a browser
 * with no session; the person approves and chooses to appear by first name; the editor sees the
 * status change in the workspace. axe-core checks the quotes page and the approval pages.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import type { Browser, Page } from 'playwright-core'
import { createMailer } from '../../src/mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../src/mail/test-smtp-server.js'
import { approvalTokens } from '../../src/newsroom/quotes/test-quote-world.js'
import { type App, createApp } from '../../src/server/create-app.js'
import { accountRepository } from '../../src/store/index.js'
import { openTestStore } from '../../src/store/test-engines.js'
import { axeViolations, launchChromium, serveOnLoopback } from './chromium.js'

const fixture = new URL('../fixtures/01-alianza-americas-2021-06-10/', import.meta.url)
const password = 'a long demo password'

/** Serves a fresh app on 127.0.0.1 with the sample release as an approved draft. */
async function startNewsroom(smtp: TestSmtpServer) {
  const store = await openTestStore('sqlite')
  let app: App | undefined
  const server = await serveOnLoopback((request) => (app as App).fetch(request))
  const base = server.base
  const mailer = createMailer({ smtpUrl: smtp.url })
  app = createApp({ store, publicUrl: base, mailer })
  const { directory, accounts, releases } = app.newsroom
  const coalition = await directory.createCoalition('Red de Migrantes', 'red')
  const alianza = await directory.createOrganization('system', coalition, {
    name: 'Alianza Americas',
  })
  const presente = await directory.createOrganization('system', coalition, { name: 'Presente' })
  await directory.createPerson('system', alianza.id, {
    name: 'Óscar Chacón',
    titles: { en: 'Executive Director', es: 'Director Ejecutivo' },
    email: 'oscar@alianza.example',
  })
  await directory.createPerson('system', presente.id, {
    name: 'Matt Nelson',
    email: 'matt@presente.example',
  })
  const editor = await accounts.createUser({
    email: 'editor@example.org',
    name: 'Fernanda Durand',
    password,
  })
  await accounts.addMember(editor, alianza.id, 'editor')
  const actor = {
    userId: editor,
    name: 'Fernanda Durand',
    memberships: await accountRepository(store.db).memberships(editor),
  }
  const release = await releases.create(actor, {
    coalitionId: coalition,
    organizationId: alianza.id,
    coIssuerIds: [presente.id],
    slug: 'harris-visit',
    content: {
      versions: ['en', 'es'].map((lang) => ({
        lang,
        text: readFileSync(new URL(`${lang}.txt`, fixture), 'utf8'),
      })),
    },
  })
  return {
    base,
    releaseId: release.id,
    async close() {
      await server.close()
      await mailer.close()
      await store.close()
    },
  }
}

describe('quote approval in Chromium', { timeout: 300_000 }, () => {
  let smtp: TestSmtpServer
  let newsroom: Awaited<ReturnType<typeof startNewsroom>>
  let browser: Browser
  let page: Page
  const checked: Record<string, string[]> = {}
  const check = async (name: string, on: Page = page) => {
    checked[name] = await axeViolations(on)
  }
  const submit = async (on: Page, name: string, url: RegExp) => {
    await Promise.all([
      on.waitForNavigation({ waitUntil: 'load' }),
      on.getByRole('button', { name, exact: true }).first().click(),
    ])
    assert.match(on.url(), url, (await on.locator('main').textContent()) ?? '')
  }

  before(async () => {
    smtp = await startTestSmtpServer()
    newsroom = await startNewsroom(smtp)
    browser = await launchChromium()
    // The pages forbid inline scripts (CSP); axe is injected by the test, so CSP is bypassed.
    const context = await browser.newContext({ bypassCSP: true, locale: 'en-US' })
    page = await context.newPage()
    page.setDefaultTimeout(90_000)
  })
  after(async () => {
    await browser?.close()
    await newsroom?.close()
    await smtp?.close()
  })

  it('e-mails a link that approves the quote without an account, seen in the workspace', async () => {
    const quotesPage = `${newsroom.base}/app/releases/${newsroom.releaseId}/quotes`
    await page.goto(quotesPage)
    assert.match(page.url(), /\/app\/sign-in\?next=/)
    await page.getByLabel('E-mail').fill('editor@example.org')
    await page.getByLabel('Password').fill(password)
    await submit(page, 'Sign in', /\/quotes$/)
    assert.equal(await page.locator('h1').textContent(), 'Quotes and approvals')
    assert.equal(await page.locator('.approval-none').count(), 3)
    await check('quotes page')

    const sentBefore = smtp.received.length
    await submit(page, 'E-mail an approval link', /\/quotes\?done=requested$/)
    assert.equal(await page.locator('.approval-requested').count(), 1)
    assert.equal(smtp.received.length, sentBefore + 1)
    const mail = smtp.received.at(-1)
    assert.deepEqual(mail?.to, ['oscar@alianza.example'])
    const link = `${newsroom.base}/approve/${approvalTokens(mail?.raw ?? '')[0]}`

    // The person opens the link in a browser of their own: no session, Spanish preferred.
    const theirs = await browser.newContext({ bypassCSP: true, locale: 'es-ES' })
    const person = await theirs.newPage()
    person.setDefaultTimeout(90_000)
    await person.goto(link)
    assert.equal(await person.locator('html').getAttribute('lang'), 'es')
    assert.equal(await person.locator('h1').textContent(), 'Apruebe su cita')
    assert.match(
      (await person.locator('blockquote[lang="en"]').textContent()) ?? '',
      /^Irrespective of the economic/,
    )
    assert.match(
      (await person.locator('blockquote[lang="es"]').textContent()) ?? '',
      /^Independientemente de la estrategia/,
    )
    assert.equal(await person.locator('mark').count(), 2)
    await check('approval page (es)', person)
    await person.getByRole('link', { name: 'English' }).click()
    await person.waitForURL(/\?lang=en$/)
    await check('approval page (en)', person)

    await person.getByLabel('I approve this quote, in every language shown').check()
    await person.getByLabel('My first name only').check()
    await submit(person, 'Send my answer', /\/approve\//)
    assert.match(
      (await person.getByRole('status').textContent()) ?? '',
      /Your approval is recorded/,
    )
    await check('approval done', person)

    await person.goto(link)
    assert.match((await person.getByRole('alert').textContent()) ?? '', /ya se respondió/)
    await check('approval refused', person)
    await theirs.close()

    await page.goto(quotesPage)
    assert.equal(await page.locator('.approval-approved').count(), 1)
    assert.match((await page.locator('main').textContent()) ?? '', /First name only, with title/)
  })

  it('finds no accessibility violations on any page it visited', () => {
    assert.ok(Object.keys(checked).length >= 5)
    assert.deepEqual(
      Object.entries(checked).filter(([, v]) => v.length > 0),
      [],
    )
  })
})
