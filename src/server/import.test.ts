import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { testEngines } from '../store/test-engines.js'
import { createTestWorld, type TestClient, type TestWorld } from './test-app.js'

const releaseFile = new URL(
  '../../test/fixtures/01-alianza-americas-2021-06-10/release.txt',
  import.meta.url,
)

function upload(
  client: TestClient,
  world: TestWorld,
  name: string,
  bytes: Uint8Array | string,
  organizationId = world.orgA,
) {
  const form = new FormData()
  form.set('organizationId', organizationId)
  form.set('file', new File([bytes as unknown as BlobPart], name))
  return client.request('POST', `/api/coalitions/${world.coalitionId}/releases/import`, form)
}

for (const engine of testEngines) {
  describe(`import on ${engine}`, () => {
    let world: TestWorld
    let editor: TestClient
    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
    })
    after(() => world.close())

    it('splits a one-file bilingual release into its English and Spanish versions, dropping no text', async () => {
      const text = readFileSync(releaseFile, 'utf8')
      const response = await upload(editor, world, 'release.txt', text)
      assert.equal(response.status, 201, await response.clone().text())
      const { release } = (await response.json()) as {
        release: {
          slug: string
          status: string
          content: { versions: { lang: string; text: string }[] }
        }
      }
      assert.deepEqual(
        release.content.versions.map((v) => v.lang),
        ['en', 'es'],
      )
      assert.equal(release.status, 'draft')
      assert.match(release.slug, /^communities-and-grassroots/)
      const [en, es] = release.content.versions
      assert.ok(en?.text.startsWith('June 10, 2021'))
      assert.ok(es?.text.startsWith('10 de junio de 2021'))
      const letters = (s: string) => s.replace(/\s+/g, '')
      assert.equal(letters((en?.text ?? '') + (es?.text ?? '')), letters(text))
    })

    it('numbers the slug of a second import of the same release', async () => {
      const response = await upload(editor, world, 'release.txt', readFileSync(releaseFile, 'utf8'))
      assert.equal(response.status, 201)
      const { release } = (await response.json()) as { release: { slug: string } }
      assert.match(release.slug, /-2$/)
    })

    it('refuses an empty file, a binary file and an unknown language clearly', async () => {
      const cases: [string, Uint8Array | string, RegExp][] = [
        ['empty.txt', '', /empty/i],
        [
          'image.txt',
          new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2]),
          /binary|not text|NUL/i,
        ],
        [
          'french.txt',
          'Le gouvernement a annoncé aujourd’hui une nouvelle politique pour les travailleurs migrants et leurs familles dans tout le pays.',
          /language|langue|supported/i,
        ],
      ]
      for (const [name, bytes, message] of cases) {
        const response = await upload(editor, world, name, bytes)
        assert.equal(response.status, 422, name)
        const body = (await response.json()) as { error: { message: string } }
        assert.match(body.error.message, message, name)
      }
    })

    it('refuses an import without a file or by a viewer', async () => {
      const form = new FormData()
      form.set('organizationId', world.orgA)
      const none = await editor.request(
        'POST',
        `/api/coalitions/${world.coalitionId}/releases/import`,
        form,
      )
      assert.equal(none.status, 422)
      const viewer = await world.signIn('viewer-a')
      assert.equal(
        (await upload(viewer, world, 'release.txt', 'June 10, 2021\n\nHello world headline'))
          .status,
        403,
      )
    })
  })
}
