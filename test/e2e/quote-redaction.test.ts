/**
 * Spokesperson safety across every public surface: a release quoting Óscar Chacón (who chose, on
 * his approval link, to appear as a description without title) and Matt Nelson (first name only)
 * is approved, signed off and published; then every public document — the language chooser, the
 * /en/ and /es/ indexes, release and organization pages (with their JSON-LD), every RSS, Atom and
 * JSON feed, the sitemap, robots.txt — is fetched through the app, and the static export is
 * written with `exportNewsroom` (what `comunicado export` runs). No surface may hold either full
 * name, in either language; the workspace still shows who they are.
 */
import assert from 'node:assert/strict'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { exportNewsroom } from '../../src/cli/commands/export.js'
import { createMailer } from '../../src/mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../src/mail/test-smtp-server.js'
import { decodedBody } from '../../src/newsroom/distribution/outbox-test-world.js'
import { startOutboxWorker } from '../../src/newsroom/distribution/outbox-worker.js'
import { approvalTokens, sampleVersions } from '../../src/newsroom/quotes/test-quote-world.js'
import { createTestWorld, type TestClient, type TestWorld } from '../../src/server/test-app.js'
import { testEngines } from '../../src/store/test-engines.js'
import { createPublicSite, listPublicDocuments } from '../../src/web/public/index.js'

const publicUrl = 'http://newsroom.test'

/** Folded text: accents, case and the HTML entities of accented letters do not hide a name. */
function folded(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/\\u([0-9a-f]{4})/gi, (_m, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

const forbidden = ['chacon', 'nelson']

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) out.push(...(await filesUnder(path)))
    else out.push(path)
  }
  return out
}

