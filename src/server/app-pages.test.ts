/**
 * The workspace pages, in process on SQLite and PostgreSQL: a small form client keeps cookies
 * and posts forms with the `_csrf` field read from the page, the way a browser without
 * JavaScript would.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { Document, Packer, Paragraph } from 'docx'
import { testEngines } from '../store/test-engines.js'
import { createTestWorld, type TestWorld } from './test-app.js'

const fixture = readFileSync(
  new URL('../../test/fixtures/01-alianza-americas-2021-06-10/release.txt', import.meta.url),
)
const versions = (tag: string) => [
  { lang: 'en', text: `June 10, 2021\n\nHeadline of ${tag} in English\n\nCHICAGO – Body.` },
  { lang: 'es', text: `10 de junio de 2021\n\nTitular de ${tag} en español\n\nCHICAGO – Cuerpo.` },
]

/** A cookie-keeping client of the pages. */
interface Browser {
  get(
    path: string,
    headers?: Record<string, string>,
  ): Promise<{ status: number; html: string; response: Response }>
  post(
    path: string,
    form: Record<string, string | string[]> | FormData,
    withCsrf?: boolean,
  ): Promise<Response>
  /** The `_csrf` value of the last page read. */
  csrf: string
  cookies: Map<string, string>
}

function browser(world: TestWorld, ip = '10.1.1.1'): Browser {
  const cookies = new Map<string, string>()
  const keep = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';')
      const [name = '', value = ''] = pair.split('=')
      if (/Max-Age=0/i.test(line) || value === '') cookies.delete(name)
      else cookies.set(name, value)
    }
  }
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const self: Browser = {
    cookies,
    csrf: '',
    async get(path, headers = {}) {
      const response = await world.app.request(path, {
        headers: { cookie: cookieHeader(), 'x-real-ip': ip, ...headers },
      })
      keep(response)
      const html = await response.text()
      self.csrf = /name="_csrf" value="([^"]*)"/.exec(html)?.[1] ?? self.csrf
      return { status: response.status, html, response }
    },
    async post(path, form, withCsrf = true) {
      let body: FormData | string
      const headers: Record<string, string> = { cookie: cookieHeader(), 'x-real-ip': ip }
      if (form instanceof FormData) {
        if (withCsrf) form.set('_csrf', self.csrf)
        body = form
      } else {
        const params = new URLSearchParams()
        if (withCsrf) params.set('_csrf', self.csrf)
        for (const [k, v] of Object.entries(form))
          for (const one of Array.isArray(v) ? v : [v]) params.append(k, one)
        body = params.toString()
        headers['content-type'] = 'application/x-www-form-urlencoded'
      }
      const response = await world.app.request(path, { method: 'POST', headers, body })
      keep(response)
      return response
    },
  }
  return self
}

async function signedIn(world: TestWorld, user: string, ip?: string): Promise<Browser> {
  const b = browser(world, ip)
  await b.get('/app/sign-in')
  const response = await b.post('/app/sign-in', {
    email: `${user}@example.org`,
    password: world.password,
  })
  assert.equal(response.status, 303, `sign-in of ${user}`)
  await b.get('/app')
  return b
}

const buttons = (html: string) =>
  [...html.matchAll(/name="status" value="([a-z-]+)"/g)].map((m) => m[1])

