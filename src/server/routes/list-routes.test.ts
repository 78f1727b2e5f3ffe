import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { unsubscribeUrl } from '../../newsroom/distribution/unsubscribe-link.js'
import { testEngines } from '../../store/test-engines.js'
import { createTestWorld, type TestClient, type TestWorld } from '../test-app.js'

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString()
const formHeaders = { 'content-type': 'application/x-www-form-urlencoded' }

/** Uploads a CSV in the workspace: the upload answers 303 to its preview, which is fetched. */
async function uploadCsv(client: TestClient, path: string, file: FormData): Promise<Response> {
  const uploaded = await client.request('POST', path, file)
  assert.equal(uploaded.status, 303, await uploaded.clone().text())
  const location = uploaded.headers.get('location') ?? ''
  assert.match(location, /\/import\/[^/]+$/)
  return client.request('GET', location)
}

for (const engine of testEngines) {
  describe(`list routes (${engine})`, () => {
    let world: TestWorld
    // Signed in once each: the sign-in rate limit allows a few attempts per address.
    let editor: TestClient
    let viewer: TestClient
    let other: TestClient
    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
      viewer = await world.signIn('viewer-a')
      other = await world.signIn('editor-other')
    })
    after(() => world.close())

    it('API: members read, editors change, other coalitions and strangers are refused', async () => {
      const created = await editor.request('POST', '/api/lists', { name: 'Prensa', kind: 'press' })
      assert.equal(created.status, 201)
      const { list } = (await created.json()) as { list: { id: string; coalitionId: string } }
      assert.equal(list.coalitionId, world.coalitionId)
      const added = await editor.request('POST', `/api/lists/${list.id}/contacts`, {
        email: ' Ana@Diario.example',
        name: 'Ana',
        lang: 'es',
      })
      assert.equal(added.status, 201)

      const read = await viewer.request('GET', `/api/lists/${list.id}`)
      assert.equal(read.status, 200)
      const body = (await read.json()) as { contacts: { email: string; state: string }[] }
      assert.deepEqual(
        body.contacts.map((c) => [c.email, c.state]),
        [['ana@diario.example', 'subscribed']],
      )
      assert.equal((await viewer.request('GET', '/api/lists')).status, 200)
      assert.equal(
        (await viewer.request('POST', `/api/lists/${list.id}/contacts`, { email: 'x@y.example' }))
          .status,
        403,
      )
      assert.equal(
        (await viewer.request('POST', '/api/lists', { name: 'V', kind: 'press' })).status,
        403,
      )
      assert.equal((await other.request('GET', `/api/lists/${list.id}`)).status, 403)
      assert.equal(
        (
          await other.request('POST', '/api/lists', {
            coalitionId: world.coalitionId,
            name: 'X',
            kind: 'press',
          })
        ).status,
        403,
      )
      assert.equal((await world.anonymous().request('GET', `/api/lists/${list.id}`)).status, 401)
      const bad = await editor.request('POST', `/api/lists/${list.id}/contacts`, { email: 'nope' })
      assert.equal(bad.status, 422)
      const duplicateName = await editor.request('POST', '/api/lists', {
        name: 'Prensa',
        kind: 'members',
      })
      assert.equal(duplicateName.status, 409)
    })

    it('API: the suppression list is read by members and changed by editors', async () => {
      const added = await editor.request('POST', '/api/lists/suppressions', {
        email: 'Iris+press@X.example',
        reason: 'complaint',
        detail: 'marked as spam',
      })
      assert.equal(added.status, 201)
      const again = await editor.request('POST', '/api/lists/suppressions', {
        email: 'iris+press@x.example',
      })
      assert.equal(again.status, 200)
      const read = (await (await viewer.request('GET', '/api/lists/suppressions')).json()) as {
        suppressions: { email: string; reason: string }[]
      }
      assert.deepEqual(
        read.suppressions.filter((s) => s.email.startsWith('iris')).map((s) => [s.email, s.reason]),
        [['iris+press@x.example', 'complaint']],
      )
      assert.equal(
        (await viewer.request('POST', '/api/lists/suppressions', { email: 'j@x.example' })).status,
        403,
      )
      assert.equal(
        (
          await editor.request('POST', '/api/lists/suppressions', {
            email: 'k@x.example',
            reason: 'whim',
          })
        ).status,
        422,
      )
      assert.equal(
        (
          await viewer.request(
            'DELETE',
            `/api/lists/suppressions/${encodeURIComponent('iris+press@x.example')}`,
          )
        ).status,
        403,
      )
      assert.equal(
        (
          await editor.request(
            'DELETE',
            `/api/lists/suppressions/${encodeURIComponent('Iris+press@x.example')}`,
          )
        ).status,
        204,
      )
      assert.equal(
        await world.app.newsroom.lists.isSuppressed(world.coalitionId, 'iris+press@x.example'),
        false,
      )
      assert.equal(
        (
          await editor.request(
            'DELETE',
            `/api/lists/suppressions/${encodeURIComponent('iris+press@x.example')}`,
          )
        ).status,
        404,
      )
    })

    it('API: imports a raw CSV body with a mapping, dry run first, and reports every rejected row', async () => {
      const { list } = (await (
        await editor.request('POST', '/api/lists', { name: 'API import', kind: 'members' })
      ).json()) as {
        list: { id: string }
      }
      const csv =
        'Dirección;Quién;Idioma\nbea@x.example;Bea;ambos\nmal;Malo;es\nbea@X.example;Bea otra vez;es\n'
      const path = `/api/lists/${list.id}/import?map=${encodeURIComponent('Dirección=email')}&map=${encodeURIComponent('Quién=name')}`
      const dry = await editor.request('POST', `${path}&dryRun=1`, csv, {
        'content-type': 'text/csv',
      })
      assert.equal(dry.status, 200)
      const dryReport = ((await dry.json()) as { report: { accepted: number; dryRun: boolean } })
        .report
      assert.deepEqual([dryReport.accepted, dryReport.dryRun], [1, true])
      const res = await editor.request('POST', path, csv, { 'content-type': 'text/csv' })
      const { report } = (await res.json()) as {
        report: {
          accepted: number
          rejected: { line: number; reason: string }[]
          delimiter: string
        }
      }
      assert.equal(report.delimiter, ';')
      assert.equal(report.accepted, 1)
      assert.deepEqual(
        report.rejected.map((r) => [r.line, r.reason]),
        [
          [3, 'invalid-email'],
          [4, 'duplicate-in-file'],
        ],
      )
      const badMap = await editor.request(
        'POST',
        `/api/lists/${list.id}/import?map=Nada=email`,
        csv,
        {
          'content-type': 'text/csv',
        },
      )
      assert.equal(badMap.status, 422)
      const exported = await editor.request('GET', `/api/lists/${list.id}/export`)
      assert.match(await exported.text(), /bea@x\.example,Bea,,,both,/)
    })

    it('unsubscribe: GET confirms in both languages; one-click POST without a session unsubscribes everywhere, once', async () => {
      const { lists, deps, audit } = world.app.newsroom
      const press = await lists.createList(world.coalitionId, {
        name: 'Unsub press',
        kind: 'press',
      })
      const members = await lists.createList(world.coalitionId, {
        name: 'Unsub members',
        kind: 'members',
      })
      const contact = await lists.addContact(press.id, { email: 'carla@radio.example', lang: 'es' })
      await lists.addContact(members.id, { email: 'carla@radio.example' })
      const url = await unsubscribeUrl(deps, contact.id)
      assert.ok(url.startsWith('http://newsroom.test/unsubscribe/'))
      const path = new URL(url).pathname

      const page = await world.anonymous().request('GET', path)
      assert.equal(page.status, 200)
      const html = await page.text()
      assert.match(html, /<html lang="es">/)
      assert.match(html, /Darme de baja/)
      assert.match(html, /Unsubscribe/)
      assert.match(html, /c•••@radio\.example/)
      assert.doesNotMatch(html, /carla@radio/)
      assert.match(html, /name="List-Unsubscribe" value="One-Click"/)
      // GET changes nothing.
      assert.equal(
        (await lists.resolveRecipients(world.coalitionId, [press.id, members.id])).length,
        1,
      )

      const oneClick = await world.app.request(path, {
        method: 'POST',
        headers: formHeaders,
        body: 'List-Unsubscribe=One-Click',
      })
      assert.equal(oneClick.status, 200)
      assert.match(await oneClick.text(), /Se dio de baja/)
      assert.deepEqual(await lists.resolveRecipients(world.coalitionId, [press.id, members.id]), [])
      assert.ok(await lists.isSuppressed(world.coalitionId, 'carla@radio.example'))
      const states = (await lists.contact(contact.id)).lists.map((m) => m.state)
      assert.deepEqual(states, ['unsubscribed', 'unsubscribed'])
      const logged = (await audit.forCoalition(world.coalitionId, 20)).filter(
        (e) => e.action === 'list.unsubscribed',
      )
      assert.equal(logged.length, 1)

      const replay = await world.app.request(path, {
        method: 'POST',
        headers: formHeaders,
        body: 'List-Unsubscribe=One-Click',
      })
      assert.equal(replay.status, 200)
      assert.match(await replay.text(), /ya estaba de baja/)
      assert.equal(
        (await audit.forCoalition(world.coalitionId, 20)).filter(
          (e) => e.action === 'list.unsubscribed',
        ).length,
        1,
      )
      // A later import does not bring the address back.
      const report = await lists.importCsv(
        members.id,
        new TextEncoder().encode('email\ncarla@radio.example\n'),
      )
      assert.equal(report.rejected[0]?.reason, 'suppressed')
    })

    it('unsubscribe: a signed-in browser posts the confirmation form with its CSRF token', async () => {
      const { lists, deps } = world.app.newsroom
      const list = await lists.createList(world.coalitionId, {
        name: 'Unsub browser',
        kind: 'press',
      })
      const contact = await lists.addContact(list.id, { email: 'dani@tv.example' })
      const path = new URL(await unsubscribeUrl(deps, contact.id)).pathname
      const page = await (await editor.request('GET', path)).text()
      const token = /name="_csrf" value="([^"]+)"/.exec(page)?.[1]
      assert.equal(token, editor.csrfToken)
      const posted = await editor.request(
        'POST',
        path,
        form({ 'List-Unsubscribe': 'One-Click', _csrf: token ?? '' }),
        {
          ...formHeaders,
          'x-csrf-token': '',
        },
      )
      assert.equal(posted.status, 200)
      assert.deepEqual(await lists.resolveRecipients(world.coalitionId, [list.id]), [])
    })

    it('unsubscribe: forged, wrong-purpose and expired links get a clear 400 page and change nothing', async () => {
      const { lists, deps } = world.app.newsroom
      const list = await lists.createList(world.coalitionId, {
        name: 'Unsub refused',
        kind: 'press',
      })
      const contact = await lists.addContact(list.id, { email: 'eli@wire.example' })
      const token = new URL(await unsubscribeUrl(deps, contact.id)).pathname.split('/').pop() ?? ''
      const [body, signature] = token.split('.')
      const forgedBody = Buffer.from(
        JSON.stringify({
          ...JSON.parse(Buffer.from(body ?? '', 'base64url').toString()),
          subject: 'other',
        }),
      ).toString('base64url')
      const wrongPurpose = (await deps.links.sign('quote-approval', contact.id, 60_000)).token
      for (const bad of [
        `${forgedBody}.${signature}`,
        `${body}.AAAA${signature?.slice(4)}`,
        'garbage',
        wrongPurpose,
      ]) {
        for (const method of ['GET', 'POST']) {
          const res = await world.app.request(`/unsubscribe/${bad}`, {
            method,
            ...(method === 'POST'
              ? { headers: formHeaders, body: 'List-Unsubscribe=One-Click' }
              : {}),
          })
          assert.equal(res.status, 400, `${method} ${bad.slice(0, 12)}`)
          const text = await res.text()
          assert.match(text, /This link does not work/)
          assert.match(text, /Este enlace no funciona/)
        }
      }
      const unknown = (await deps.links.sign('unsubscribe', 'no-such-contact', 60_000)).token
      const gone = await world.app.request(`/unsubscribe/${unknown}`)
      assert.equal(gone.status, 410)
      assert.match(await gone.text(), /no longer on any list/)
      world.clock.advance(3 * 366 * 24 * 3600 * 1000)
      try {
        const expired = await world.app.request(`/unsubscribe/${token}`, {
          method: 'POST',
          headers: formHeaders,
          body: 'List-Unsubscribe=One-Click',
        })
        assert.equal(expired.status, 400)
        assert.match(await expired.text(), /expired/)
      } finally {
        world.clock.advance(-3 * 366 * 24 * 3600 * 1000)
      }
      assert.equal((await lists.resolveRecipients(world.coalitionId, [list.id])).length, 1)
    })

    it('workspace: lists, list page, add contact with a bilingual refusal, suppression page', async () => {
      const created = await editor.request(
        'POST',
        '/app/lists',
        form({ coalitionId: world.coalitionId, name: 'Web list', kind: 'press' }),
        formHeaders,
      )
      assert.equal(created.status, 303)
      const location = created.headers.get('location') ?? ''
      assert.match(location, /^\/app\/lists\/[^/?]+\?done=created$/)
      const twice = await editor.request(
        'POST',
        '/app/lists?lang=es',
        form({ coalitionId: world.coalitionId, name: 'Web list', kind: 'members' }),
        formHeaders,
      )
      assert.equal(twice.status, 409)
      assert.match(await twice.text(), /Ya existe una lista con este nombre/)
      const listPath = location.split('?')[0] ?? ''
      const index = await (await viewer.request('GET', '/app/lists')).text()
      assert.match(index, /Web list/)
      assert.doesNotMatch(index, /Create the list/)
      assert.match(await (await editor.request('GET', '/app/lists')).text(), /Create the list/)

      const add = await editor.request(
        'POST',
        `${listPath}/contacts`,
        form({ email: 'Fer@Diario.example', name: 'Fer', lang: 'both' }),
        formHeaders,
      )
      assert.equal(add.status, 303)
      const page = await (await editor.request('GET', listPath)).text()
      assert.match(page, /fer@diario\.example/)
      assert.match(page, /Both/)

      await world.app.newsroom.lists.suppress(world.coalitionId, 'gus@x.example', 'complaint')
      const refused = await editor.request(
        'POST',
        `${listPath}/contacts?lang=es`,
        form({ email: 'gus@x.example', name: 'Gus' }),
        formHeaders,
      )
      assert.equal(refused.status, 409)
      const refusedPage = await refused.text()
      assert.match(refusedPage, /está en la lista de supresión/)
      assert.match(refusedPage, /value="Gus"/)

      assert.equal(
        (
          await viewer.request(
            'POST',
            `${listPath}/contacts`,
            form({ email: 'h@x.example' }),
            formHeaders,
          )
        ).status,
        403,
      )
      assert.equal((await other.request('GET', listPath)).status, 403)
      assert.equal((await world.anonymous().request('GET', listPath)).status, 303)

      const suppressions = await (await viewer.request('GET', '/app/lists/suppressions')).text()
      assert.match(suppressions, /gus@x\.example/)
      assert.match(suppressions, /Complaint/)
      const suppress = await editor.request(
        'POST',
        '/app/lists/suppressions',
        form({ coalitionId: world.coalitionId, email: 'Hana@X.example', detail: 'asked by phone' }),
        formHeaders,
      )
      assert.equal(suppress.status, 303)
      assert.ok(await world.app.newsroom.lists.isSuppressed(world.coalitionId, 'hana@x.example'))
    })

    it('workspace: refused forms keep what was typed, and a GET of a form address goes back to its page', async () => {
      const first = await editor.request(
        'POST',
        '/app/lists',
        form({ coalitionId: world.coalitionId, name: 'Kept names', kind: 'press' }),
        formHeaders,
      )
      assert.equal(first.status, 303)
      const listPath = (first.headers.get('location') ?? '').split('?')[0] ?? ''
      const twice = await editor.request(
        'POST',
        '/app/lists?lang=es',
        form({ coalitionId: world.coalitionId, name: 'Kept names', kind: 'members' }),
        formHeaders,
      )
      assert.equal(twice.status, 409)
      const twiceHtml = await twice.text()
      assert.match(twiceHtml, /name="name" required maxlength="120" value="Kept names"/)
      assert.match(twiceHtml, /<option value="members" selected>/)

      await world.app.newsroom.lists.createList(world.coalitionId, {
        name: 'Taken',
        kind: 'press',
      })
      const rename = await editor.request(
        'POST',
        `${listPath}/rename`,
        form({ name: 'Taken' }),
        formHeaders,
      )
      assert.equal(rename.status, 409)
      assert.match(
        await rename.text(),
        /id="list-name" name="name" required maxlength="120" value="Taken"/,
      )

      // The language switcher of a page answered by a POST links to the POST's address.
      for (const action of ['contacts', 'rename', 'delete']) {
        const back = await editor.request('GET', `${listPath}/${action}?lang=es`)
        assert.equal(back.status, 303, action)
        assert.equal(back.headers.get('location'), `${listPath}?lang=es`)
      }
      const contact = await world.app.newsroom.lists.addContact(listPath.split('/').pop() ?? '', {
        email: 'lia@x.example',
      })
      const contactBack = await editor.request(
        'GET',
        `${listPath}/contacts/${contact.id}/unsubscribe`,
      )
      assert.equal(contactBack.status, 303)
      assert.equal(contactBack.headers.get('location'), `${listPath}/contacts/${contact.id}`)
      const suppressionsBack = await editor.request(
        'GET',
        `/app/lists/suppressions/remove?coalition=${world.coalitionId}&lang=en`,
      )
      assert.equal(
        suppressionsBack.headers.get('location'),
        `/app/lists/suppressions?coalition=${world.coalitionId}&lang=en`,
      )

      const badSuppression = await editor.request(
        'POST',
        '/app/lists/suppressions?lang=es',
        form({
          coalitionId: world.coalitionId,
          email: 'no-es-correo',
          detail: 'pidió por teléfono',
        }),
        formHeaders,
      )
      assert.equal(badSuppression.status, 422)
      const badHtml = await badSuppression.text()
      assert.match(badHtml, /No es un correo electrónico válido/)
      assert.equal(
        await world.app.newsroom.lists.isSuppressed(world.coalitionId, 'no-es-correo'),
        false,
      )
      assert.match(badHtml, /id="suppress-email" name="email" required value="no-es-correo"/)
      assert.match(
        badHtml,
        /id="suppress-detail" name="detail" maxlength="300" value="pidió por teléfono"/,
      )

      const upload = new FormData()
      upload.set('file', new File(['email\nmia@x.example\n'], 'uno.csv', { type: 'text/csv' }))
      const preview = await (await uploadCsv(editor, `${listPath}/import`, upload)).text()
      const action = /action="(\/app\/lists\/[^"]+\/import\/[^"]+)"/.exec(preview)?.[1] ?? ''
      assert.ok(action)
      assert.ok(action.startsWith(`${listPath}/import/`))
      const again = await editor.request('GET', `${action}?lang=es`)
      assert.equal(again.status, 200)
      assert.match(await again.text(), /Vista previa de uno\.csv/)
    })

    it('workspace: two-step CSV import — upload, preview and remap, import, report', async () => {
      const list = await world.app.newsroom.lists.createList(world.coalitionId, {
        name: 'Web import',
        kind: 'members',
      })
      const csv = 'Quién,Dirección,Idioma\nIvo,ivo@x.example,en\nJon,no-address,es\n'
      const upload = new FormData()
      upload.set('file', new File([csv], 'socias.csv', { type: 'text/csv' }))
      const preview = await uploadCsv(editor, `/app/lists/${list.id}/import`, upload)
      assert.equal(preview.status, 200)
      const previewHtml = await preview.text()
      assert.match(previewHtml, /Preview of socias\.csv/)
      assert.match(previewHtml, /ivo@x\.example/) // the example cell
      const action = /action="(\/app\/lists\/[^"]+\/import\/[^"]+)"/.exec(previewHtml)?.[1] ?? ''
      assert.ok(action)
      assert.deepEqual(await world.app.newsroom.lists.members(list.id), [])

      const remapped = await editor.request(
        'POST',
        action,
        form({ 'map-1': 'name', 'map-2': 'email', 'map-3': 'lang', action: 'preview' }),
        formHeaders,
      )
      assert.equal(remapped.status, 200)
      assert.match(await remapped.text(), /1 of 2 rows accepted/)
      const done = await editor.request(
        'POST',
        action,
        form({ 'map-1': 'name', 'map-2': 'email', 'map-3': 'ignore', action: 'import' }),
        formHeaders,
      )
      assert.equal(done.status, 200)
      const doneHtml = await done.text()
      assert.match(doneHtml, /Imported 1 of 2 rows/)
      assert.match(
        doneHtml,
        /<th scope="row">3<\/th><td>no-address<\/td><td>Not a valid e-mail address/,
      )
      const members = await world.app.newsroom.lists.members(list.id)
      assert.deepEqual(
        members.map((m) => [m.email, m.name, m.lang, m.source]),
        [['ivo@x.example', 'Ivo', null, 'import:socias.csv']],
      )
      // The upload is gone once imported.
      const again = await editor.request('POST', action, form({ action: 'import' }), formHeaders)
      assert.equal(again.status, 404)
      assert.match(await again.text(), /upload it again/)
      // A file where no column is recognised as the address still gets a preview to choose it in.
      const unnamed = new FormData()
      unnamed.set(
        'file',
        new File(['Quién,Notas\nKim,escribir a kim@x.example\n'], 'raras.csv', {
          type: 'text/csv',
        }),
      )
      const unnamedPreview = await (
        await uploadCsv(editor, `/app/lists/${list.id}/import`, unnamed)
      ).text()
      assert.match(unnamedPreview, /0 of 1 rows accepted/)
      assert.match(unnamedPreview, /No e-mail address/)
      assert.match(unnamedPreview, /<select id="map-2" name="map-2">/)
      const unnamedAction =
        /action="(\/app\/lists\/[^"]+\/import\/[^"]+)"/.exec(unnamedPreview)?.[1] ?? ''
      const chosen = await editor.request(
        'POST',
        unnamedAction,
        form({ 'map-2': 'email', action: 'preview' }),
        formHeaders,
      )
      assert.match(await chosen.text(), /Not a valid e-mail address/)
      // Importing without an address column is refused outright (not a preview any more).
      const refusedImport = await editor.request(
        'POST',
        unnamedAction,
        form({ action: 'import' }),
        formHeaders,
      )
      assert.equal(refusedImport.status, 422)
      assert.match(await refusedImport.text(), /No column holds the e-mail address/)
      const empty = await editor.request('POST', `/app/lists/${list.id}/import`, new FormData())
      assert.equal(empty.status, 422)
    })
  })
}