for (const engine of testEngines) {
  describe(`a redacted spokesperson on every public surface (${engine})`, () => {
    let smtp: TestSmtpServer
    let world: TestWorld
    let releaseId: string
    let paths: string[] = []
    let editor: TestClient
    let editorB: TestClient

    async function answer(key: string, fields: Record<string, string>): Promise<void> {
      const sent = await editor.request(
        'POST',
        `/api/releases/${releaseId}/quotes/${key}/approval-requests`,
      )
      assert.equal(sent.status, 201)
      const token = approvalTokens(smtp.received.at(-1)?.raw ?? '')[0]
      assert.ok(token)
      const form = new FormData()
      for (const [k, v] of Object.entries({ decision: 'approve', ...fields })) form.set(k, v)
      const done = await world.anonymous().request('POST', `/approve/${token}`, form)
      assert.equal(done.status, 200)
    }

    before(async () => {
      smtp = await startTestSmtpServer()
      world = await createTestWorld(engine, { mailer: createMailer({ smtpUrl: smtp.url }) })
      const { directory } = world.app.newsroom
      await directory.createPerson('system', world.orgA, {
        name: 'Óscar Chacón',
        titles: { en: 'Executive Director', es: 'Director Ejecutivo' },
        email: 'oscar@alianza.example',
      })
      await directory.createPerson('system', world.orgB, {
        name: 'Matt Nelson',
        email: 'matt@presente.example',
      })
      editor = await world.signIn('editor-a')
      editorB = await world.signIn('editor-b')
      const created = await editor.request(
        'POST',
        `/api/coalitions/${world.coalitionId}/releases`,
        {
          organizationId: world.orgA,
          coIssuerIds: [world.orgB],
          slug: 'harris-visit',
          versions: sampleVersions(),
        },
      )
      releaseId = ((await created.json()) as { release: { id: string } }).release.id
      for (const status of ['in-review', 'approved'])
        await editor.request('POST', `/api/releases/${releaseId}/status`, { status })
    })
    after(async () => {
      await world.close()
      await smtp.close()
    })

    it('names both speakers in the public text before any choice (the check can fail)', async () => {
      const { newsroom } = world.app
      const view = (await newsroom.releases.published(world.coalitionId))[0]
      assert.equal(view, undefined, 'nothing is public yet')
      const grant = await newsroom.accounts.signIn('editor-a@example.org', world.password)
      const actor = (await newsroom.accounts.session(grant.token))?.actor ?? null
      const { content } = await newsroom.quotes.publicContent(
        await newsroom.releases.get(actor, releaseId),
      )
      for (const v of content.versions)
        for (const name of forbidden) assert.ok(folded(v.text).includes(name), `${v.lang}: ${name}`)
    })

    it('publishes the release once every quote is approved with the chosen appearances', async () => {
      await answer('chacon-1', {
        mode: 'description',
        'description-en': 'a father of three from El Salvador',
        'description-es': 'un padre de tres hijos de El Salvador',
      })
      await answer('chacon-2', {})
      await answer('nelson-1', { mode: 'first', showTitle: '1' })
      const a = editor
      const b = editorB
      await a.request('POST', `/api/releases/${releaseId}/signoffs`, { organizationId: world.orgA })
      await b.request('POST', `/api/releases/${releaseId}/signoffs`, { organizationId: world.orgB })
      const published = await a.request('POST', `/api/releases/${releaseId}/status`, {
        status: 'published',
      })
      assert.equal(published.status, 200, await published.clone().text())
    })

    it('shows the description and the first name on the release pages', async () => {
      // The words as read (the page marks the speaker's part of an attribution with <cite>).
      const words = async (path: string) =>
        (await (await world.app.request(path)).text()).replace(/<(?!script)[^>]+>/g, '')
      const en = await words('/en/releases/harris-visit/')
      const es = await words('/es/releases/harris-visit/')
      assert.match(en, /stated a father of three from El Salvador, of Alianza Americas/)
      assert.match(en, /stated Matt, executive director of/)
      assert.match(es, /aseguró un padre de tres hijos de El Salvador, de Alianza Americas/)
      assert.match(en, /application\/ld\+json/, 'the JSON-LD is part of what is checked')
    })

    it('holds neither full name on any public document fetched through the app', async () => {
      const site = createPublicSite(world.app.newsroom, { publicUrl })
      const documents = await listPublicDocuments(site)
      paths = documents.map((d) => d.path)
      for (const wanted of [
        '/en/',
        '/es/',
        '/en/releases/harris-visit/',
        '/es/releases/harris-visit/',
        '/sitemap.xml',
        '/en/feed.xml',
      ])
        assert.ok(
          paths.some((p) => p === wanted || p.startsWith(wanted.replace(/feed\.xml$/, 'feed'))),
          `${wanted} is listed`,
        )
      assert.ok(
        paths.some((p) => p.includes('/organizations/')),
        'organization pages are listed',
      )
      assert.ok(paths.filter((p) => /feed/.test(p)).length >= 6, 'every feed is listed')
      for (const path of paths) {
        const response = await world.app.request(path)
        // The language chooser at / may answer with a redirect to a language: its body counts too.
        assert.ok(response.status === 200 || response.status === 302, `${path}: ${response.status}`)
        const body = folded(await response.text())
        for (const name of forbidden) assert.ok(!body.includes(name), `${path} names ${name}`)
      }
    })

    it('holds neither full name in what readers who cannot edit get from the API and pages', async () => {
      // A viewer of a co-issuer and an editor of another member organization may read the
      // release, but the unredacted identity is for the release's editors only.
      for (const who of ['viewer-a', 'editor-c']) {
        const reader = await world.signIn(who)
        for (const path of [
          `/api/releases/${releaseId}`,
          `/api/coalitions/${world.coalitionId}/releases`,
          `/api/releases/${releaseId}/export?format=text`,
          `/api/releases/${releaseId}/export?format=html`,
          `/api/releases/${releaseId}/diff?from=1&to=1`,
          `/app/releases/${releaseId}`,
        ]) {
          const response = await reader.request('GET', path)
          assert.equal(response.status, 200, `${who} ${path}`)
          const body = folded(await response.text())
          for (const name of forbidden)
            assert.ok(!body.includes(name), `${who} ${path} names ${name}`)
        }
      }
      const own = folded(await (await editor.request('GET', `/api/releases/${releaseId}`)).text())
      assert.ok(
        forbidden.every((name) => own.includes(name)),
        'the editors still read the names',
      )
    })

    it('holds neither full name in the release as e-mailed to a list, in either language', async () => {
      const { lists } = world.app.newsroom
      const press = await lists.createList(world.coalitionId, { name: 'Press', kind: 'press' })
      await lists.addContact(press.id, { email: 'desk@wire.example', name: 'Desk', lang: 'both' })
      const sent = await editor.request('POST', `/api/releases/${releaseId}/sends`, {
        listIds: [press.id],
        lang: 'both',
      })
      assert.equal(sent.status, 201)
      const worker = startOutboxWorker(world.app.newsroom, { intervalMs: 20 })
      await worker.idle()
      await worker.stop()
      const mail = smtp.received.filter((m) => m.to.includes('desk@wire.example'))
      assert.equal(mail.length, 1)
      const body = folded(decodedBody(mail[0]?.raw ?? ''))
      assert.match(body, /father of three/, 'the chosen description is there (the check can fail)')
      for (const name of forbidden) assert.ok(!body.includes(name), `the e-mail names ${name}`)
    })

    it('holds neither full name in the static export', async () => {
      const out = await mkdtemp(join(tmpdir(), 'comunicado-redaction-'))
      try {
        const written = await exportNewsroom(world.app.newsroom, out, { publicUrl })
        assert.ok(written.some((f) => f.includes('harris-visit')))
        const files = await filesUnder(out)
        assert.ok(files.length >= paths.length)
        for (const file of files) {
          const text = folded(await readFile(file, 'utf8'))
          for (const name of forbidden) assert.ok(!text.includes(name), `${file} names ${name}`)
        }
      } finally {
        await rm(out, { recursive: true, force: true })
      }
    })

    it('applies a later change of appearance to the cached public pages at once', async () => {
      const page = async () =>
        folded(
          (await (await world.app.request('/en/releases/harris-visit/')).text()).replace(
            /<[^>]+>/g,
            '',
          ),
        )
      assert.match(await page(), /father of three/)
      const admin = await world.signIn('admin-a')
      const changed = await admin.request(
        'PUT',
        `/api/releases/${releaseId}/quotes/chacon-1/appearance`,
        { mode: 'first', showTitle: false },
      )
      assert.equal(changed.status, 200)
      const after = await page()
      assert.doesNotMatch(after, /father of three/)
      assert.match(after, /stated oscar, of alianza americas/)
      assert.ok(!after.includes('chacon'))
    })

    it('still shows the editors who is quoted', async () => {
      const page = await (await editor.request('GET', `/app/releases/${releaseId}/quotes`)).text()
      assert.match(page, /Óscar Chacón/)
      assert.match(page, /Matt Nelson/)
    })
  })
}
