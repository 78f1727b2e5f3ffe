/**
 * Resending unconfirmed messages through the app on both engines, with mail to a real SMTP server
 * on loopback: the report page lists them with a checkbox and the warning (EN and ES), the form and
 * `POST /api/sends/:id/resend` queue them again with the same Message-ID, and refusals.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMailer, type Mailer } from '../../mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.js'
import {
  header,
  leaveAsKilledHandover,
  releaseText,
} from '../../newsroom/distribution/outbox-test-world.js'
import { startOutboxWorker } from '../../newsroom/distribution/outbox-worker.js'
import { testEngines } from '../../store/test-engines.js'
import { createTestWorld, type TestWorld } from '../test-app.js'

for (const engine of testEngines) {
  describe(`resending unconfirmed messages through the app on ${engine}`, () => {
    let w: TestWorld
    let smtp: TestSmtpServer
    let mailer: Mailer
    before(async () => {
      smtp = await startTestSmtpServer()
      mailer = createMailer({ smtpUrl: smtp.url, from: 'Red <news@red.example>' })
      w = await createTestWorld(engine, { mailer })
    })
    after(async () => {
      await w.close()
      await mailer.close()
      await smtp.close()
    })

    async function deliver() {
      const job = startOutboxWorker(w.app.newsroom, {
        intervalMs: 20,
        onError: (e) => assert.fail(String(e)),
      })
      await job.idle()
      await job.stop()
    }

    it('lists unconfirmed rows on the report and resends the chosen one, same Message-ID', async () => {
      const { newsroom } = w.app
      const grant = await newsroom.accounts.signIn('editor-a@example.org', w.password)
      const actor = (await newsroom.accounts.session(grant.token))?.actor
      assert.ok(actor)
      const list = await newsroom.lists.createList(w.coalitionId, { name: 'Prensa', kind: 'press' })
      await newsroom.lists.addContact(list.id, { email: 'una@diario.example', lang: 'es' })
      await newsroom.lists.addContact(list.id, { email: 'sol@wire.example', lang: 'en' })
      const release = await newsroom.releases.create(actor, {
        coalitionId: w.coalitionId,
        organizationId: w.orgA,
        coIssuerIds: [w.orgB],
        slug: 'resend-app',
        content: { versions: releaseText('resend-app', 'Jaguar') },
      })
      const at = w.clock.now().toISOString()
      await w.store.db
        .updateTable('releases')
        .set({ status: 'published', published_at: at, updated_at: at })
        .where('id', '=', release.id)
        .execute()
      const editor = await w.signIn('editor-a')
      const made = await editor.request('POST', `/api/releases/${release.id}/sends`, {
        listIds: [list.id],
      })
      assert.equal(made.status, 201)
      const sendId = ((await made.json()) as { send: { id: string } }).send.id
      await deliver()
      const rows = await w.store.db
        .selectFrom('outbox_messages')
        .select(['id', 'email', 'message_id'])
        .where('send_id', '=', sendId)
        .orderBy('email')
        .execute()
      const [sol, una] = rows
      assert.ok(sol && una && una.email === 'una@diario.example')
      // The worker was killed after handing Una's message over: recovery marks it unconfirmed.
      await leaveAsKilledHandover(w.store, una.id)
      assert.equal((await newsroom.outbox.recover()).unconfirmed, 1)

      const page = `/app/releases/${release.id}/sends/${sendId}`
      const en = await (await editor.request('GET', page)).text()
      assert.match(en, new RegExp(`name="row" value="${una.id}"`))
      assert.doesNotMatch(en, new RegExp(`value="${sol.id}"`))
      assert.match(en, /the recipient may already have the message/)
      assert.match(en, /Resend selected/)
      const es = await (await editor.request('GET', `${page}?lang=es`)).text()
      assert.match(es, /puede que el destinatario ya tenga el mensaje/)
      assert.match(es, /Reenviar los elegidos/)
      const viewer = await w.signIn('viewer-a')
      const viewerPage = await (await viewer.request('GET', page)).text()
      assert.doesNotMatch(viewerPage, /name="row"/, 'a viewer sees no resend form')

      const api = `/api/sends/${sendId}/resend`
      assert.equal((await viewer.request('POST', api, {})).status, 403)
      const other = await w.signIn('editor-other')
      assert.equal((await other.request('POST', api, {})).status, 403)
      assert.equal((await editor.request('POST', '/api/sends/nope/resend', {})).status, 404)
      const refused = await editor.request('POST', api, { rowIds: [sol.id] })
      assert.equal(refused.status, 409)
      const form = new FormData()
      form.append('row', sol.id)
      const refusedPage = await editor.request('POST', `${page}/resend?lang=es`, form)
      assert.equal(refusedPage.status, 409)
      assert.match(await refusedPage.text(), /solo se pueden reenviar los mensajes sin confirmar/)

      const resend = new FormData()
      resend.append('row', una.id)
      const done = await editor.request('POST', `${page}/resend`, resend)
      assert.equal(done.status, 303)
      await deliver()
      const toUna = smtp.received.filter((m) => m.to.includes('una@diario.example'))
      assert.equal(toUna.length, 2, 'received once more')
      for (const m of toUna) assert.equal(header(m.raw, 'Message-ID'), una.message_id)
      assert.equal(smtp.received.filter((m) => m.to.includes('sol@wire.example')).length, 1)
      const audit = await w.store.db
        .selectFrom('audit_entries')
        .select('detail')
        .where('action', '=', 'send.resent-unconfirmed')
        .execute()
      assert.deepEqual(
        audit.map((a) => JSON.parse(a.detail)),
        [{ sendId, count: 1, ids: [una.id] }],
      )
      const again = await editor.request('POST', api, {})
      assert.equal(again.status, 200)
      assert.deepEqual(await again.json(), { sendId, resent: [] })
    })
  })
}
