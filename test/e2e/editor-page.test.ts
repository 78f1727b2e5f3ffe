/**
 * The editor's page, bundle and stylesheet over HTTP on both engines (in process, no browser):
 * who may open the page, its Content-Security-Policy (own script by nonce, calls to itself only),
 * the two labelled panes in the interface language, and the bundle served from dist or built in
 * memory.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { createTestWorld, type TestClient, type TestWorld } from '../../src/server/test-app.js'
import { testEngines } from '../../src/store/test-engines.js'

const fixture = (name: string) =>
  readFileSync(
    new URL(`../fixtures/01-alianza-americas-2021-06-10/${name}`, import.meta.url),
    'utf8',
  )

for (const engine of testEngines) {
  describe(`the editor page on ${engine}`, () => {
    let world: TestWorld
    let editor: TestClient
    let id: string
    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
      const created = await editor.request(
        'POST',
        `/api/coalitions/${world.coalitionId}/releases`,
        {
          organizationId: world.orgA,
          versions: [
            { lang: 'en', text: fixture('en.txt') },
            { lang: 'es', text: fixture('es.txt') },
          ],
        },
      )
      id = ((await created.json()) as { release: { id: string } }).release.id
    })
    after(() => world.close())

    it('serves the page with its own script allowed by nonce, and calls to itself only', async () => {
      const response = await editor.request('GET', `/app/releases/${id}/edit`)
      assert.equal(response.status, 200)
      const policy = response.headers.get('content-security-policy') ?? ''
      const nonce = /'nonce-([^']+)'/.exec(policy)?.[1] ?? ''
      assert.ok(nonce.length >= 16, policy)
      assert.match(policy, /script-src 'self' 'nonce-/)
      assert.match(policy, /connect-src 'self'/)
      assert.match(policy, /default-src 'none'/)
      assert.doesNotMatch(policy, /unsafe/)
      const html = await response.text()
      assert.ok(
        html.includes(`<script type="module" src="/app/editor/editor.js" nonce="${nonce}">`),
      )
      assert.ok(html.includes(`data-nonce="${nonce}"`))
      assert.match(html, /<h2 id="pane-title-en">English version<\/h2>/)
      assert.match(html, /<h2 id="pane-title-es">Spanish version<\/h2>/)
      assert.match(html, new RegExp(`data-csrf="${editor.csrfToken}"`))
      assert.doesNotMatch(html, /<script>/)
      const second = await editor.request('GET', `/app/releases/${id}/edit`)
      assert.notEqual(
        /'nonce-([^']+)'/.exec(second.headers.get('content-security-policy') ?? '')?.[1],
        nonce,
      )
    })

    it('speaks Spanish when asked', async () => {
      const html = await (await editor.request('GET', `/app/releases/${id}/edit?lang=es`)).text()
      assert.match(html, /<html lang="es">/)
      assert.match(html, /Versión en inglés/)
      assert.match(html, /data-label="Texto de la versión en español"/)
    })

    it('sends a visitor to sign in, and answers a release of another coalition as missing', async () => {
      const anonymous = await world.anonymous().request('GET', `/app/releases/${id}/edit`)
      assert.equal(anonymous.status, 303)
      assert.match(anonymous.headers.get('location') ?? '', /^\/app\/sign-in\?next=/)
      const stranger = await world.signIn('editor-other')
      const refused = await stranger.request('GET', `/app/releases/${id}/edit`)
      assert.equal(refused.status, 404)
      assert.match(refused.headers.get('content-type') ?? '', /text\/html/)
      const missing = await editor.request('GET', '/app/releases/no-such-release/edit')
      assert.equal(missing.status, 404)
    })

    it('serves the bundle and the stylesheet', async () => {
      const bundle = await world.anonymous().request('GET', '/app/editor/editor.js')
      assert.equal(bundle.status, 200)
      assert.match(bundle.headers.get('content-type') ?? '', /text\/javascript/)
      assert.match(bundle.headers.get('x-bundle-origin') ?? '', /^(dist|memory)$/)
      const code = await bundle.text()
      assert.ok(code.includes('comunicadoEditorReady'))
      assert.ok(code.length > 100_000)
      const css = await world.anonymous().request('GET', '/app/editor/editor.css')
      assert.match(css.headers.get('content-type') ?? '', /text\/css/)
      assert.match(await css.text(), /\.cm-outdated/)
    })

    it('shows quote approval statuses to editors and none to viewers', async () => {
      const forEditor = (await (
        await editor.request('GET', `/api/releases/${id}/editor`)
      ).json()) as {
        quoteStatuses: { lang: string; status: string }[] | null
      }
      assert.ok(Array.isArray(forEditor.quoteStatuses))
      assert.ok(forEditor.quoteStatuses.some((q) => q.lang === 'es'))
      const viewer = await world.signIn('viewer-a')
      const forViewer = (await (
        await viewer.request('GET', `/api/releases/${id}/editor`)
      ).json()) as {
        quoteStatuses: unknown
        state: { canEdit: boolean }
      }
      assert.equal(forViewer.quoteStatuses, null)
      assert.equal(forViewer.state.canEdit, false)
    })
  })
}
