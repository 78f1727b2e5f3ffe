/**
 * Test support for the editor's browser tests and benchmark: the app served on 127.0.0.1 over a
 * fresh store with a coalition like the demo's (two organizations, an editor of each, the 2021
 * Alianza Americas release as a draft co-issued by both, defects and all), and browser contexts
 * signed in as one of the editors. Chromium itself is launched by ./chromium.ts.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext } from 'playwright-core'
import { importReleaseFile } from '../../src/newsroom/import-release.js'
import { type App, createApp } from '../../src/server/create-app.js'
import type { StoreEngine } from '../../src/store/index.js'
import { openTestStore } from '../../src/store/test-engines.js'
import { serveOnLoopback } from './chromium.js'

const demoFile = fileURLToPath(
  new URL('../fixtures/01-alianza-americas-2021-06-10/release.txt', import.meta.url),
)

/** The seeded editors' password. */
export const password = 'a long editor password'

/** The seeded editors: one of each co-issuing organization. */
export const editors = ['fernanda@example.org', 'nancy@example.org'] as const

/** The served demo newsroom. */
export interface EditorWorld {
  base: string
  app: App
  releaseId: string
  /** The editor page of the demo release. */
  editorUrl: string
  /** A new browser context signed in as `email` (one of {@link editors}). */
  signedIn(
    browser: Browser,
    email: string,
    options?: { locale?: string; bypassCSP?: boolean },
  ): Promise<BrowserContext>
  close(): Promise<void>
}

/** Serves a fresh app with the seeded coalition and release (`releaseFile`, both languages) on 127.0.0.1. */
export async function startEditorWorld(
  engine: StoreEngine = 'sqlite',
  releaseFile: string = demoFile,
): Promise<EditorWorld> {
  const store = await openTestStore(engine)
  let app: App | undefined
  const server = await serveOnLoopback((request) => (app as App).fetch(request))
  const base = server.base
  app = createApp({ store, publicUrl: base })
  const { directory, accounts, releases } = app.newsroom
  const coalitionId = await directory.createCoalition('Migrant Rights Coalition', 'demo')
  const orgs = [
    await directory.createOrganization('system', coalitionId, { name: 'Alianza Americas' }),
    await directory.createOrganization('system', coalitionId, { name: 'Presente.org' }),
  ]
  for (const [k, email] of editors.entries()) {
    const id = await accounts.createUser({ email, name: email.split('@')[0] ?? email, password })
    await accounts.addMember(id, orgs[k]?.id ?? '', 'editor')
  }
  const grant = await accounts.signIn(editors[0], password)
  const session = await accounts.session(grant.token)
  if (!session) throw new Error('the seeded editor could not sign in')
  const imported = await importReleaseFile(new Uint8Array(readFileSync(releaseFile)), 'release.txt')
  const release = await releases.create(session.actor, {
    coalitionId,
    organizationId: orgs[0]?.id ?? '',
    coIssuerIds: [orgs[1]?.id ?? ''],
    slug: 'demo-release',
    content: imported.content,
  })
  const served = app
  return {
    base,
    app: served,
    releaseId: release.id,
    editorUrl: `${base}/app/releases/${release.id}/edit`,
    async signedIn(browser, email, options = {}) {
      const context = await browser.newContext({
        locale: options.locale ?? 'en-US',
        // Only for tests that inject axe-core; the editor itself runs under its own policy.
        bypassCSP: options.bypassCSP ?? false,
      })
      const response = await context.request.post(`${base}/api/session`, {
        data: { email, password },
      })
      if (response.status() !== 200) throw new Error(`sign-in of ${email}: ${response.status()}`)
      return context
    },
    async close() {
      await server.close()
      await store.close()
    },
  }
}
