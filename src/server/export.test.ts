import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { parseRelease, readSource } from '../parse/index.js'
import { testEngines } from '../store/test-engines.js'
import { createTestWorld, type TestClient, type TestWorld } from './test-app.js'

const releaseText = readFileSync(
  new URL('../../test/fixtures/01-alianza-americas-2021-06-10/release.txt', import.meta.url),
  'utf8',
)
const enHeadline =
  'Communities and grassroots organizations are key to avoid repeating the mistakes of past U.S. efforts in Guatemala and Mexico'
const esHeadline =
  'Las comunidades y las organizaciones de base son clave para evitar que se repitan los errores de esfuerzos previos de EE. UU. en Guatemala y México'

for (const engine of testEngines) {
  describe(`export on ${engine}`, () => {
    let world: TestWorld
    let editor: TestClient
    let id: string
    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
      const form = new FormData()
      form.set('organizationId', world.orgA)
      form.set('file', new File([releaseText], 'release.txt'))
      const response = await editor.request(
        'POST',
        `/api/coalitions/${world.coalitionId}/releases/import`,
        form,
      )
      id = ((await response.json()) as { release: { id: string } }).release.id
    })
    after(() => world.close())

    it('exports wire copy with both versions in order', async () => {
      const response = await editor.request('GET', `/api/releases/${id}/export?format=text`)
      assert.equal(response.status, 200)
      assert.match(
        response.headers.get('content-disposition') ?? '',
        /attachment; filename=".+\.txt"/,
      )
      const text = await response.text()
      assert.ok(
        text.indexOf(enHeadline) >= 0 && text.indexOf(esHeadline) > text.indexOf(enHeadline),
      )
      assert.match(text, /^###$/m)
    })

    it('exports an HTML document with each version in its language', async () => {
      const text = await (
        await editor.request('GET', `/api/releases/${id}/export?format=html`)
      ).text()
      assert.match(text, /<article[^>]*lang="en"/)
      assert.match(text, /<article[^>]*lang="es"/)
      assert.ok(text.includes('México'))
    })

    it('exports a DOCX that the reader reads back into both versions', async () => {
      const response = await editor.request('GET', `/api/releases/${id}/export?format=docx`)
      assert.equal(response.status, 200)
      const bytes = new Uint8Array(await response.arrayBuffer())
      const release = parseRelease([await readSource(bytes, 'export.docx')])
      assert.deepEqual(
        release.versions.map((v) => v.lang),
        ['en', 'es'],
      )
      assert.equal(release.versions[0]?.headline?.text, enHeadline)
      assert.equal(release.versions[1]?.headline?.text, esHeadline)
    })

    it('refuses an unknown format, and hides the draft from outsiders', async () => {
      assert.equal(
        (await editor.request('GET', `/api/releases/${id}/export?format=pdf`)).status,
        400,
      )
      const outsider = await world.signIn('editor-other')
      assert.equal(
        (await outsider.request('GET', `/api/releases/${id}/export?format=text`)).status,
        404,
      )
    })
  })
}
