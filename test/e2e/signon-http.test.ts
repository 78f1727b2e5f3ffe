/**
 * Sign-ons over HTTP on both engines (the app in process, e-mail through a real SMTP server on
 * loopback): the public page in both languages, double opt-in through the e-mailed link, replayed
 * and forged links, the honeypot, the minimum fill time, a flood from one address and from one
 * e-mail refused clearly with nothing recorded, bilingual field errors that keep the values, the
 * body limit, uploaded logos, moderation in the workspace and both CSV exports.
 */
import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMailer, type Mailer } from '../../src/mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../src/mail/test-smtp-server.js'
import { mailText, signonLink } from '../../src/newsroom/signons/test-signon-world.js'
import { signonLimits } from '../../src/server/routes/signon-routes.js'
import { createTestWorld, type TestClient, type TestWorld } from '../../src/server/test-app.js'
import { releaseRepository } from '../../src/store/repositories/releases.js'
import { testEngines } from '../../src/store/test-engines.js'

const slug = 'protect-migrant-families'
const versions = [
  {
    lang: 'en',
    text: 'FOR IMMEDIATE RELEASE\n\nOrganizations call for protection of migrant families\n\nCHICAGO, March 1, 2026 — Organizations across the Americas today called on governments to protect migrant families.\n\n###',
  },
  {
    lang: 'es',
    text: 'PARA DIFUSIÓN INMEDIATA\n\nOrganizaciones piden proteger a las familias migrantes\n\nCHICAGO, 1 de marzo de 2026 — Organizaciones de todas las Américas pidieron hoy proteger a las familias migrantes.\n\n###',
  },
]
const png = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82,
])

