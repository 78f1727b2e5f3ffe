/**
 * Sending through the HTTP app on both engines, with mail to a real SMTP server on loopback: the
 * workspace send page (choose lists, count per language, send, progress with a Refresh header
 * until finished, report) and the API (plan, send, progress, report), with their refusals.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMailer, type Mailer } from '../../src/mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../src/mail/test-smtp-server.js'
import { startOutboxWorker } from '../../src/newsroom/distribution/outbox-worker.js'
import { createTestWorld, type TestClient, type TestWorld } from '../../src/server/test-app.js'
import { testEngines } from '../../src/store/test-engines.js'

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of any shape, read by tests
type Json = Record<string, any>

async function json(response: Response, status: number): Promise<Json> {
  const text = await response.text()
  assert.equal(response.status, status, text.slice(0, 400))
  return text ? (JSON.parse(text) as Json) : {}
}

for (const engine of testEngines) {
  describe(`sending through the app on ${engine}`, () => {
    let smtp: TestSmtpServer
    let mailer: Mailer
    let world: TestWorld
    let editor: TestClient
    let releaseId: string
    let pressId: string
    let membersId: string

    before(async () => {
      smtp = await startTestSmtpServer()
      mailer = createMailer({ smtpUrl: smtp.url })
      world = await createTestWorld(engine, { mailer })
      editor = await world.signIn('editor-a')
      const { lists } = world.app.newsroom
      const press = await lists.createList(world.coalitionId, {
        name: 'Prensa <local>',
        kind: 'press',
      })
      const members = await lists.createList(world.coalitionId, { name: 'Socias', kind: 'members' })
      pressId = press.id
      membersId = members.id
      await lists.addContact(pressId, { email: 'ana@diario.example', name: 'Ana', lang: 'es' })
      await lists.addContact(pressId, { email: 'ben@wire.example', name: 'Ben', lang: 'en' })
      await lists.addContact(membersId, {
        email: 'dora@socias.example',
        name: 'Dora',
        lang: 'both',
      })
      const created = await json(
        await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
          organizationId: world.orgA,
          slug: 'sent-release',
          versions: [
            {
              lang: 'en',
              text: 'Families march\n\nCHICAGO – Hundreds marched. Ibis was the word.',
            },
            {
              lang: 'es',
              text: 'Familias marchan\n\nCHICAGO – Cientos marcharon. Ibis fue la palabra.',
            },
          ],
        }),
        201,
      )
      releaseId = created.release.id as string
      const at = world.clock.now().toISOString()
      await world.store.db
        .updateTable('releases')
        .set({ status: 'published', published_at: at })
        .where('id', '=', releaseId)
        .execute()
    })
    after(async () => {
      await mailer.close()
      await world.close()
      await smtp.close()
    })

    it('counts recipients per language, sends from the page, shows progress, then the report', async () => {
      const page = await editor.request('GET', `/app/releases/${releaseId}/send`)
      assert.equal(page.status, 200)
      const html = await page.text()
      assert.match(html, /Prensa &lt;local&gt; \(press, 2 subscribed\)/)
      assert.match(html, /Socias \(members, 1 subscribed\)/)
      const counted = await (
        await editor.request(
          'GET',
          `/app/releases/${releaseId}/send?list=${pressId}&list=${membersId}&lang=preferred&count=1&lang=es`,
        )
      ).text()
      assert.match(counted, /Recipients: 3 \(2 press, 1 members\)/)
      assert.match(counted, /English only: 1/)
      assert.match(counted, /Spanish only: 1/)
      assert.match(counted, /Both languages: 1/)
      const spanish = await (
        await editor.request('GET', `/app/releases/${releaseId}/send?lang=es&ui=1`, undefined, {
          'accept-language': 'es',
        })
      ).text()
      assert.match(spanish, /Enviar a listas/)

      const form = new FormData()
      form.append('list', pressId)
      form.append('list', membersId)
      form.append('lang', 'preferred')
      const sent = await editor.request('POST', `/app/releases/${releaseId}/send`, form)
      assert.equal(sent.status, 303)
      const location = sent.headers.get('location') ?? ''
      assert.match(location, new RegExp(`^/app/releases/${releaseId}/sends/[0-9a-f-]+$`))
      const running = await editor.request('GET', location)
      assert.equal(running.status, 200)
      assert.equal(running.headers.get('refresh'), '3', 'reloads while the send runs')
      assert.match(await running.text(), /0 of 3 messages done/)

      const worker = startOutboxWorker(world.app.newsroom, { intervalMs: 20 })
      await worker.idle()
      await worker.stop()
      const finished = await editor.request('GET', location)
      assert.equal(finished.headers.get('refresh'), null)
      const report = await finished.text()
      assert.match(report, /3 of 3 messages done/)
      assert.match(report, /Every message was sent\./)
      assert.equal(smtp.deliveries.get('ana@diario.example'), 1)
      assert.equal(smtp.deliveries.get('dora@socias.example'), 1)

      const history = await (await editor.request('GET', `/app/releases/${releaseId}/send`)).text()
      assert.match(history, /Finished/)
    })

    it('re-shows the page with the refusal when no list is chosen', async () => {
      const form = new FormData()
      form.append('lang', 'en')
      const refused = await editor.request('POST', `/app/releases/${releaseId}/send`, form)
      assert.equal(refused.status, 422)
      assert.match(await refused.text(), /choose at least one list/i)
    })

    it('answers the API: plan, send, progress and a report with failures', async () => {
      const { lists } = world.app.newsroom
      const extra = await lists.createList(world.coalitionId, { name: 'Extra', kind: 'members' })
      await lists.addContact(extra.id, { email: 'gone@x.example', name: 'Gone' })
      await lists.addContact(extra.id, { email: 'ana@diario.example', name: 'Ana' })
      smtp.failRecipient('gone@x.example', 550)
      const { plan } = await json(
        await editor.request(
          'GET',
          `/api/releases/${releaseId}/sends/plan?list=${extra.id}&lang=both`,
        ),
        200,
      )
      assert.deepEqual([plan.recipients, plan.byLang.both, plan.alreadySent], [2, 2, 1])
      const { send } = await json(
        await editor.request('POST', `/api/releases/${releaseId}/sends`, {
          listIds: [extra.id],
          lang: 'both',
        }),
        201,
      )
      assert.equal(send.total, 1, 'Ana had the release already')
      const worker = startOutboxWorker(world.app.newsroom, { intervalMs: 20 })
      await worker.idle()
      await worker.stop()
      const { progress } = await json(await editor.request('GET', `/api/sends/${send.id}`), 200)
      assert.equal(progress.finished, true)
      const { report } = await json(
        await editor.request('GET', `/api/sends/${send.id}/report`),
        200,
      )
      assert.equal(report.counts.failed, 1)
      assert.equal(report.problems[0].email, 'gone@x.example')
      assert.equal(report.problems[0].code, 550)
      const { sends } = await json(
        await editor.request('GET', `/api/releases/${releaseId}/sends`),
        200,
      )
      assert.ok(sends.length >= 2)
    })

    it('hides an embargoed release and its send plan from all but its editors', async () => {
      const created = await json(
        await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
          organizationId: world.orgA,
          slug: 'embargoed-release',
          versions: [{ lang: 'en', text: 'Embargoed news\n\nCHICAGO – Not yet.' }],
        }),
        201,
      )
      const id = created.release.id as string
      for (const status of ['in-review', 'approved'])
        await json(await editor.request('POST', `/api/releases/${id}/status`, { status }), 200)
      await json(
        await editor.request('PUT', `/api/releases/${id}/schedule`, {
          at: '2026-03-09T10:00',
          timeZone: 'America/Chicago',
          embargo: true,
        }),
        200,
      )
      const plan = `/api/releases/${id}/sends/plan?list=${pressId}`
      await json(await editor.request('GET', plan), 200)
      const viewer = await world.signIn('viewer-a')
      await json(await viewer.request('GET', plan), 404)
      await json(
        await viewer.request('POST', `/api/releases/${id}/sends`, { listIds: [pressId] }),
        404,
      )
    })

    it('refuses the anonymous, viewers, other coalitions and malformed bodies', async () => {
      const body = { listIds: [pressId] }
      await json(
        await world.anonymous().request('POST', `/api/releases/${releaseId}/sends`, body),
        401,
      )
      const viewer = await world.signIn('viewer-a')
      await json(await viewer.request('POST', `/api/releases/${releaseId}/sends`, body), 403)
      const other = await world.signIn('editor-other')
      await json(await other.request('POST', `/api/releases/${releaseId}/sends`, body), 403)
      await json(await other.request('GET', `/api/sends/nope/report`), 404)
      await json(
        await editor.request('POST', `/api/releases/${releaseId}/sends`, { listIds: [] }),
        422,
      )
      await json(
        await editor.request('POST', `/api/releases/${releaseId}/sends`, {
          listIds: [pressId],
          lang: 'fr',
        }),
        422,
      )
      await json(await editor.request('POST', `/api/releases/nope/sends`, body), 404)
      const viewerPage = await (
        await viewer.request('GET', `/app/releases/${releaseId}/send`)
      ).text()
      assert.match(viewerPage, /Only editors of a co-issuing organization can send this release/)
    })
  })
}
