import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { createMailer } from '../../mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.js'
import { approvalTokens } from '../../newsroom/quotes/test-quote-world.js'
import { publishDue } from '../../newsroom/schedule/scheduler.js'
import { testEngines } from '../../store/test-engines.js'
import { createTestWorld, type TestClient, type TestWorld } from '../test-app.js'

const fixture = new URL('../../../test/fixtures/01-alianza-americas-2021-06-10/', import.meta.url)
const versions = ['en', 'es'].map((lang) => ({
  lang,
  text: readFileSync(new URL(`${lang}.txt`, fixture), 'utf8'),
}))

// biome-ignore lint/suspicious/noExplicitAny: API bodies of any shape, read by tests
async function json(response: Response): Promise<any> {
  return response.json()
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData()
  for (const [k, v] of Object.entries(fields)) data.set(k, v)
  return data
}

for (const engine of testEngines) {
  describe(`quote routes (${engine})`, () => {
    let smtp: TestSmtpServer
    let world: TestWorld
    let editor: TestClient
    let admin: TestClient

    /** A release of orgA and orgB with the sample text, moved to approved. */
    async function approvedRelease(slug: string): Promise<string> {
      const created = await json(
        await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
          organizationId: world.orgA,
          coIssuerIds: [world.orgB],
          slug,
          versions,
        }),
      )
      const id = created.release.id as string
      for (const status of ['in-review', 'approved'])
        assert.equal(
          (await editor.request('POST', `/api/releases/${id}/status`, { status })).status,
          200,
        )
      return id
    }

    async function lastToken(): Promise<string> {
      const mail = smtp.received.at(-1)
      const token = mail && approvalTokens(mail.raw)[0]
      assert.ok(token, 'the e-mail holds an approval link')
      return token
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
      admin = await world.signIn('admin-a')
    })
    after(async () => {
      await world.close()
      await smtp.close()
    })

    describe('the publish gate', () => {
      let id: string
      before(async () => {
        id = await approvedRelease('gated')
      })

      it('refuses publication through the API while quotes are unapproved', async () => {
        const response = await editor.request('POST', `/api/releases/${id}/status`, {
          status: 'published',
        })
        assert.equal(response.status, 409)
        const body = await json(response)
        assert.match(body.error.message, /cannot be published yet/)
        // Three quotes and Presente's sign-off; Alianza's editor signs for Alianza by publishing.
        assert.equal(body.error.details.missing.length, 4)
      })

      it('refuses publication through the workspace status form', async () => {
        const response = await editor.request(
          'POST',
          `/app/releases/${id}/status`,
          form({ status: 'published' }),
        )
        assert.equal(response.status, 409)
        assert.match(await response.text(), /cannot be published yet/)
      })

      it('refuses an override from an editor and one without a reason', async () => {
        const byEditor = await editor.request('POST', `/api/releases/${id}/status`, {
          status: 'published',
          override: { reason: 'we are in a hurry' },
        })
        assert.equal(byEditor.status, 403)
        const noReason = await admin.request('POST', `/api/releases/${id}/status`, {
          status: 'published',
          override: { reason: '' },
        })
        assert.equal(noReason.status, 422)
        const release = await json(await editor.request('GET', `/api/releases/${id}`))
        assert.equal(release.release.status, 'approved')
      })

      it('names the missing approvals in Spanish on a Spanish page, and as a list in the API', async () => {
        const api = await editor.request('POST', `/api/releases/${id}/status`, {
          status: 'published',
        })
        assert.equal(api.status, 409)
        const { error } = await json(api)
        assert.equal(error.details.reason, 'publish-approvals-missing')
        const approvals: { kind: string; speaker?: string; organization?: string }[] =
          error.details.approvals
        assert.deepEqual(
          approvals.map((a) => a.kind),
          ['quote', 'quote', 'quote', 'signoff'],
        )
        assert.equal(approvals[3]?.organization, 'Presente')
        const page = await editor.request(
          'POST',
          `/app/releases/${id}/status?lang=es`,
          form({ status: 'published' }),
        )
        assert.equal(page.status, 409)
        const html = await page.text()
        assert.match(html, /El comunicado aún no se puede publicar\. La cita de /)
        for (const quote of approvals.filter((a) => a.kind === 'quote'))
          assert.match(html, new RegExp(`[Ll]a cita de ${quote.speaker} no está aprobada`))
        assert.match(html, /; Presente no ha dado su visto bueno al texto actual\./)
        assert.doesNotMatch(html, /cannot be published|not approved/)
      })

      it('says the override refusals in Spanish on the quotes page; the API keeps English', async () => {
        const noReason = await admin.request(
          'POST',
          `/app/releases/${id}/quotes/publish?lang=es`,
          form({ reason: ' ' }),
        )
        assert.equal(noReason.status, 422)
        assert.match(
          await noReason.text(),
          /Eso no se aceptó: publicar sin todas las aprobaciones requiere un motivo escrito/,
        )
        const byEditor = await editor.request(
          'POST',
          `/app/releases/${id}/quotes/publish?lang=es`,
          form({ reason: 'we are in a hurry' }),
        )
        assert.equal(byEditor.status, 403)
        assert.match(
          await byEditor.text(),
          /Solo un administrador de una organización coemisora puede publicar sin todas las aprobaciones\./,
        )
        const api = await json(
          await admin.request('POST', `/api/releases/${id}/status`, {
            status: 'published',
            override: { reason: '' },
          }),
        )
        assert.equal(api.error.message, 'an override needs a written reason')
        assert.equal(api.error.details.reason, 'override-reason-missing')
        const release = await json(await editor.request('GET', `/api/releases/${id}`))
        assert.equal(release.release.status, 'approved')
      })

      it('refuses publication by the scheduler', async () => {
        const other = await approvedRelease('gated-scheduled')
        await world.app.newsroom.schedule.set(await actorOf('editor-a'), other, {
          at: '2026-03-01T13:00',
          timeZone: 'UTC',
          embargo: false,
        })
        // Setting the time schedules the release; the scheduler publishes it when due.
        world.clock.advance(2 * 3600 * 1000)
        const result = await publishDue(world.app.newsroom)
        assert.deepEqual(result.refused, [other])
        const release = await json(await editor.request('GET', `/api/releases/${other}`))
        assert.equal(release.release.status, 'scheduled')
      })

      it('publishes with an admin’s override and logs the reason', async () => {
        const response = await admin.request('POST', `/api/releases/${id}/status`, {
          status: 'published',
          override: { reason: 'Both speakers approved by phone' },
        })
        assert.equal(response.status, 200)
        const entries = await world.app.newsroom.audit.forRelease(id)
        const override = entries.find((e) => e.action === 'release.publish-override')
        assert.equal(override?.detail.reason, 'Both speakers approved by phone')
      })
    })

    async function actorOf(key: string) {
      const { accounts } = world.app.newsroom
      const grant = await accounts.signIn(`${key}@example.org`, world.password)
      const session = await accounts.session(grant.token)
      assert.ok(session)
      return session.actor
    }

    describe('approval through the e-mailed link', () => {
      let id: string
      before(async () => {
        id = await approvedRelease('linked')
      })

      it('lists the quotes with their linked people through the API', async () => {
        const body = await json(await editor.request('GET', `/api/releases/${id}/quotes`))
        assert.deepEqual(
          body.quotes.map((q: { key: string; person: { name: string } }) => [q.key, q.person.name]),
          [
            ['chacon-1', 'Óscar Chacón'],
            ['nelson-1', 'Matt Nelson'],
            ['chacon-2', 'Óscar Chacón'],
          ],
        )
        assert.equal(body.publishable, false)
        const viewer = await world.signIn('viewer-a')
        assert.equal((await viewer.request('GET', `/api/releases/${id}/quotes`)).status, 403)
        assert.equal(
          (await world.anonymous().request('GET', `/api/releases/${id}/quotes`)).status,
          401,
        )
      })

      it('shows the quote in each language in context, with strict headers', async () => {
        const sent = await editor.request(
          'POST',
          `/api/releases/${id}/quotes/nelson-1/approval-requests`,
        )
        assert.equal(sent.status, 201)
        const token = await lastToken()
        const page = await world.anonymous().request('GET', `/approve/${token}?lang=es`)
        assert.equal(page.status, 200)
        assert.match(page.headers.get('content-security-policy') ?? '', /default-src 'none'/)
        assert.equal(page.headers.get('referrer-policy'), 'no-referrer')
        assert.equal(page.headers.get('cache-control'), 'no-store')
        const html = await page.text()
        assert.match(html, /<html lang="es">/)
        assert.match(html, /<blockquote lang="en"[^>]*><p>Despite VP Harris/)
        assert.match(html, /<blockquote lang="es"[^>]*><p>A pesar de los comentarios/)
        assert.match(html, /<mark>Despite VP Harris/)
      })

      it('records the answer once and refuses the link afterwards', async () => {
        const token = await lastToken()
        const anonymous = world.anonymous()
        const incomplete = await anonymous.request(
          'POST',
          `/approve/${token}`,
          form({ decision: 'changes', comment: '' }),
        )
        assert.equal(incomplete.status, 422)
        // Refusals of the service are said in the link page's language.
        const tooLong = await anonymous.request(
          'POST',
          `/approve/${token}?lang=es`,
          form({ decision: 'changes', comment: 'x'.repeat(5001) }),
        )
        assert.equal(tooLong.status, 422)
        assert.match(
          await tooLong.text(),
          /Eso no se aceptó: el comentario tiene más de 5000 caracteres/,
        )
        const noDescription = await anonymous.request(
          'POST',
          `/approve/${token}?lang=es`,
          form({ decision: 'approve', mode: 'description' }),
        )
        assert.equal(noDescription.status, 422)
        assert.match(
          await noDescription.text(),
          /Eso no se aceptó: escriba la descripción en al menos un idioma/,
        )
        const answered = await anonymous.request(
          'POST',
          `/approve/${token}`,
          form({ decision: 'approve', comment: '' }),
        )
        assert.equal(answered.status, 200)
        assert.match(await answered.text(), /approval is recorded/)
        const reused = await anonymous.request(
          'POST',
          `/approve/${token}`,
          form({ decision: 'approve' }),
        )
        assert.equal(reused.status, 409)
        assert.match(await reused.text(), /already been answered/)
        const forged = await anonymous.request('GET', `/approve/${token.slice(0, -3)}xyz`)
        assert.equal(forged.status, 404)
        assert.match(await forged.text(), /not valid/)
        const approvals = (await world.app.newsroom.audit.forRelease(id)).filter(
          (e) => e.action === 'quote.approved',
        )
        assert.equal(approvals.length, 1)
        const page = await (await editor.request('GET', `/app/releases/${id}/quotes`)).text()
        assert.match(page, /approval-approved/)
      })

      it('takes an appearance chosen on the link page', async () => {
        await editor.request('POST', `/api/releases/${id}/quotes/chacon-1/approval-requests`)
        const token = await lastToken()
        const answered = await world.anonymous().request(
          'POST',
          `/approve/${token}`,
          form({
            decision: 'approve',
            mode: 'first',
            'description-en': '',
            showTitle: '1',
          }),
        )
        assert.equal(answered.status, 200)
        const body = await json(await editor.request('GET', `/api/releases/${id}/quotes`))
        const quote = body.quotes.find((q: { key: string }) => q.key === 'chacon-1')
        assert.deepEqual(
          [
            quote.status,
            quote.appearance.mode,
            quote.appearance.showTitle,
            quote.appearance.showCity,
          ],
          ['approved', 'first', true, false],
        )
      })
    })

    describe('the workspace quotes page', () => {
      let id: string
      before(async () => {
        id = await approvedRelease('workspace-page')
      })

      it('shows each quote with its person, status, appearance and the sign-off panel', async () => {
        const response = await editor.request('GET', `/app/releases/${id}/quotes?lang=es`)
        assert.equal(response.status, 200)
        const html = await response.text()
        assert.match(html, /<h1>Citas y aprobaciones<\/h1>/)
        assert.equal((html.match(/class="version quote"/g) ?? []).length, 3)
        assert.match(html, /Óscar Chacón/)
        assert.match(html, /No solicitada/)
        assert.match(html, /Aprobar en nombre de Alianza Americas/)
        assert.doesNotMatch(html, /Aprobar en nombre de Presente/, 'editor-a signs for A only')
        assert.doesNotMatch(html, /name="reason"/, 'editors get no override form')
        const asAdmin = await (await admin.request('GET', `/app/releases/${id}/quotes`)).text()
        assert.match(asAdmin, /name="reason"/)
        const viewer = await world.signIn('viewer-a')
        assert.equal((await viewer.request('GET', `/app/releases/${id}/quotes`)).status, 403)
        const anonymous = await world.anonymous().request('GET', `/app/releases/${id}/quotes`)
        assert.equal(anonymous.status, 303)
      })

      it('sends an approval link, signs off and sets the appearance through its forms', async () => {
        const before = smtp.received.length
        const sent = await editor.request(
          'POST',
          `/app/releases/${id}/quotes/chacon-2/request`,
          form({}),
        )
        assert.equal(sent.status, 303)
        assert.equal(smtp.received.length, before + 1)
        assert.deepEqual(smtp.received.at(-1)?.to, ['oscar@alianza.example'])
        const signed = await editor.request(
          'POST',
          `/app/releases/${id}/signoffs`,
          form({ organizationId: world.orgA }),
        )
        assert.equal(signed.status, 303)
        const notMine = await editor.request(
          'POST',
          `/app/releases/${id}/signoffs`,
          form({ organizationId: world.orgB }),
        )
        assert.equal(notMine.status, 403)
        const appearance = await admin.request(
          'POST',
          `/app/releases/${id}/quotes/chacon-2/appearance`,
          form({ mode: 'description', 'description-en': 'an organizer', 'description-es': '' }),
        )
        assert.equal(appearance.status, 303)
        const page = await (await editor.request('GET', `/app/releases/${id}/quotes`)).text()
        assert.match(page, /signoff-signed/)
        assert.match(page, /A description: en: “an organizer”, without title/)
        assert.match(page, /approval-requested/)
      })

      it('shows a refused form again with the reason', async () => {
        const response = await admin.request(
          'POST',
          `/app/releases/${id}/quotes/publish`,
          form({ reason: '' }),
        )
        assert.equal(response.status, 422)
        assert.match(await response.text(), /override needs a written reason/)
      })

      it('publishes with an override from the page', async () => {
        const response = await admin.request(
          'POST',
          `/app/releases/${id}/quotes/publish`,
          form({ reason: 'Approved at the coalition call' }),
        )
        assert.equal(response.status, 303)
        const release = await json(await editor.request('GET', `/api/releases/${id}`))
        assert.equal(release.release.status, 'published')
      })
    })
  })
}