for (const engine of testEngines) {
  describe(`workspace pages on ${engine}`, () => {
    let world: TestWorld
    let releaseA: string
    let releaseB: string
    let releaseOther: string
    // Signing in costs a scrypt hash: each user signs in once per engine, tests share the session.
    const as: Record<string, Browser> = {}
    before(async () => {
      world = await createTestWorld(engine)
      const create = async (user: string, coalition: string, org: string, tag: string) => {
        const client = await world.signIn(user)
        const response = await client.request('POST', `/api/coalitions/${coalition}/releases`, {
          organizationId: org,
          versions: versions(tag),
        })
        assert.equal(response.status, 201)
        return ((await response.json()) as { release: { id: string } }).release.id
      }
      releaseA = await create('editor-a', world.coalitionId, world.orgA, 'Alpha')
      releaseB = await create('editor-b', world.coalitionId, world.orgB, 'Bravo')
      releaseOther = await create('editor-other', world.otherCoalitionId, world.orgOther, 'Other')
      for (const user of ['editor-a', 'editor-b', 'viewer-a'])
        as[user] = await signedIn(world, user, `10.0.1.${user.length}`)
    })
    after(() => world.close())

    describe('sign-in', () => {
      it('shows a labelled form with a CSRF field and signs in with an HttpOnly, SameSite cookie', async () => {
        const b = browser(world)
        const page = await b.get('/app/sign-in')
        assert.equal(page.status, 200)
        assert.match(page.html, /<label for="email">E-mail<\/label>/)
        assert.match(page.html, /<label for="password">Password<\/label>/)
        assert.ok(b.csrf.length >= 20)
        const response = await b.post('/app/sign-in', {
          email: 'Editor-A@example.org',
          password: world.password,
        })
        assert.equal(response.status, 303)
        assert.equal(response.headers.get('location'), '/app')
        const cookie = response.headers
          .getSetCookie()
          .find((c) => c.startsWith('comunicado_session='))
        assert.ok(cookie)
        assert.match(cookie, /HttpOnly/)
        assert.match(cookie, /SameSite=Lax/)
        const dashboard = await b.get('/app')
        assert.equal(dashboard.status, 200)
        assert.match(dashboard.html, /Signed in as editor-a/)
      })

      it('answers a wrong password with a clear error in both languages and no session', async () => {
        const b = browser(world, '10.2.2.2')
        await b.get('/app/sign-in')
        const response = await b.post('/app/sign-in', {
          email: 'editor-a@example.org',
          password: 'not the password',
        })
        assert.equal(response.status, 401)
        assert.equal(b.cookies.has('comunicado_session'), false)
        const html = await response.text()
        assert.match(html, /role="alert"/)
        assert.match(html, /The e-mail or the password is not right/)
        assert.match(html, /<p lang="es">El correo electrónico o la contraseña no son correctos/)
        assert.match(html, /value="editor-a@example.org"/, 'keeps the e-mail typed')
        const es = browser(world, '10.2.2.3')
        await es.get('/app/sign-in?lang=es')
        const spanish = await (
          await es.post('/app/sign-in', { email: 'nadie@example.org', password: 'no es esta' })
        ).text()
        assert.match(spanish, /<html lang="es">/)
        assert.match(spanish, /<p>El correo electrónico o la contraseña no son correctos/)
        assert.match(spanish, /<p lang="en">The e-mail or the password is not right/)
      })

      it('refuses a sign-in form posted without its form token (login CSRF)', async () => {
        const b = browser(world, '10.3.3.3')
        await b.get('/app/sign-in')
        const response = await b.post(
          '/app/sign-in',
          { email: 'editor-a@example.org', password: world.password },
          false,
        )
        assert.equal(response.status, 403)
        assert.equal(b.cookies.has('comunicado_session'), false)
      })

      it('shares the rate limit with the API sign-in', async () => {
        const ip = '10.4.4.4'
        for (let i = 0; i < 5; i++) {
          const r = await world.app.request('/api/session', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-real-ip': ip },
            body: JSON.stringify({ email: `x${i}@example.org`, password: 'nope' }),
          })
          assert.equal(r.status, 401)
        }
        const b = browser(world, ip)
        await b.get('/app/sign-in')
        const response = await b.post('/app/sign-in', {
          email: 'editor-a@example.org',
          password: world.password,
        })
        assert.equal(response.status, 429)
        assert.ok(Number(response.headers.get('retry-after')) > 0)
        assert.match(await response.text(), /Too many sign-in attempts/)
      })

      it('goes back to the page asked for, but never off the workspace', async () => {
        const b = browser(world, '10.5.5.5')
        const first = await b.get(`/app/releases/${releaseA}`)
        assert.equal(first.status, 303)
        const location = first.response.headers.get('location') ?? ''
        assert.equal(
          location,
          `/app/sign-in?next=${encodeURIComponent(`/app/releases/${releaseA}`)}`,
        )
        await b.get(location)
        const next = await b.post('/app/sign-in', {
          email: 'editor-a@example.org',
          password: world.password,
          next: `/app/releases/${releaseA}`,
        })
        assert.equal(next.headers.get('location'), `/app/releases/${releaseA}`)
        const evil = browser(world, '10.5.5.6')
        await evil.get('/app/sign-in')
        const away = await evil.post('/app/sign-in', {
          email: 'editor-a@example.org',
          password: world.password,
          next: '//evil.example/app',
        })
        assert.equal(away.headers.get('location'), '/app')
      })

      it('signs out only by a POST with the CSRF token', async () => {
        const b = await signedIn(world, 'viewer-a', '10.6.6.6')
        assert.equal((await b.post('/app/sign-out', {}, false)).status, 403)
        assert.equal((await b.get('/app')).status, 200)
        await b.get('/app/sign-out')
        const out = await b.post('/app/sign-out', {})
        assert.equal(out.status, 303)
        assert.equal((await b.get('/app')).status, 303)
      })
    })

    describe('dashboard', () => {
      it('lists only the releases the user may read', async () => {
        const viewer = as['viewer-a'] as Browser
        const page = (await viewer.get('/app')).html
        assert.match(page, /Headline of Alpha in English/)
        assert.doesNotMatch(page, /Bravo/)
        assert.doesNotMatch(page, /Other/)
        assert.match(page, /Coalition: Red de Migrantes/)
        const editorB = as['editor-b'] as Browser
        const pageB = (await editorB.get('/app')).html
        assert.match(pageB, /Headline of Bravo in English/)
        assert.doesNotMatch(pageB, /Alpha/)
      })

      it('shows status, languages and last change, with the headline in the interface language', async () => {
        const viewer = as['viewer-a'] as Browser
        const page = (await viewer.get('/app?lang=es')).html
        assert.match(
          page,
          /<a href="\/app\/releases\/[^"]+" lang="es">Titular de Alpha en español<\/a>/,
        )
        assert.match(page, /Borrador/)
        assert.match(page, /Inglés, Español/)
        assert.match(page, /<time datetime="2026-03-01T12:00:00.000Z">/)
        await viewer.get('/app?lang=en')
      })

      it('sends a visitor without a session to the sign-in page', async () => {
        const response = await world.app.request('/app')
        assert.equal(response.status, 303)
        assert.match(response.headers.get('location') ?? '', /^\/app\/sign-in\?next=/)
      })

      it('does not show another coalition’s release page, even by id', async () => {
        const editorA = as['editor-a'] as Browser
        const page = await editorA.get(`/app/releases/${releaseOther}`)
        assert.equal(page.status, 404)
        assert.match(page.html, /<html lang="en">/)
        assert.doesNotMatch(page.html, /Other/)
        assert.equal((await editorA.get(`/app/releases/${releaseB}`)).status, 404)
      })
    })

    describe('forms and CSRF', () => {
      it('refuses state-changing forms without the CSRF token, and changes nothing', async () => {
        const editor = as['editor-a'] as Browser
        const status = await editor.post(
          `/app/releases/${releaseA}/status`,
          { status: 'in-review' },
          false,
        )
        assert.equal(status.status, 403)
        const refusal = await status.text()
        assert.match(refusal, /<html lang="en">/, 'a page, not JSON')
        assert.match(refusal, /role="alert">The form expired. Reload the page and try again./)
        const upload = new FormData()
        upload.set('organizationId', world.orgA)
        upload.set('textEn', 'June 1, 2026\n\nA headline that must not be saved\n\nBody.')
        assert.equal((await editor.post('/app/releases/new', upload, false)).status, 403)
        const bad = new FormData()
        bad.set('_csrf', 'not-the-token')
        bad.set('organizationId', world.orgA)
        bad.set('textEn', 'June 1, 2026\n\nA headline that must not be saved\n\nBody.')
        assert.equal((await editor.post('/app/releases/new', bad, false)).status, 403)
        const huge = new FormData()
        huge.set('organizationId', world.orgA)
        huge.set('file', new Blob([new Uint8Array(3 * 1024 * 1024).fill(65)]), 'huge.txt')
        const tooLarge = await editor.post('/app/releases/new', huge)
        assert.equal(tooLarge.status, 413)
        assert.match(await tooLarge.text(), /That was not accepted: the request body is larger/)
        const page = (await editor.get('/app')).html
        assert.doesNotMatch(page, /must not be saved/)
        assert.match((await editor.get(`/app/releases/${releaseA}`)).html, /status-draft/)
      })
    })

    describe('release page', () => {
      it('imports an uploaded file that holds both languages, and shows them side by side', async () => {
        const editor = as['editor-a'] as Browser
        const form = await editor.get('/app/releases/new')
        assert.match(form.html, /enctype="multipart\/form-data"/)
        const upload = new FormData()
        upload.set('organizationId', world.orgA)
        upload.append('coIssuerIds', world.orgB)
        upload.set('file', new Blob([fixture], { type: 'text/plain' }), 'release.txt')
        const response = await editor.post('/app/releases/new', upload)
        assert.equal(response.status, 303)
        const page = await editor.get(response.headers.get('location') ?? '')
        assert.equal(page.status, 200)
        assert.match(page.html, /<h1>Communities and grassroots organizations are key/)
        assert.match(page.html, /role="status">The release was imported as a draft/)
        assert.match(page.html, /<section class="version" lang="en"[^>]*>[\s\S]*CHICAGO – While/)
        assert.match(
          page.html,
          /<section class="version" lang="es"[^>]*>[\s\S]*Las comunidades y las organizaciones de base/,
        )
        assert.match(page.html, /Alianza Americas, Presente/)
        // The review shows the checker's findings: the obfuscated e-mails of the stored copy.
        assert.match(page.html, /<h2>Checks<\/h2>/)
        assert.match(
          page.html,
          /<strong>Error<\/strong> \(line 3\):[^<]*<code>invalid-email<\/code>/,
        )
      })

      it('imports a Word file, and refuses a file the reader cannot read with the form kept', async () => {
        const editor = as['editor-a'] as Browser
        await editor.get('/app/releases/new')
        const paragraphs = [
          'FOR IMMEDIATE RELEASE',
          'March 3, 2026',
          'Coalition members answer the new border rule together',
          'WASHINGTON – Member organizations said on Tuesday that the rule must be withdrawn.',
          '###',
          'PARA PUBLICACIÓN INMEDIATA',
          '3 de marzo de 2026',
          'Las organizaciones de la coalición responden juntas a la nueva norma fronteriza',
          'WASHINGTON – Las organizaciones miembros dijeron el martes que la norma debe retirarse.',
          '###',
        ]
        const docx = await Packer.toBuffer(
          new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph(p)) }] }),
        )
        const upload = new FormData()
        upload.set('organizationId', world.orgA)
        upload.set('file', new Blob([new Uint8Array(docx)]), 'joint statement.docx')
        const response = await editor.post('/app/releases/new', upload)
        assert.equal(response.status, 303)
        const page = (await editor.get(response.headers.get('location') ?? '')).html
        assert.match(page, /<h1>Coalition members answer the new border rule together<\/h1>/)
        assert.match(page, /<section class="version" lang="es"[\s\S]*responden juntas/)
        const pdf = new FormData()
        pdf.set('organizationId', world.orgA)
        pdf.append('coIssuerIds', world.orgB)
        pdf.set('file', new Blob(['%PDF-1.4 not a release']), 'statement.pdf')
        const refused = await editor.post('/app/releases/new', pdf)
        assert.equal(refused.status, 422)
        const html = await refused.text()
        assert.match(html, /role="alert">That was not accepted: .*statement\.pdf/)
        assert.match(
          html,
          new RegExp(`value="${world.orgB}" checked`),
          'the co-issuer stays chosen',
        )
        const both = new FormData()
        both.set('organizationId', world.orgA)
        both.set('textEs', 'Texto que no debe perderse')
        both.set('file', new Blob([fixture]), 'release.txt')
        const ambiguous = await editor.post('/app/releases/new', both)
        assert.equal(ambiguous.status, 422)
        const again = await ambiguous.text()
        assert.match(again, /Give either a file or pasted text, not both/)
        assert.match(again, />Texto que no debe perderse<\/textarea>/)
      })

      it('imports pasted text and re-shows the form when nothing was given', async () => {
        const editor = as['editor-a'] as Browser
        await editor.get('/app/releases/new')
        const empty = new FormData()
        empty.set('organizationId', world.orgA)
        const refused = await editor.post('/app/releases/new', empty)
        assert.equal(refused.status, 422)
        assert.match(await refused.text(), /Choose a file or paste at least one language version/)
        const pasted = new FormData()
        pasted.set('organizationId', world.orgA)
        pasted.set(
          'textEs',
          '2 de marzo de 2026\n\nUn titular pegado en español\n\nCHICAGO – Texto.',
        )
        const response = await editor.post('/app/releases/new', pasted)
        assert.equal(response.status, 303)
        const page = (await editor.get(response.headers.get('location') ?? '')).html
        assert.match(page, /<h1 lang="es">Un titular pegado en español<\/h1>/)
        assert.match(page, /There is no English version yet/)
      })

      it('offers exactly the steps the status machine allows, and only to editors', async () => {
        const editor = as['editor-a'] as Browser
        const viewer = as['viewer-a'] as Browser
        const pasted = new FormData()
        pasted.set('organizationId', world.orgA)
        pasted.set(
          'textEn',
          'March 2, 2026\n\nA release to walk through its steps\n\nCHICAGO – Body.',
        )
        const created = await editor.post('/app/releases/new', pasted)
        const path = (created.headers.get('location') ?? '').replace(/\?.*/, '')
        const walk: [string, string[]][] = [
          ['draft', ['in-review']],
          ['in-review', ['draft', 'approved']],
          ['approved', ['draft', 'scheduled', 'published']],
          ['published', ['corrected']],
        ]
        for (const [status, allowed] of walk) {
          const page = (await editor.get(path)).html
          assert.match(page, new RegExp(`status-${status}`))
          assert.deepEqual(buttons(page), allowed, `steps from ${status}`)
          assert.deepEqual(buttons((await viewer.get(path)).html), [], 'a viewer gets no buttons')
          if (status === 'published') break
          const next = walk[walk.findIndex(([s]) => s === status) + 1]?.[0] ?? ''
          const moved = await editor.post(`${path}/status`, { status: next })
          assert.equal(moved.status, 303)
        }
        const published = (await editor.get(path)).html
        assert.match(published, /href="\/en\/releases\/a-release-to-walk-through-its-steps\/"/)
        const skipped = await editor.post(`${path}/status`, { status: 'draft' })
        assert.equal(skipped.status, 409)
        assert.match(await skipped.text(), /cannot go from published to draft/)
        const byViewer = await viewer.post(`${path}/status`, { status: 'corrected' })
        assert.equal(byViewer.status, 403)
      })

      it('refuses a step decided on an older revision than the current one', async () => {
        const editor = as['editor-a'] as Browser
        const page = (await editor.get(`/app/releases/${releaseA}`)).html
        assert.match(page, /name="revision" value="1"/)
        const api = await world.signIn('editor-a')
        const saved = await api.request('PUT', `/api/releases/${releaseA}`, {
          baseRevision: 1,
          versions: versions('Alpha changed'),
        })
        assert.equal(saved.status, 200)
        const stale = await editor.post(`/app/releases/${releaseA}/status`, {
          status: 'in-review',
          revision: '1',
        })
        assert.equal(stale.status, 409)
        const refused = await stale.text()
        assert.match(refused, /changed since you loaded it \(now revision 2\)/)
        assert.match(refused, new RegExp(`href="/app/releases/${releaseA}\\?lang=es"`))
      })

      it('saves an edit as a revision, links its diff, and keeps a stale edit’s text', async () => {
        const editor = as['editor-b'] as Browser
        const page = (await editor.get(`/app/releases/${releaseB}`)).html
        const base = /name="baseRevision" value="(\d+)"/.exec(page)?.[1] ?? ''
        const texts = versions('Bravo')
        const response = await editor.post(`/app/releases/${releaseB}/save`, {
          baseRevision: base,
          'text-en': (texts[0]?.text ?? '').replace('Body.', 'Body, now longer.'),
          'text-es': texts[1]?.text ?? '',
          note: 'longer body',
        })
        assert.equal(response.status, 303)
        const after = (await editor.get(response.headers.get('location') ?? '')).html
        assert.match(after, /A new revision was saved/)
        assert.match(after, /longer body/)
        const link = /href="(\/app\/releases\/[^"]+\/diff\?from=1&amp;to=2)"/.exec(after)?.[1]
        assert.ok(link)
        const diff = (await editor.get(link.replace('&amp;', '&'))).html
        assert.match(diff, /Changes from revision 1 to revision 2/)
        assert.match(diff, /<ins>.*now.*<\/ins>/)
        assert.match(diff, /<section lang="es"[\s\S]*No change in this language/)
        const stale = await editor.post(`/app/releases/${releaseB}/save`, {
          baseRevision: base,
          'text-en': 'My unsaved words',
          'text-es': 'Mis palabras',
        })
        assert.equal(stale.status, 409)
        const html = await stale.text()
        assert.match(html, /<details open>/)
        assert.match(html, />My unsaved words<\/textarea>/)
      })

      it('answers a diff of unknown revisions with a page, not JSON', async () => {
        const editor = as['editor-a'] as Browser
        const missing = await editor.get(`/app/releases/${releaseA}/diff?from=1&to=99`)
        assert.equal(missing.status, 404)
        assert.match(missing.html, /<!doctype html>/)
        const bad = await editor.get(`/app/releases/${releaseA}/diff?from=x&to=2`)
        assert.equal(bad.status, 400)
      })
    })

    describe('interface language', () => {
      it('follows ?lang=, remembers it, and marks <html lang>', async () => {
        const b = as['viewer-a'] as Browser
        const es = (await b.get('/app?lang=es')).html
        assert.match(es, /<html lang="es">/)
        assert.match(es, /<h1>Comunicados<\/h1>/)
        assert.match(es, /<a href="\/app\?lang=en" lang="en" hreflang="en">English<\/a>/)
        assert.match(es, /lang="es" hreflang="es" aria-current="true">Español/)
        const next = (await b.get('/app/releases/new')).html
        assert.match(next, /<html lang="es">/)
        const back = (await b.get('/app?lang=en')).html
        assert.match(back, /<h1>Releases<\/h1>/)
      })

      it('uses the user’s locale, then Accept-Language', async () => {
        const anonymous = browser(world)
        const page = await anonymous.get('/app/sign-in', {
          'accept-language': 'fr-FR, es-MX;q=0.8, en;q=0.5',
        })
        assert.match(page.html, /<html lang="es">/)
        assert.match(page.html, /Iniciar sesión/)
        const admin = await world.signIn('admin-a')
        const invite = await admin.request('POST', `/api/organizations/${world.orgA}/invitations`, {
          role: 'editor',
        })
        const token = ((await invite.json()) as { url: string }).url.split('/').pop() ?? ''
        const guest = browser(world, '10.10.1.2')
        const form = await guest.get(`/app/invitations/${token}`)
        assert.match(form.html, /<label for="password">Password \(at least 10 characters\)/)
        const joined = await guest.post(`/app/invitations/${token}`, {
          name: 'Ana Pérez',
          email: 'ana@example.org',
          password: 'una contraseña larga',
          locale: 'es',
        })
        assert.equal(joined.status, 303)
        guest.cookies.delete('comunicado_lang')
        const dashboard = (await guest.get('/app', { 'accept-language': 'en' })).html
        assert.match(dashboard, /<html lang="es">/)
        assert.match(dashboard, /Sesión de Ana Pérez/)
        const used = await browser(world, '10.10.1.3').get(`/app/invitations/${token}`)
        assert.equal(used.status, 200, 'the form shows; accepting it again is refused')
      })
    })

    it('answers unknown workspace paths with an HTML 404 and serves the stylesheet', async () => {
      const missing = await world.app.request('/app/nothing-here')
      assert.equal(missing.status, 404)
      assert.match(await missing.text(), /<main id="main"/)
      const css = await world.app.request('/app/assets/app.css')
      assert.equal(css.status, 200)
      assert.match(css.headers.get('content-type') ?? '', /text\/css/)
    })
  })
}
