/**
 * Embargo and schedule through the API and the workspace pages, on both engines: setting,
 * changing and clearing a time (with its audit entries), who may see an embargoed release,
 * preview links (issued, viewed and logged, forged, expired, revoked), corrections, the audit
 * page, and the refusals of bad input.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import type { Actor } from '../../newsroom/access.js'
import { testEngines } from '../../store/test-engines.js'
import { createTestWorld, type TestClient, type TestWorld } from '../test-app.js'

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of any shape, read by tests
type Json = Record<string, any>

async function json(response: Response, status: number): Promise<Json> {
  const text = await response.text()
  assert.equal(response.status, status, text.slice(0, 400))
  return text ? (JSON.parse(text) as Json) : {}
}

const versions = [
  {
    lang: 'en',
    text: 'March 3, 2026\n\nCoalition announces caravan report\n\nCHICAGO – The report is out.',
  },
  {
    lang: 'es',
    text: '3 de marzo de 2026\n\nLa coalición anuncia informe\n\nCHICAGO – El informe salió.',
  },
]

async function approvedRelease(world: TestWorld, editor: TestClient, slug: string) {
  const created = await json(
    await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
      organizationId: world.orgA,
      coIssuerIds: [world.orgB],
      slug,
      versions,
    }),
    201,
  )
  const id = created.release.id as string
  for (const status of ['in-review', 'approved'])
    await json(await editor.request('POST', `/api/releases/${id}/status`, { status }), 200)
  return id
}

const actors = new WeakMap<TestWorld, Map<string, Actor>>()

/** The service-level actor of a seeded user (signed in once per world). */
async function actorOf(world: TestWorld, user: string): Promise<Actor> {
  const known = actors.get(world) ?? new Map<string, Actor>()
  actors.set(world, known)
  const cached = known.get(user)
  if (cached) return cached
  const { accounts } = world.app.newsroom
  const grant = await accounts.signIn(`${user}@example.org`, world.password)
  const actor = (await accounts.session(grant.token))?.actor
  assert.ok(actor)
  known.set(user, actor)
  return actor
}

/** Both co-issuers sign off the current text, as the publish gate requires. */
async function signOff(world: TestWorld, id: string): Promise<void> {
  for (const [user, org] of [
    ['editor-a', world.orgA],
    ['editor-b', world.orgB],
  ] as const)
    await world.app.newsroom.quotes.signOff(await actorOf(world, user), id, org)
}

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }

for (const engine of testEngines) {
  describe(`embargo and schedule on ${engine}`, () => {
    let world: TestWorld
    let editor: TestClient
    let viewer: TestClient
    let editorB: TestClient
    let editorC: TestClient
    let other: TestClient
    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
      viewer = await world.signIn('viewer-a')
      editorB = await world.signIn('editor-b')
      editorC = await world.signIn('editor-c')
      other = await world.signIn('editor-other')
    })
    after(() => world.close())

    const audit = async (id: string) =>
      (
        (await json(await editor.request('GET', `/api/releases/${id}/audit`), 200))
          .entries as Json[]
      ).map((e) => e.action as string)

    it('sets, changes and clears a time, moving the status and logging each step', async () => {
      const id = await approvedRelease(world, editor, 'set-change-clear')
      const set = await json(
        await editor.request('PUT', `/api/releases/${id}/schedule`, {
          at: '2026-03-03T10:00',
          timeZone: 'America/Chicago',
        }),
        200,
      )
      assert.equal(set.schedule.liftsAt, '2026-03-03T16:00:00.000Z')
      assert.equal(set.schedule.embargo, true)
      const read = await json(await editor.request('GET', `/api/releases/${id}/schedule`), 200)
      assert.deepEqual(read.embargoLines, {
        en: 'EMBARGOED UNTIL 10:00 a.m. CST, Tuesday, March 3, 2026',
        es: 'EMBARGADO HASTA las 10:00 (hora CST) del martes 3 de marzo de 2026',
      })
      const release = await json(await editor.request('GET', `/api/releases/${id}`), 200)
      assert.equal(release.release.status, 'scheduled')
      // Across the change to daylight-saving time: 10:00 CDT is 15:00 UTC.
      const changed = await json(
        await editor.request('PUT', `/api/releases/${id}/schedule`, {
          at: '2026-03-10T10:00',
          timeZone: 'america/chicago',
          embargo: false,
        }),
        200,
      )
      assert.equal(changed.schedule.liftsAt, '2026-03-10T15:00:00.000Z')
      assert.equal(changed.schedule.timeZone, 'America/Chicago')
      assert.deepEqual(
        (await json(await editor.request('GET', `/api/releases/${id}/schedule`), 200)).embargoLines,
        {},
      )
      assert.equal((await editor.request('DELETE', `/api/releases/${id}/schedule`)).status, 204)
      assert.equal(
        (await json(await editor.request('GET', `/api/releases/${id}`), 200)).release.status,
        'approved',
      )
      assert.deepEqual((await audit(id)).slice(2), [
        'embargo.set',
        'release.scheduled',
        'embargo.changed',
        'embargo.cleared',
        'release.approved',
      ])
      const again = await editor.request('DELETE', `/api/releases/${id}/schedule`)
      assert.equal(again.status, 409)
      // Taking a scheduled release back to approved with the status step cancels its time too.
      await json(
        await editor.request('PUT', `/api/releases/${id}/schedule`, {
          at: '2026-03-20T10:00',
          timeZone: 'UTC',
        }),
        200,
      )
      await json(
        await editor.request('POST', `/api/releases/${id}/status`, { status: 'approved' }),
        200,
      )
      assert.equal(
        (await json(await editor.request('GET', `/api/releases/${id}/schedule`), 200)).schedule,
        null,
      )
      assert.deepEqual((await audit(id)).slice(-2), ['release.approved', 'embargo.cleared'])
    })

    it('refuses bad times, zones and states clearly, and changes nothing', async () => {
      const id = await approvedRelease(world, editor, 'bad-input')
      const cases: [unknown, number, RegExp][] = [
        [{ at: '2026-03-03T10:00', timeZone: 'Mars/Olympus' }, 422, /not a time zone/],
        [{ at: '2026-03-03T10:00', timeZone: 'CST' }, 422, /not a time zone/],
        [{ at: '2026-02-30T10:00', timeZone: 'UTC' }, 422, /not a date and time/],
        [{ at: '2026-03-08T02:30', timeZone: 'America/Chicago' }, 422, /does not exist/],
        [{ at: '2026-03-01T05:59', timeZone: 'America/Chicago' }, 422, /has passed/],
        [{ at: '2026-03-01T06:00', timeZone: 'America/Chicago' }, 422, /has passed/],
        [{ timeZone: 'UTC' }, 422, /at/],
        ['{not json', 400, /JSON/],
      ]
      for (const [body, status, message] of cases) {
        const response = await editor.request('PUT', `/api/releases/${id}/schedule`, body)
        const error = await json(response, status)
        assert.match(error.error.message, message, JSON.stringify(body))
      }
      assert.equal(
        (await json(await editor.request('GET', `/api/releases/${id}/schedule`), 200)).schedule,
        null,
      )
      assert.deepEqual(
        (await audit(id)).filter((a) => a.startsWith('embargo')),
        [],
      )
      // A time on a draft, or scheduling with no time: refused.
      const draft = await json(
        await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
          organizationId: world.orgA,
          slug: 'draft-not-schedulable',
          versions,
        }),
        201,
      )
      const onDraft = await editor.request('PUT', `/api/releases/${draft.release.id}/schedule`, {
        at: '2026-04-01T10:00',
        timeZone: 'UTC',
      })
      assert.equal(onDraft.status, 409)
      const noTime = await json(
        await editor.request('POST', `/api/releases/${id}/status`, { status: 'scheduled' }),
        409,
      )
      assert.match(noTime.error.message, /schedule page/)
      // Others may not set it: a viewer is forbidden, another coalition sees nothing.
      const body = { at: '2026-04-01T10:00', timeZone: 'UTC' }
      assert.equal((await viewer.request('PUT', `/api/releases/${id}/schedule`, body)).status, 403)
      assert.equal((await other.request('PUT', `/api/releases/${id}/schedule`, body)).status, 404)
      assert.equal(
        (await world.anonymous().request('PUT', `/api/releases/${id}/schedule`, body)).status,
        401,
      )
    })

    it('hides an embargoed release from everyone but its editors', async () => {
      const id = await approvedRelease(world, editor, 'hidden-under-embargo')
      // Before the embargo, a viewer of a co-issuer reads it.
      assert.equal((await viewer.request('GET', `/api/releases/${id}`)).status, 200)
      await json(
        await editor.request('PUT', `/api/releases/${id}/schedule`, {
          at: '2026-03-05T09:00',
          timeZone: 'Europe/Madrid',
        }),
        200,
      )
      assert.equal((await editorB.request('GET', `/api/releases/${id}`)).status, 200)
      for (const [who, client] of [
        ['viewer-a', viewer],
        ['editor-c', editorC],
        ['editor-other', other],
        ['anonymous', world.anonymous()],
      ] as const) {
        for (const path of [
          `/api/releases/${id}`,
          `/api/releases/${id}/schedule`,
          `/api/releases/${id}/audit`,
        ])
          assert.ok(
            [401, 404].includes((await client.request('GET', path)).status),
            `${who} ${path}`,
          )
        const list = await client.request('GET', `/api/coalitions/${world.coalitionId}/releases`)
        const body = list.status === 200 ? ((await list.json()) as Json) : { releases: [] }
        assert.ok(!(body.releases as Json[]).some((r) => r.id === id), `${who} list`)
      }
      // A plain schedule (no embargo) does not hide it.
      await json(
        await editor.request('PUT', `/api/releases/${id}/schedule`, {
          at: '2026-03-05T09:00',
          timeZone: 'Europe/Madrid',
          embargo: false,
        }),
        200,
      )
      assert.equal((await viewer.request('GET', `/api/releases/${id}`)).status, 200)
    })

    it('issues per-recipient preview links whose views are logged, and refuses forged, expired and revoked ones', async () => {
      const id = await approvedRelease(world, editor, 'preview-links')
      const noEmbargo = await editor.request('POST', `/api/releases/${id}/previews`, {
        email: 'reporter@example.net',
      })
      assert.equal(noEmbargo.status, 409)
      await json(
        await editor.request('PUT', `/api/releases/${id}/schedule`, {
          at: '2026-03-03T10:00',
          timeZone: 'America/Chicago',
        }),
        200,
      )
      const bad = await editor.request('POST', `/api/releases/${id}/previews`, {
        email: 'not-an-address',
      })
      assert.equal(bad.status, 422)
      assert.equal(
        (await viewer.request('POST', `/api/releases/${id}/previews`, { email: 'x@example.net' }))
          .status,
        404,
      )
      const issued = await json(
        await editor.request('POST', `/api/releases/${id}/previews`, {
          email: 'Reporter@Example.net',
          name: 'Ana Reporter',
        }),
        201,
      )
      const url = new URL(issued.preview.url as string)
      assert.equal(url.origin, 'http://newsroom.test')
      const open = (path: string) =>
        world.app.request(path, { headers: { 'user-agent': 'TestBrowser' } })
      const page = await open(url.pathname)
      const html = await page.text()
      assert.equal(page.status, 200, html.slice(0, 300))
      assert.match(page.headers.get('x-robots-tag') ?? '', /noindex/)
      assert.match(page.headers.get('cache-control') ?? '', /no-store/)
      assert.match(html, /<meta name="robots" content="noindex/)
      assert.match(html, /EMBARGOED UNTIL 10:00 a\.m\. CST, Tuesday, March 3, 2026/)
      assert.match(html, /EMBARGADO HASTA las 10:00 \(hora CST\) del martes 3 de marzo de 2026/)
      assert.match(html, /Coalition announces caravan report/)
      assert.match(html, /La coalición anuncia informe/)
      assert.match(html, /Ana Reporter &lt;reporter@example\.net&gt;/)
      await open(url.pathname)
      const overview = await json(await editor.request('GET', `/api/releases/${id}/schedule`), 200)
      assert.equal(overview.previews.length, 1)
      assert.equal(overview.previews[0].email, 'reporter@example.net')
      assert.equal(overview.previews[0].views, 2)
      assert.equal((await audit(id)).filter((a) => a === 'preview.viewed').length, 2)
      assert.equal((await audit(id)).filter((a) => a === 'preview.issued').length, 1)

      // Forged: a changed signature, a changed body, another purpose's valid token, garbage.
      const token = url.pathname.split('/').pop() ?? ''
      const [body = '', signature = ''] = token.split('.')
      const flipped = `${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`
      const otherPurpose = await world.app.newsroom.deps.links.sign('quote-approval', id, 60_000)
      for (const forged of [
        `${body}.${flipped}`,
        `${body.slice(0, -2)}xx.${signature}`,
        otherPurpose.token,
        'garbage',
      ]) {
        const refused = await open(`/preview/${forged}`)
        const text = await refused.text()
        assert.equal(refused.status, 404, forged)
        assert.match(text, /cannot be opened/)
        assert.match(text, /no se puede abrir/)
        assert.match(refused.headers.get('x-robots-tag') ?? '', /noindex/)
      }
      // Revoked: refused at once; revoking again is a conflict; views stop counting.
      const second = await json(
        await editor.request('POST', `/api/releases/${id}/previews`, { email: 'desk@example.org' }),
        201,
      )
      const secondPath = new URL(second.preview.url as string).pathname
      assert.equal((await open(secondPath)).status, 200)
      assert.equal(
        (await editor.request('DELETE', `/api/releases/${id}/previews/${second.preview.id}`))
          .status,
        204,
      )
      const revoked = await open(secondPath)
      assert.equal(revoked.status, 410)
      assert.match(await revoked.text(), /withdrawn by the sender/)
      assert.equal(
        (await editor.request('DELETE', `/api/releases/${id}/previews/${second.preview.id}`))
          .status,
        409,
      )
      assert.equal(
        (await editor.request('DELETE', `/api/releases/${id}/previews/no-such-link`)).status,
        404,
      )
      assert.equal((await open(url.pathname)).status, 200, 'the other link still works')
      // Expired: the clock moves past the link's expiry (30 days after the lift time).
      const saved = world.clock.now()
      world.clock.set('2026-04-03T16:00:00.000Z')
      const expired = await open(url.pathname)
      assert.equal(expired.status, 410)
      assert.match(await expired.text(), /expired/)
      world.clock.set(saved)
      // Clearing the embargo withdraws every preview.
      assert.equal((await editor.request('DELETE', `/api/releases/${id}/schedule`)).status, 204)
      assert.equal((await open(url.pathname)).status, 410)
      const after = await json(await editor.request('GET', `/api/releases/${id}/schedule`), 200)
      assert.equal(after.previews.find((p: Json) => p.id === second.preview.id).views, 1)
    })

    it('corrects a published release with a note in each language, refusing incomplete notes', async () => {
      const id = await approvedRelease(world, editor, 'to-be-corrected')
      const early = await editor.request('POST', `/api/releases/${id}/corrections`, {
        notes: { en: 'Fixed.', es: 'Corregido.' },
      })
      assert.equal(early.status, 409)
      await signOff(world, id)
      await json(
        await editor.request('POST', `/api/releases/${id}/status`, { status: 'published' }),
        200,
      )
      world.clock.advance(3600_000)
      const cases: [unknown, number, RegExp][] = [
        [{ notes: { en: 'Only English.' } }, 422, /es note is missing/],
        [{ notes: { en: 'x', es: '   ' } }, 422, /es note is missing/],
        [{ notes: { en: 'x', es: 'y', fr: 'z' } }, 422, /no fr version/],
        [{ notes: { en: 'x'.repeat(2001), es: 'y' } }, 422, /longer than 2000/],
        [{ notes: 'nope' }, 422, /notes/],
      ]
      for (const [body, status, message] of cases)
        assert.match(
          (
            await json(
              await editor.request('POST', `/api/releases/${id}/corrections`, body),
              status,
            )
          ).error.message,
          message,
        )
      assert.equal(
        (
          await viewer.request('POST', `/api/releases/${id}/corrections`, {
            notes: { en: 'a', es: 'b' },
          })
        ).status,
        403,
      )
      const corrected = await json(
        await editor.request('POST', `/api/releases/${id}/corrections`, {
          notes: {
            en: 'The report is out today, not tomorrow.',
            es: 'El informe salió hoy, no mañana.',
          },
        }),
        201,
      )
      assert.equal(corrected.release.status, 'corrected')
      // The workspace form says a missing note in the page's language and keeps the other one.
      const missing = await editor.request(
        'POST',
        `/app/releases/${id}/schedule/correct?lang=es`,
        form({ 'note-en': 'Second fix.', 'note-es': ' ' }),
        formHeaders,
      )
      assert.equal(missing.status, 422)
      const missingHtml = await missing.text()
      assert.match(
        missingHtml,
        /Eso no se aceptó: escriba la nota de corrección en cada idioma: falta la nota en español/,
      )
      assert.match(missingHtml, />Second fix\.<\/textarea>/)
      const missingEn = await (
        await editor.request(
          'POST',
          `/app/releases/${id}/schedule/correct?lang=en`,
          form({ 'note-es': 'Segunda.' }),
          formHeaders,
        )
      ).text()
      assert.match(missingEn, /the English note is missing/)
      const overview = await json(await editor.request('GET', `/api/releases/${id}/schedule`), 200)
      assert.equal(overview.corrections.length, 1)
      assert.equal(overview.corrections[0].notes.es, 'El informe salió hoy, no mañana.')
      assert.equal((await audit(id)).at(-1), 'release.corrected')
    })

    it('serves the schedule and audit pages in both languages, with forms that set the time and issue links', async () => {
      const id = await approvedRelease(world, editor, 'workspace-pages')
      for (const [lang, heading] of [
        ['en', 'Embargo and schedule'],
        ['es', 'Embargo y programación'],
      ]) {
        const response = await editor.request('GET', `/app/releases/${id}/schedule?lang=${lang}`)
        const html = await response.text()
        assert.equal(response.status, 200)
        assert.match(html, new RegExp(`<html lang="${lang}"`))
        assert.match(html, new RegExp(`<h1>${heading}</h1>`))
        // The section's heading is not its first fact's name repeated.
        assert.match(
          html,
          lang === 'en'
            ? /<h2 id="time-title">Publication time<\/h2>/
            : /<h2 id="time-title">Hora de publicación<\/h2>/,
        )
        assert.match(html, /<option value="America\/Chicago" selected>/)
        assert.match(response.headers.get('cache-control') ?? '', /no-store/)
      }
      const refused = await editor.request(
        'POST',
        `/app/releases/${id}/schedule?lang=en`,
        form({ at: '2026-03-08T02:30', timeZone: 'America/Chicago', embargo: '1' }),
        formHeaders,
      )
      const refusedHtml = await refused.text()
      assert.equal(refused.status, 422)
      assert.match(refusedHtml, /does not exist in America\/Chicago/)
      assert.match(refusedHtml, /value="2026-03-08T02:30"/, 'the form keeps what was typed')
      const saved = await editor.request(
        'POST',
        `/app/releases/${id}/schedule`,
        form({ at: '2026-03-03T10:00', timeZone: 'America/Chicago', embargo: '1' }),
        formHeaders,
      )
      assert.equal(saved.status, 303)
      const shown = await (await editor.request('GET', saved.headers.get('location') ?? '')).text()
      assert.match(shown, /EMBARGOED UNTIL 10:00 a\.m\. CST, Tuesday, March 3, 2026/)
      assert.match(shown, /lang="es" class="embargo-line">EMBARGADO HASTA las 10:00/)
      const issued = await editor.request(
        'POST',
        `/app/releases/${id}/schedule/previews`,
        form({ email: 'desk@example.org', name: 'Desk' }),
        formHeaders,
      )
      const issuedHtml = await issued.text()
      assert.equal(issued.status, 200)
      const link = /value="(http:\/\/newsroom\.test\/preview\/[^"]+)"/.exec(issuedHtml)?.[1]
      assert.ok(link, 'the page shows the new link once')
      assert.equal((await world.app.request(new URL(link).pathname)).status, 200)
      const linkId = /schedule\/previews\/([^/]+)\/revoke/.exec(
        await (await editor.request('GET', `/app/releases/${id}/schedule`)).text(),
      )?.[1]
      assert.ok(linkId)
      const revoked = await editor.request(
        'POST',
        `/app/releases/${id}/schedule/previews/${linkId}/revoke`,
        '',
        formHeaders,
      )
      assert.equal(revoked.status, 303)
      assert.equal((await world.app.request(new URL(link).pathname)).status, 410)

      const auditPage = await editor.request('GET', `/app/releases/${id}/audit?lang=es`)
      const auditHtml = await auditPage.text()
      assert.equal(auditPage.status, 200)
      for (const words of [
        'Registro de auditoría',
        'Hora fijada',
        'Enlace de vista previa creado',
        'Vista previa consultada',
        'Titular del enlace desk@example.org',
        'editor-a',
        // Details are named in the page's language, statuses too.
        'de: En revisión; a: Aprobado; revisión: 1',
        'zona horaria: America/Chicago',
        'embargo: sí',
      ])
        assert.ok(auditHtml.includes(words), words)
      assert.doesNotMatch(auditHtml, /from: in-review/)
      const english = await (
        await editor.request('GET', `/app/releases/${id}/audit?lang=en`)
      ).text()
      assert.ok(english.includes('Preview link revoked'))
      assert.ok(english.includes('from: In review; to: Approved; revision: 1'))
      assert.equal((await other.request('GET', `/app/releases/${id}/audit`)).status, 404)
      const anonymous = await world.anonymous().request('GET', `/app/releases/${id}/audit`)
      assert.equal(anonymous.status, 303)
      assert.match(anonymous.headers.get('location') ?? '', /^\/app\/sign-in\?next=/)
    })
    it('says refusals in the page language, keeps the preview form, and answers a GET of a form address', async () => {
      const id = await approvedRelease(world, editor, 'spanish-refusals')
      // Missing approvals are said before a time is set, not only when publication is refused.
      const blocked = await (
        await editor.request('GET', `/app/releases/${id}/schedule?lang=es`)
      ).text()
      assert.match(blocked, /Publicarlo ahora se rechazaría: faltan \d+ aprobaciones/)
      assert.match(blocked, new RegExp(`href="/app/releases/${id}/quotes">Citas y aprobaciones`))
      await signOff(world, id)
      const ready = await (await editor.request('GET', `/app/releases/${id}/schedule`)).text()
      assert.doesNotMatch(ready, /approvals are missing/)
      const past = await editor.request(
        'POST',
        `/app/releases/${id}/schedule?lang=es`,
        form({ at: '2020-01-01T10:00', timeZone: 'Europe/Madrid', embargo: '1' }),
        formHeaders,
      )
      const pastHtml = await past.text()
      assert.equal(past.status, 422)
      assert.match(pastHtml, /Eso no se aceptó: esa hora ya pasó/)
      assert.doesNotMatch(pastHtml, /that time has passed/)
      const gap = await (
        await editor.request(
          'POST',
          `/app/releases/${id}/schedule?lang=es`,
          form({ at: '2026-03-08T02:30', timeZone: 'America/Chicago', embargo: '1' }),
          formHeaders,
        )
      ).text()
      assert.match(gap, /2026-03-08T02:30 no existe en America\/Chicago/)
      const english = await (
        await editor.request(
          'POST',
          `/app/releases/${id}/schedule?lang=en`,
          form({ at: '2020-01-01T10:00', timeZone: 'UTC' }),
          formHeaders,
        )
      ).text()
      assert.match(english, /That was not accepted: that time has passed/)

      const saved = await editor.request(
        'POST',
        `/app/releases/${id}/schedule`,
        form({ at: '2026-06-01T10:00', timeZone: 'Europe/Madrid', embargo: '1' }),
        formHeaders,
      )
      assert.equal(saved.status, 303)
      const badEmail = await editor.request(
        'POST',
        `/app/releases/${id}/schedule/previews?lang=es`,
        form({ email: 'desk@', name: 'Mesa de redacción' }),
        formHeaders,
      )
      const badHtml = await badEmail.text()
      assert.equal(badEmail.status, 422)
      assert.match(badHtml, /«desk@» no es una dirección de correo electrónico/)
      assert.match(
        badHtml,
        /id="preview-email" name="email"[^>]* value="desk@"/,
        'keeps the e-mail',
      )
      assert.match(badHtml, /id="preview-name" name="name"[^>]* value="Mesa de redacción"/)

      // The language switcher of a page answered by a POST links to the POST's address.
      for (const path of ['previews', 'clear', 'correct']) {
        const back = await editor.request('GET', `/app/releases/${id}/schedule/${path}?lang=es`)
        assert.equal(back.status, 303, path)
        assert.equal(back.headers.get('location'), `/app/releases/${id}/schedule?lang=es`)
      }
      const draft = await json(
        await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
          organizationId: world.orgA,
          slug: 'draft-refusal',
          versions,
        }),
        201,
      )
      const notApproved = await (
        await editor.request(
          'POST',
          `/app/releases/${draft.release.id}/schedule?lang=es`,
          form({ at: '2026-06-01T10:00', timeZone: 'UTC' }),
          formHeaders,
        )
      ).text()
      assert.match(
        notApproved,
        /solo se puede fijar la hora de un comunicado aprobado \(este está: Borrador\)/,
      )
    })
  })
}
