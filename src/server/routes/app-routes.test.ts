import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { testEngines } from '../../store/test-engines.js'
import { refusalSentence } from '../../web/app/refusal-message.js'
import { translator } from '../../web/app/ui-strings.js'
import { createTestWorld, type TestClient, type TestWorld } from '../test-app.js'

// biome-ignore lint/suspicious/noExplicitAny: API bodies of any shape, read by tests
async function json(response: Response): Promise<any> {
  return response.json()
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

const es = { lang: 'es' as const, t: translator('es') }
const versions = [
  { lang: 'en', text: 'Coalition calls for protection\n\nThe coalition asks for protection.' },
  { lang: 'es', text: 'La coalición pide protección\n\nLa coalición pide protección.' },
]

for (const engine of testEngines) {
  describe(`workspace refusals in the interface language (${engine})`, () => {
    let world: TestWorld
    let editor: TestClient
    let viewer: TestClient
    let id: string

    async function create(slug: string, content = versions): Promise<Response> {
      return editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
        organizationId: world.orgA,
        slug,
        versions: content,
      })
    }

    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
      viewer = await world.signIn('viewer-a')
      id = (await json(await create('refusals'))).release.id
    })
    after(async () => {
      await world.close()
    })

    it('says a refusal met outside a form (the error page) in Spanish', async () => {
      const page = await editor.request('GET', '/app/releases/no-such-release?lang=es')
      assert.equal(page.status, 404)
      assert.match(await page.text(), /No existe ese comunicado, o no puede verlo\./)
    })

    it('says a status step the machine refuses in Spanish; the API keeps English and 409', async () => {
      const page = await editor.request(
        'POST',
        `/app/releases/${id}/status?lang=es`,
        form({ status: 'published', revision: '1' }),
      )
      assert.equal(page.status, 409)
      const html = await page.text()
      assert.match(
        html,
        /Eso no se pudo hacer ahora: un comunicado no puede pasar de «borrador» a «publicado»/,
      )
      assert.doesNotMatch(html, /cannot go from/)
      const api = await editor.request('POST', `/api/releases/${id}/status`, {
        status: 'published',
      })
      assert.equal(api.status, 409)
      const body = await json(api)
      assert.equal(body.error.id, 'conflict')
      assert.equal(body.error.message, 'a release cannot go from draft to published')
      assert.equal(body.error.details.reason, 'release-status-step')
    })

    it('says a stale revision on the status form in Spanish, and moves nothing', async () => {
      const page = await editor.request(
        'POST',
        `/app/releases/${id}/status?lang=es`,
        form({ status: 'in-review', revision: '0' }),
      )
      assert.equal(page.status, 409)
      assert.match(
        await page.text(),
        /el comunicado cambió desde que lo cargó \(ahora es la revisión 1\); vuelva a leerlo/,
      )
      const release = await json(await editor.request('GET', `/api/releases/${id}`))
      assert.equal(release.release.status, 'draft')
    })

    it('says an unknown status in Spanish (422)', async () => {
      const page = await editor.request(
        'POST',
        `/app/releases/${id}/status?lang=es`,
        form({ status: 'gone', revision: '1' }),
      )
      assert.equal(page.status, 422)
      assert.match(await page.text(), /Eso no se aceptó: «gone» no es un estado de comunicado/)
    })

    it('says a stale save in Spanish and keeps the unsaved text; the API answers English', async () => {
      const other = (await json(await create('stale-save'))).release.id
      const saved = await editor.request('PUT', `/api/releases/${other}`, {
        baseRevision: 1,
        versions,
      })
      assert.equal(saved.status, 200)
      const page = await editor.request(
        'POST',
        `/app/releases/${other}/save?lang=es`,
        form({ baseRevision: '1', 'text-en': 'My unsaved words', 'text-es': 'Mis palabras' }),
      )
      assert.equal(page.status, 409)
      const html = await page.text()
      assert.match(html, /Eso no se pudo hacer ahora: el comunicado cambió desde que lo cargó/)
      assert.match(html, /ahora es la revisión 2/)
      assert.match(html, /My unsaved words/)
      const api = await editor.request('PUT', `/api/releases/${other}`, {
        baseRevision: 1,
        versions,
      })
      assert.equal(api.status, 409)
      const body = await json(api)
      assert.equal(body.error.details.reason, 'release-stale')
      assert.equal(body.error.details.currentRevision, 2)
      assert.doesNotMatch(body.error.message, /revisión/)
    })

    it('says a forbidden change in Spanish (403); the API answers English', async () => {
      const page = await viewer.request(
        'POST',
        `/app/releases/${id}/status?lang=es`,
        form({ status: 'in-review', revision: '1' }),
      )
      assert.equal(page.status, 403)
      assert.match(
        await page.text(),
        /Solo los editores de una organización coemisora pueden cambiar este comunicado\./,
      )
      const api = await viewer.request('POST', `/api/releases/${id}/status`, {
        status: 'in-review',
      })
      assert.equal(api.status, 403)
      const body = await json(api)
      assert.equal(
        body.error.message,
        'only editors of a co-issuing organization can change this release',
      )
    })

    it('gives invalid content and a taken slug a reason the workspace says in Spanish', async () => {
      const cases: [Response, number, string, RegExp][] = [
        [
          await create('bad-tag', [{ lang: 'EN!', text: 'x' }]),
          422,
          'release-lang-tag',
          /Eso no se aceptó: «EN!» no es una etiqueta de idioma como en o es/,
        ],
        [
          await create('twice', [versions[0], versions[0]] as typeof versions),
          422,
          'release-lang-twice',
          /Eso no se aceptó: la versión en inglés aparece dos veces/,
        ],
        [
          await create('refusals'),
          409,
          'release-slug-taken',
          /otro comunicado ya tiene esta dirección \(slug\)/,
        ],
      ]
      for (const [response, status, reason, spanish] of cases) {
        assert.equal(response.status, status, reason)
        const { error } = await json(response)
        assert.equal(error.details?.reason, reason)
        // The API keeps the English message; the workspace says the reason in Spanish.
        assert.doesNotMatch(error.message, /[«»]|versión|comunicado/, reason)
        assert.match(refusalSentence(es, error), spanish, reason)
      }
    })
  })
}
