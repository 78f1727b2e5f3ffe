/**
 * The newsroom end to end in real headless Chromium (Debian's `chromium`, driven by
 * playwright-core; no browser is downloaded): the app served on 127.0.0.1 over a fresh store, a
 * seeded editor signs in, imports the Alianza Americas release file through the form, moves it
 * through review, approval and publication, edits it and reads the diff, and opens the public
 * English and Spanish pages. axe-core checks every page on the way, workspace and public.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { fileURLToPath } from 'node:url'
import type { Browser, Page } from 'playwright-core'
import { type App, createApp } from '../../src/server/create-app.js'
import type { Store, StoreEngine } from '../../src/store/index.js'
import { openTestStore } from '../../src/store/test-engines.js'
import { axeViolations, launchChromium, serveOnLoopback } from './chromium.js'

const fixture = fileURLToPath(
  new URL('../fixtures/01-alianza-americas-2021-06-10/release.txt', import.meta.url),
)
const headlineEn =
  'Communities and grassroots organizations are key to avoid repeating the mistakes of past U.S. efforts in Guatemala and Mexico'
const headlineEs =
  'Las comunidades y las organizaciones de base son clave para evitar que se repitan los errores de esfuerzos previos de EE. UU. en Guatemala y México'
const password = 'a long demo password'

/** Serves a fresh app on 127.0.0.1, on a free port, with one coalition and one editor. */
async function startNewsroom(engine: StoreEngine) {
  const store: Store = await openTestStore(engine)
  let app: App | undefined
  const server = await serveOnLoopback((request) => (app as App).fetch(request))
  const base = server.base
  app = createApp({ store, publicUrl: base })
  const { directory, accounts } = app.newsroom
  const coalition = await directory.createCoalition('Red de Migrantes', 'red')
  const alianza = await directory.createOrganization('system', coalition, {
    name: 'Alianza Americas',
  })
  await directory.createOrganization('system', coalition, { name: 'Presente' })
  const editor = await accounts.createUser({
    email: 'editor@example.org',
    name: 'Fernanda Durand',
    password,
  })
  // An admin: publishing this release needs an override (its quotes were never approved).
  await accounts.addMember(editor, alianza.id, 'admin')
  return {
    base,
    async close() {
      await server.close()
      await store.close()
    },
  }
}