for (const engine of testEngines) {
  describe(`sign-ons over HTTP on ${engine}`, () => {
    let smtp: TestSmtpServer
    let mailer: Mailer
    let world: TestWorld
    let editor: TestClient
    let releaseId: string
    let ip = 0

    const anon = () => world.anonymous()
    const mailsTo = (to: string) => smtp.received.filter((m) => m.to.includes(to)).map((m) => m.raw)
    const rows = async () =>
      world.store.db.selectFrom('signons').select(['email', 'organization']).execute()

    /** Opens the form (as a browser would), waits like a person, and sends it. */
    async function signOn(
      lang: 'en' | 'es',
      fields: Record<string, string>,
      options: { wait?: number; from?: string; logo?: Uint8Array } = {},
    ): Promise<Response> {
      const page = await anon().request('GET', `/${lang}/releases/${slug}/sign`)
      assert.equal(page.status, 200)
      const token = /name="formToken" value="([^"]+)"/.exec(await page.text())?.[1] ?? ''
      world.clock.advance(options.wait ?? 5_000)
      const form = new FormData()
      form.set('formToken', token)
      for (const [k, v] of Object.entries(fields)) form.set(k, v)
      if (options.logo) form.set('logo', new Blob([new Uint8Array(options.logo)]), 'logo.png')
      return anon().request('POST', `/${lang}/releases/${slug}/sign`, form, {
        'x-real-ip': options.from ?? `192.0.2.${++ip}`,
      })
    }
    const fields = (email: string, organization = 'Presente') => ({
      organization,
      city: 'Oakland',
      country: 'USA',
      contactName: 'Ana Pérez',
      email,
      consent: 'yes',
    })
    /** Opens an e-mailed link and presses its button; answers the final response. */
    async function follow(link: string): Promise<Response> {
      const url = new URL(link)
      const page = await anon().request('GET', `${url.pathname}${url.search}`)
      assert.equal(page.status, 200)
      const token = /name="token" value="([^"]+)"/.exec(await page.text())?.[1] ?? ''
      return anon().request('POST', url.pathname, new URLSearchParams({ token }).toString(), {
        'content-type': 'application/x-www-form-urlencoded',
      })
    }

    before(async () => {
      smtp = await startTestSmtpServer()
      mailer = createMailer({ smtpUrl: smtp.url })
      world = await createTestWorld(engine, { mailer })
      editor = await world.signIn('editor-a')
      const created = await editor.request(
        'POST',
        `/api/coalitions/${world.coalitionId}/releases`,
        {
          organizationId: world.orgA,
          slug,
          versions,
        },
      )
      assert.equal(created.status, 201)
      releaseId = ((await created.json()) as { release: { id: string } }).release.id
      const at = world.clock.now().toISOString()
      // Published directly: the publish gate is another feature's, tested there.
      await releaseRepository(world.store.db).setStatus(releaseId, 'published', at, at)
    })
    after(async () => {
      await world?.close()
      await mailer?.close()
      await smtp?.close()
    })

    it('has no sign-on page until editors open the release, then one per language', async () => {
      assert.equal((await anon().request('GET', `/en/releases/${slug}/sign`)).status, 404)
      const open = await editor.request(
        'POST',
        `/app/releases/${releaseId}/signons/open`,
        'open=yes',
        { 'content-type': 'application/x-www-form-urlencoded' },
      )
      assert.equal(open.status, 303)
      const en = await (await anon().request('GET', `/en/releases/${slug}/sign`)).text()
      assert.match(en, /<html lang="en"/)
      assert.match(en, /Sign on: Organizations call for protection of migrant families/)
      assert.match(en, /name="signon_extra"/)
      const es = await anon().request('GET', `/es/releases/${slug}/sign`)
      assert.equal(es.headers.get('cache-control'), 'no-store')
      const text = await es.text()
      assert.match(text, /<html lang="es"/)
      assert.match(text, /Sume a su organización/)
      assert.match(text, /Organizaciones piden proteger a las familias migrantes/)
    })

    it('double opt-in: confirmed by the e-mailed link, listed after approval; the link works once', async () => {
      const sent = await signOn('es', fields('ana@presente.org', 'Presente, Inc.'))
      assert.equal(sent.status, 200)
      assert.match(await sent.text(), /Revise su correo/)
      const link = signonLink(mailsTo('ana@presente.org')[0] ?? '', 'confirm')
      assert.ok(link)
      assert.match(
        link,
        /^http:\/\/newsroom\.test\/es\/releases\/protect-migrant-families\/sign\/confirm\?token=/,
      )
      // Unconfirmed: not listed, even once approved.
      const queue = await (await editor.request('GET', `/api/releases/${releaseId}/signons`)).json()
      const id = (queue as { entries: { id: string; state: string }[] }).entries[0]?.id ?? ''
      assert.equal((queue as { entries: { state: string }[] }).entries[0]?.state, 'pending')
      const approve = await editor.request(
        'POST',
        `/app/releases/${releaseId}/signons/${id}/moderate`,
        'decision=approved',
        { 'content-type': 'application/x-www-form-urlencoded' },
      )
      assert.equal(approve.status, 303)
      assert.doesNotMatch(
        await (await anon().request('GET', `/en/releases/${slug}/sign`)).text(),
        /Presente, Inc\./,
      )

      const stamp = await world.app.newsroom.signons.publicStamp(world.coalitionId)
      const confirmed = await follow(link)
      assert.equal(confirmed.status, 200)
      assert.match(await confirmed.text(), /su adhesión está confirmada/)
      assert.notEqual(await world.app.newsroom.signons.publicStamp(world.coalitionId), stamp)
      const page = await (await anon().request('GET', `/en/releases/${slug}/sign`)).text()
      assert.match(
        page,
        /<span class="signer-name">Presente, Inc\.<\/span> <span class="signer-place">Oakland, USA<\/span>/,
      )
      assert.doesNotMatch(page, /ana@presente\.org|Ana Pérez/, 'contacts are never public')
      // The release page and the feeds of both languages list the signer and invite others.
      for (const lang of ['en', 'es']) {
        const release = await (await anon().request('GET', `/${lang}/releases/${slug}/`)).text()
        assert.match(release, /<span class="signer-name">Presente, Inc\.<\/span>/, lang)
        assert.match(release, new RegExp(`href="/${lang}/releases/${slug}/sign"`), lang)
        const feed = await (await anon().request('GET', `/${lang}/feed.json`)).text()
        assert.match(feed, /signer-name\\">Presente, Inc\./, `${lang} feed`)
        assert.doesNotMatch(feed, /ana@presente\.org/)
        for (const file of ['feed.xml', 'atom.xml']) {
          const xml = await (await anon().request('GET', `/${lang}/${file}`)).text()
          assert.match(xml, /signer-name.{0,40}Presente, Inc\./s, `${lang} ${file}`)
          assert.doesNotMatch(xml, /ana@presente\.org/)
        }
      }

      // Replayed: refused clearly, nothing recorded twice.
      const auditBefore = (await world.app.newsroom.audit.forRelease(releaseId)).length
      const url = new URL(link)
      const replay = await anon().request(
        'POST',
        url.pathname,
        new URLSearchParams({ token: url.searchParams.get('token') ?? '' }).toString(),
        { 'content-type': 'application/x-www-form-urlencoded' },
      )
      assert.equal(replay.status, 409)
      assert.match(await replay.text(), /Este enlace ya se usó/)
      assert.equal((await world.app.newsroom.audit.forRelease(releaseId)).length, auditBefore)
      assert.equal((await rows()).length, 1)
    })

    it('refuses forged, malformed and expired links', async () => {
      const forged = await anon().request(
        'GET',
        `/en/releases/${slug}/sign/confirm?token=eyJ9.AAAA`,
      )
      assert.equal(forged.status, 400)
      assert.match(await forged.text(), /This link is not valid/)
      const none = await anon().request('GET', `/en/releases/${slug}/sign/confirm`)
      assert.equal(none.status, 400)
      await signOn('en', fields('late@casa.org', 'Casa'))
      const link = signonLink(mailsTo('late@casa.org')[0] ?? '', 'confirm') ?? ''
      world.clock.advance(8 * 24 * 3600 * 1000)
      const expired = await follow(link).catch(() => null)
      assert.equal(expired, null, 'the page of an expired link shows no button')
      const url = new URL(link)
      const page = await anon().request('GET', `${url.pathname}${url.search}`)
      assert.equal(page.status, 410)
      assert.match(await page.text(), /This link has expired/)
    })

    it('answers a filled honeypot like a person, and records and sends nothing', async () => {
      const before = { rows: (await rows()).length, mails: smtp.received.length }
      const response = await signOn('en', {
        ...fields('bot@spam.example', 'Bot'),
        signon_extra: 'http://spam',
      })
      assert.equal(response.status, 200)
      assert.match(await response.text(), /Check your e-mail/)
      assert.equal((await rows()).length, before.rows)
      assert.equal(smtp.received.length, before.mails)
    })

    it('refuses a form sent faster than a person could, keeping what was typed', async () => {
      const response = await signOn('en', fields('quick@x.org', 'Quick Org'), { wait: 500 })
      assert.equal(response.status, 422)
      const page = await response.text()
      assert.match(page, /The form was sent very quickly/)
      assert.match(page, /value="Quick Org"/)
      assert.ok(!(await rows()).some((r) => r.email === 'quick@x.org'))
    })

    it('refuses a flood from one address and from one e-mail clearly, recording nothing more', async () => {
      const from = '198.51.100.7'
      for (let i = 0; i < signonLimits.perAddress; i++)
        assert.equal(
          (await signOn('en', fields(`n${i}@flood${i}.org`, `Flood ${i}`), { from })).status,
          200,
        )
      const count = (await rows()).length
      const refused = await signOn('es', fields('one-more@flood.org', 'One More'), { from })
      assert.equal(refused.status, 429)
      assert.ok(Number(refused.headers.get('retry-after')) > 0)
      assert.match(
        await refused.text(),
        /Demasiadas adhesiones desde aquí\. Inténtelo de nuevo en \d+ minutos/,
      )
      assert.equal((await rows()).length, count)

      // Mistakes do not count against an e-mail address.
      for (let i = 0; i <= signonLimits.perEmail; i++)
        assert.equal(
          (await signOn('en', { ...fields('same@same.org', 'Same Org'), consent: '' })).status,
          422,
        )
      for (let i = 0; i < signonLimits.perEmail; i++)
        await signOn('en', fields('same@same.org', 'Same Org'))
      const mails = mailsTo('same@same.org').length
      const again = await signOn('en', fields('same@same.org', 'Same Org'))
      assert.equal(again.status, 429)
      assert.equal(mailsTo('same@same.org').length, mails)
      assert.equal((await rows()).filter((r) => r.email === 'same@same.org').length, 1)
    })

    it('shows every field error in the page language and keeps the values', async () => {
      const response = await signOn('es', {
        organization: 'Red Sin Correo',
        city: '',
        country: 'México',
        contactName: 'Luis',
        email: 'luis@',
        logoUrl: 'http://logo.example/l.png',
      })
      assert.equal(response.status, 422)
      const page = await response.text()
      assert.match(page, /Corrija lo siguiente/)
      assert.match(page, /Escriba una dirección de correo como nombre@ejemplo\.org/)
      assert.match(page, /La dirección del logo debe empezar por https:\/\//)
      assert.match(page, /Marque la casilla para aceptar aparecer en la lista pública/)
      assert.match(
        page,
        /id="signon-city" name="city" value="" autocomplete="address-level2" required aria-invalid="true"/,
      )
      assert.match(page, /value="Red Sin Correo"/)
    })

    it('refuses a body over its limit and a logo that is not an image', async () => {
      const big = await signOn('en', fields('big@x.org', 'Big'), {
        logo: new Uint8Array(signonLimits.maxBodyBytes + 10),
      })
      assert.equal(big.status, 413)
      const svg = await signOn('en', fields('svg@x.org', 'Svg'), {
        logo: new TextEncoder().encode('<svg onload="alert(1)"/>'),
      })
      assert.equal(svg.status, 422)
      assert.match(await svg.text(), /The logo must be a PNG, JPEG or WebP image/)
      assert.ok(!(await rows()).some((r) => r.email === 'svg@x.org' || r.email === 'big@x.org'))
    })

    it('serves an uploaded logo only once its sign-on is listed', async () => {
      await signOn('en', fields('logo@logo.org', 'Logo Org'), { logo: png })
      await follow(signonLink(mailsTo('logo@logo.org')[0] ?? '', 'confirm') ?? '')
      const row = await world.store.db
        .selectFrom('signons')
        .selectAll()
        .where('email', '=', 'logo@logo.org')
        .executeTakeFirstOrThrow()
      assert.ok(row.logo_id)
      assert.equal((await anon().request('GET', `/assets/signon-logos/${row.logo_id}`)).status, 404)
      await editor.request(
        'POST',
        `/app/releases/${releaseId}/signons/${row.id}/moderate`,
        'decision=approved',
        { 'content-type': 'application/x-www-form-urlencoded' },
      )
      const logo = await anon().request('GET', `/assets/signon-logos/${row.logo_id}`)
      assert.equal(logo.status, 200)
      assert.equal(logo.headers.get('content-type'), 'image/png')
      assert.deepEqual(new Uint8Array(await logo.arrayBuffer()), png)
      const page = await (await anon().request('GET', `/es/releases/${slug}/sign`)).text()
      assert.match(
        page,
        new RegExp(
          `<img class="signer-logo" src="http://newsroom.test/assets/signon-logos/${row.logo_id}" alt=""`,
        ),
      )
    })

    it('asks signers to reconfirm after a material change; the link page confirms once', async () => {
      const listed = async () =>
        [
          ...(await (await anon().request('GET', `/en/releases/${slug}/sign`)).text()).matchAll(
            /class="signer-name">([^<]+)</g,
          ),
        ].map((m) => m[1])
      assert.deepEqual(await listed(), ['Logo Org', 'Presente, Inc.'])
      const row = await releaseRepository(world.store.db).get(releaseId)
      const before = mailsTo('ana@presente.org').length
      // Saved through the API: the save itself asks the signers (nobody has to read the list).
      const saved = await editor.request('PUT', `/api/releases/${releaseId}`, {
        baseRevision: row?.revision ?? 1,
        versions: versions.map((v) => ({ ...v, text: v.text.replace('2026', '2027') })),
      })
      assert.equal(saved.status, 200)
      assert.equal(mailsTo('ana@presente.org').length, before + 1, 'asked on save, once')
      const link = signonLink(mailsTo('ana@presente.org').at(-1) ?? '', 'reconfirm')
      assert.ok(link, 'the reconfirmation e-mail arrived')
      assert.match(
        mailText(mailsTo('ana@presente.org').at(-1) ?? ''),
        /La declaración que firmó Presente, Inc\. ha cambiado/,
      )
      assert.deepEqual(await listed(), [], 'nobody is listed for a text they did not sign')
      assert.equal(mailsTo('ana@presente.org').length, before + 1, 'and not asked again on read')
      const done = await follow(link)
      assert.equal(done.status, 200)
      assert.match(await done.text(), /vale ahora para el texto actual/)
      assert.deepEqual(await listed(), ['Presente, Inc.'])
      const url = new URL(link)
      const again = await anon().request('GET', `${url.pathname}${url.search}`)
      assert.equal(again.status, 409)
      const queue = (await (
        await editor.request('GET', `/api/releases/${releaseId}/signons`)
      ).json()) as {
        entries: { email: string; state: string }[]
      }
      assert.equal(queue.entries.find((e) => e.email === 'logo@logo.org')?.state, 'reconfirm')
    })

    it('editors merge duplicates from the queue; a draft has no sign-on page', async () => {
      await signOn('en', fields('uno@gmail.com', 'Familias Unidas'))
      await signOn('es', fields('dos@gmail.com', 'FAMILIAS UNIDAS A.C.'))
      for (const to of ['uno@gmail.com', 'dos@gmail.com'])
        assert.equal((await follow(signonLink(mailsTo(to)[0] ?? '', 'confirm') ?? '')).status, 200)
      const ids = async () =>
        Object.fromEntries(
          (
            await world.store.db
              .selectFrom('signons')
              .select(['email', 'id'])
              .where('email', 'like', '%@gmail.com')
              .execute()
          ).map((r) => [r.email, r.id]),
        )
      const { 'uno@gmail.com': uno, 'dos@gmail.com': dos } = await ids()
      const form = { 'content-type': 'application/x-www-form-urlencoded' }
      const merged = await editor.request(
        'POST',
        `/app/releases/${releaseId}/signons/${dos}/merge`,
        `into=${uno}`,
        form,
      )
      assert.equal(merged.status, 303)
      await editor.request(
        'POST',
        `/app/releases/${releaseId}/signons/${uno}/moderate`,
        'decision=approved',
        form,
      )
      const page = await (
        await editor.request('GET', `/app/releases/${releaseId}/signons?state=merged`)
      ).text()
      assert.match(page, /Merged into Familias Unidas/)
      const again = await editor.request(
        'POST',
        `/app/releases/${releaseId}/signons/${dos}/moderate`,
        'decision=approved',
        form,
      )
      assert.equal(again.status, 409)
      const listed = await (await anon().request('GET', `/es/releases/${slug}/sign`)).text()
      assert.equal(listed.match(/Familias Unidas/gi)?.length, 1)

      const draft = await editor.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
        organizationId: world.orgA,
        slug: 'draft-statement',
        versions,
      })
      const draftId = ((await draft.json()) as { release: { id: string } }).release.id
      await editor.request('POST', `/app/releases/${draftId}/signons/open`, 'open=yes', form)
      assert.equal((await anon().request('GET', '/en/releases/draft-statement/sign')).status, 404)
      const moderation = await (
        await editor.request('GET', `/app/releases/${draftId}/signons`)
      ).text()
      assert.match(moderation, /The sign-on page appears once the release is published/)
    })

    it('moderation: editors only; CSV exports escape formula cells', async () => {
      const page = await editor.request('GET', `/app/releases/${releaseId}/signons?state=approved`)
      assert.equal(page.status, 200)
      const text = await page.text()
      assert.match(text, /Approved \(listed\)/)
      assert.match(text, /ana@presente\.org/)
      assert.equal(page.headers.get('cache-control'), 'no-store')
      const anonymous = await anon().request('GET', `/app/releases/${releaseId}/signons`)
      assert.equal(anonymous.status, 303)
      const viewer = await world.signIn('viewer-a')
      assert.equal((await viewer.request('GET', `/app/releases/${releaseId}/signons`)).status, 403)
      const outsider = await world.signIn('editor-other')
      assert.equal(
        (await outsider.request('GET', `/app/releases/${releaseId}/signons.csv`)).status,
        403,
      )

      await signOn('en', fields('evil@evil.org', '=HYPERLINK("http://evil","click")'))
      await follow(signonLink(mailsTo('evil@evil.org')[0] ?? '', 'confirm') ?? '')
      const evil = await world.store.db
        .selectFrom('signons')
        .select('id')
        .where('email', '=', 'evil@evil.org')
        .executeTakeFirstOrThrow()
      await editor.request(
        'POST',
        `/app/releases/${releaseId}/signons/${evil.id}/moderate`,
        'decision=approved',
        { 'content-type': 'application/x-www-form-urlencoded' },
      )
      const publicCsv = await anon().request('GET', `/en/releases/${slug}/signers.csv`)
      assert.equal(publicCsv.headers.get('content-type'), 'text/csv; charset=utf-8')
      const csv = await publicCsv.text()
      assert.match(csv, /^\uFEFF?Organization,City,Country,Logo\r\n/)
      assert.match(csv, /"'=HYPERLINK\(""http:\/\/evil"",""click""\)",Oakland,USA,/)
      assert.doesNotMatch(csv, /evil@evil\.org/)
      const full = await (
        await editor.request('GET', `/app/releases/${releaseId}/signons.csv`)
      ).text()
      assert.match(full, /evil@evil\.org/)
      assert.match(full, /"'=HYPERLINK/)
    })
    it('a statement closed before anyone was listed keeps its page, without the form', async () => {
      const closedSlug = 'closed-before-listing'
      const created = await editor.request(
        'POST',
        `/api/coalitions/${world.coalitionId}/releases`,
        { organizationId: world.orgA, slug: closedSlug, versions },
      )
      assert.equal(created.status, 201)
      const id = ((await created.json()) as { release: { id: string } }).release.id
      const at = world.clock.now().toISOString()
      await releaseRepository(world.store.db).setStatus(id, 'published', at, at)
      const form = { 'content-type': 'application/x-www-form-urlencoded' }
      assert.equal(
        (await editor.request('POST', `/app/releases/${id}/signons/open`, 'open=yes', form)).status,
        303,
      )
      assert.equal(
        (await editor.request('POST', `/app/releases/${id}/signons/open`, 'open=no', form)).status,
        303,
      )
      for (const [lang, closed] of [
        ['en', 'This statement is no longer open for sign-ons.'],
        ['es', 'Esta declaración ya no recibe adhesiones.'],
      ] as const) {
        const page = await anon().request('GET', `/${lang}/releases/${closedSlug}/sign`)
        assert.equal(page.status, 200, lang)
        const html = await page.text()
        assert.ok(html.includes(closed), lang)
        assert.doesNotMatch(html, /name="formToken"/)
      }
      // A form that was open when the statement closed gets the same note, and records nothing.
      const before = (await rows()).length
      const late = new FormData()
      for (const [k, v] of Object.entries(fields('late@presente.org'))) late.set(k, v)
      const refused = await anon().request('POST', `/es/releases/${closedSlug}/sign`, late)
      assert.equal(refused.status, 409)
      assert.ok((await refused.text()).includes('Esta declaración ya no recibe adhesiones.'))
      assert.equal((await rows()).length, before)
    })
  })
}