// One engine in the browser: the pages' SQLite and PostgreSQL paths are covered in process by
// src/server/app-pages.test.ts; a second Chromium run would double the suite's slowest test.
for (const engine of ['sqlite'] as const) {
  describe(`the newsroom in Chromium on ${engine}`, { timeout: 300_000 }, () => {
    let newsroom: Awaited<ReturnType<typeof startNewsroom>>
    let browser: Browser
    let page: Page
    const checked: Record<string, string[]> = {}
    const check = async (name: string) => {
      checked[name] = await axeViolations(page)
    }
    /** Clicks a form's button and waits for the page it leads to; the message shows that page. */
    const submit = async (name: string, url: RegExp) => {
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.getByRole('button', { name, exact: true }).click(),
      ])
      assert.match(page.url(), url, (await page.locator('main').textContent()) ?? '')
    }

    before(async () => {
      newsroom = await startNewsroom(engine)
      browser = await launchChromium()
      // The pages forbid inline scripts (CSP); axe is injected by the test, so CSP is bypassed.
      const context = await browser.newContext({ bypassCSP: true, locale: 'en-US' })
      page = await context.newPage()
      // A loaded two-core machine can take seconds per step; a slow step is not a failure here.
      page.setDefaultTimeout(90_000)
    })
    after(async () => {
      await browser?.close()
      await newsroom?.close()
    })

    it('signs in, imports, reviews, approves and publishes a release, then reads both languages', async () => {
      await page.goto(`${newsroom.base}/app`)
      assert.match(page.url(), /\/app\/sign-in\?next=%2Fapp$/)
      await check('sign-in')
      await page.getByLabel('E-mail').fill('editor@example.org')
      await page.getByLabel('Password').fill('not the password')
      await submit('Sign in', /\/app\/sign-in$/)
      assert.match(
        (await page.getByRole('alert').textContent()) ?? '',
        /The e-mail or the password is not right/,
      )
      await check('sign-in refused')
      await page.getByLabel('Password').fill(password)
      await submit('Sign in', /\/app$/)
      assert.equal(await page.locator('h1').textContent(), 'Releases')
      await check('dashboard (empty)')

      await page.getByRole('link', { name: 'Import a release' }).first().click()
      await page.waitForURL(/\/app\/releases\/new$/)
      await check('import')
      await page.getByLabel('Presente').check()
      await page.getByLabel('Release file').setInputFiles(fixture)
      await submit('Import as a draft', /\/app\/releases\/[0-9a-f-]+\?done=imported$/)
      assert.equal(await page.locator('h1').textContent(), headlineEn)
      assert.match(
        (await page.locator('section.version[lang="es"]').textContent()) ?? '',
        /Las comunidades/,
      )
      assert.match(
        (await page.locator('section.version[lang="en"]').textContent()) ?? '',
        /CHICAGO – While/,
      )
      await check('release (draft)')

      for (const [button, status] of [
        ['Send to review', 'In review'],
        ['Approve', 'Approved'],
      ] as const) {
        await submit(button, /done=moved$/)
        assert.equal(await page.locator('.facts .status').textContent(), status)
      }
      // The publish gate: nobody quoted has approved, and Presente has not signed off.
      await submit('Publish', /\/status$/)
      assert.match(
        (await page.getByRole('alert').textContent()) ?? '',
        /cannot be published yet.*not approved/s,
      )
      assert.equal(await page.locator('.facts .status').textContent(), 'Approved')
      await check('release (publication refused)')
      await page.getByRole('link', { name: 'Quotes and approvals' }).click()
      await page.waitForURL(/\/quotes$/)
      await check('quotes')
      await page.getByLabel('Reason').fill('The spokespeople approved by phone; see the thread.')
      await submit('Publish with this reason', /done=moved$/)
      assert.equal(await page.locator('.facts .status').textContent(), 'Published')
      await check('release (published)')

      await page.getByText('Edit the text').click()
      const english = page.locator('textarea[lang="en"]')
      await english.fill(
        ((await english.inputValue()) ?? '').replace('CHICAGO – While', 'CHICAGO – As'),
      )
      await page.getByLabel('What changed (optional)').fill('a softer opening')
      await submit('Save a new revision', /done=saved$/)
      await page.getByRole('link', { name: 'Changes from revision 1' }).click()
      assert.equal((await page.locator('ins').first().textContent()) ?? '', '[added: As]')
      await check('diff')

      await page.goto(`${newsroom.base}/app?lang=es`)
      assert.equal(await page.locator('html').getAttribute('lang'), 'es')
      assert.equal(await page.locator('h1').textContent(), 'Comunicados')
      assert.equal(await page.getByRole('link', { name: headlineEs }).count(), 1)
      assert.match((await page.locator('tbody').textContent()) ?? '', /Publicado/)
      await check('dashboard (es)')

      await page.getByRole('link', { name: headlineEs }).click()
      await page.waitForURL(/\/app\/releases\/[0-9a-f-]+$/)
      const links = page.locator('a[hreflang]').filter({ hasText: /^Página en/ })
      const targets = Object.fromEntries(
        await Promise.all(
          (await links.all()).map(async (l) => [
            await l.getAttribute('hreflang'),
            await l.getAttribute('href'),
          ]),
        ),
      ) as Record<string, string>
      assert.match(targets.en ?? '', /^\/en\/releases\/communities-and-grassroots/)
      assert.match(targets.es ?? '', /^\/es\/releases\/communities-and-grassroots/)

      // The public pages of both languages, as a journalist reads them (no session needed).
      const reader = await browser.newContext({ bypassCSP: true })
      const publicPage = await reader.newPage()
      for (const [lang, headline] of [
        ['en', headlineEn],
        ['es', headlineEs],
      ] as const) {
        const response = await publicPage.goto(`${newsroom.base}${targets[lang]}`)
        assert.equal(response?.status(), 200, `the ${lang} public page`)
        assert.equal(await publicPage.locator('html').getAttribute('lang'), lang)
        assert.equal(((await publicPage.locator('h1').textContent()) ?? '').trim(), headline)
        assert.match(
          (await publicPage.locator('main').textContent()) ?? '',
          lang === 'en' ? /CHICAGO – As/ : /CHICAGO/,
        )
        checked[`public ${lang}`] = await axeViolations(publicPage)
      }
      await reader.close()

      assert.equal(Object.keys(checked).length, 12, 'axe ran on every page visited')
      assert.deepEqual(checked, Object.fromEntries(Object.keys(checked).map((k) => [k, []])))
    })
  })
}
