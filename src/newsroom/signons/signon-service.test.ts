import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { testEngines } from '../../store/test-engines.js'
import { NewsroomError } from '../newsroom-error.js'
import {
  createSignonWorld,
  mailParts,
  mailText,
  type SignonWorld,
  signonLink,
  statementVersions,
  tokenOf,
} from './test-signon-world.js'

const form = (over: Record<string, unknown> = {}) => ({
  organization: 'Alianza Américas, Inc.',
  city: 'Chicago',
  country: 'USA',
  contactName: 'Ana Pérez',
  email: 'ana@alianza.org',
  logoUrl: '',
  consent: 'yes',
  ...over,
})

for (const engine of testEngines) {
  describe(`sign-ons on ${engine}`, () => {
    let w: SignonWorld
    before(async () => {
      w = await createSignonWorld(engine)
    })
    after(async () => {
      await w?.close()
    })

    const signers = async () =>
      (await w.newsroom.signons.publicSigners(w.releaseId)).map((s) => s.organization)
    const stateOf = async (id: string) =>
      (await w.newsroom.signons.queue(w.editor, w.releaseId)).entries.find((e) => e.id === id)
        ?.state
    const lastLink = (to: string, kind: 'confirm' | 'reconfirm') => {
      const mails = w.mailsTo(to)
      const link = signonLink(mails[mails.length - 1] ?? '', kind)
      assert.ok(link, `no ${kind} link in the last e-mail to ${to}`)
      return link
    }

    it('double opt-in: nothing is listed until the e-mailed link confirms and an editor approves', async () => {
      const { signons } = w.newsroom
      const sent = await signons.submit(w.releaseId, 'es', form(), null)
      assert.equal(sent.outcome, 'sent')
      const mails = w.mailsTo('ana@alianza.org')
      assert.equal(mails.length, 1)
      assert.match(mailText(mails[0] ?? ''), /Abra este enlace para confirmarlo/)
      const html = mailParts(mails[0] ?? '').find((p) => p.type === 'text/html')?.body ?? ''
      assert.match(html, /<html lang="es">/)
      assert.match(
        html,
        /<a href="http:\/\/newsroom\.test\/es\/releases\/protect-migrant-families\/sign\/confirm\?token=[^"]+">Confirmar la adhesión<\/a>/,
      )
      assert.equal(await stateOf(sent.signonId), 'pending')
      await signons.moderate(w.editor, w.releaseId, sent.signonId, 'approved')
      assert.deepEqual(await signers(), [], 'approved but unconfirmed is not listed')

      const token = tokenOf(lastLink('ana@alianza.org', 'confirm'))
      const confirmed = await signons.confirm(token)
      assert.equal(confirmed.ok, true)
      assert.equal(await stateOf(sent.signonId), 'approved')
      assert.deepEqual(await signers(), ['Alianza Américas, Inc.'])
    })

    it('refuses a replayed confirmation link and records nothing twice', async () => {
      const { signons } = w.newsroom
      const sent = await signons.submit(
        w.releaseId,
        'en',
        form({ organization: 'Presente', email: 'p@presente.org' }),
        null,
      )
      const token = tokenOf(lastLink('p@presente.org', 'confirm'))
      const auditBefore = (await w.newsroom.audit.forRelease(w.releaseId)).length
      assert.equal((await signons.confirm(token)).ok, true)
      const replay = await signons.confirm(token)
      assert.deepEqual(replay, { ok: false, reason: 'used' })
      const entries = (await w.newsroom.audit.forRelease(w.releaseId)).slice(auditBefore)
      assert.deepEqual(
        entries.map((e) => e.action),
        ['signon.confirmed'],
      )
      const rows = (await signons.queue(w.editor, w.releaseId)).entries.filter(
        (e) => e.email === 'p@presente.org',
      )
      assert.equal(rows.length, 1)
      assert.equal(rows[0]?.id, sent.signonId)
    })

    it('of concurrent uses of one confirmation link exactly one confirms', async () => {
      const { signons } = w.newsroom
      await signons.submit(
        w.releaseId,
        'en',
        form({ organization: 'Race', email: 'r@race.org' }),
        null,
      )
      const token = tokenOf(lastLink('r@race.org', 'confirm'))
      const auditBefore = (await w.newsroom.audit.forRelease(w.releaseId)).length
      const results = await Promise.all(Array.from({ length: 6 }, () => signons.confirm(token)))
      assert.equal(results.filter((r) => r.ok).length, 1)
      assert.ok(results.every((r) => r.ok || r.reason === 'used'))
      const added = (await w.newsroom.audit.forRelease(w.releaseId)).slice(auditBefore)
      assert.deepEqual(
        added.map((e) => e.action),
        ['signon.confirmed'],
      )
      const race = (await signons.queue(w.editor, w.releaseId)).entries.find(
        (e) => e.email === 'r@race.org',
      )
      assert.ok(race)
      await signons.moderate(w.editor, w.releaseId, race.id, 'rejected')
    })

    it('signing again before confirming sends a fresh link to the same sign-on', async () => {
      const { signons } = w.newsroom
      const first = await signons.submit(
        w.releaseId,
        'en',
        form({ organization: 'Casa', email: 'c@casa.org' }),
        null,
      )
      const second = await signons.submit(
        w.releaseId,
        'en',
        form({ organization: 'CASA', email: 'C@casa.org', city: 'Baltimore' }),
        null,
      )
      assert.equal(second.outcome, 'resent')
      assert.equal(second.signonId, first.signonId)
      assert.equal(w.mailsTo('c@casa.org').length, 2)
      const entry = (await signons.queue(w.editor, w.releaseId)).entries.find(
        (e) => e.id === first.signonId,
      )
      assert.equal(entry?.city, 'Baltimore')
    })

    it('refuses forged, expired and wrong-purpose links', async () => {
      const { signons } = w.newsroom
      await signons.submit(
        w.releaseId,
        'en',
        form({ organization: 'Forge Test', email: 'f@forge.org' }),
        null,
      )
      const token = tokenOf(lastLink('f@forge.org', 'confirm'))
      const [body, sig] = token.split('.')
      const claims = JSON.parse(Buffer.from(body ?? '', 'base64url').toString('utf8'))
      const tampered = `${Buffer.from(JSON.stringify({ ...claims, subject: 'someone-else' })).toString('base64url')}.${sig}`
      assert.deepEqual(await signons.confirm(tampered), { ok: false, reason: 'forged' })
      assert.deepEqual(await signons.confirm('not-a-token'), { ok: false, reason: 'malformed' })
      assert.deepEqual(await signons.reconfirm(token), { ok: false, reason: 'wrong-purpose' })
      const { token: unrecorded } = await w.newsroom.deps.links.sign(
        'signon-confirm',
        claims.subject,
        60_000,
      )
      assert.deepEqual(await signons.confirm(unrecorded), { ok: false, reason: 'forged' })
      w.clock.advance(7 * 24 * 3600 * 1000)
      assert.deepEqual(await signons.confirm(token), { ok: false, reason: 'expired' })
      w.clock.advance(-7 * 24 * 3600 * 1000)
      assert.equal(await stateOf(claims.subject), 'pending')
    })

    it('merges a duplicate organization (normalised name + e-mail domain) on confirmation', async () => {
      const { signons } = w.newsroom
      // Alianza Américas, Inc. with ana@alianza.org is confirmed above.
      const dup = await signons.submit(
        w.releaseId,
        'en',
        form({ organization: 'ALIANZA AMERICAS', email: 'luis@Alianza.org', contactName: 'Luis' }),
        null,
      )
      assert.equal(
        (await signons.confirm(tokenOf(lastLink('luis@alianza.org', 'confirm')))).ok,
        true,
      )
      assert.equal(await stateOf(dup.signonId), 'merged')
      // The same name from free-mail addresses is not the same organization.
      const a = await signons.submit(
        w.releaseId,
        'en',
        form({ organization: 'Familias Unidas A.C.', email: 'one@gmail.com' }),
        null,
      )
      const b = await signons.submit(
        w.releaseId,
        'en',
        form({ organization: 'familias unidas', email: 'two@gmail.com' }),
        null,
      )
      await signons.confirm(tokenOf(lastLink('one@gmail.com', 'confirm')))
      await signons.confirm(tokenOf(lastLink('two@gmail.com', 'confirm')))
      assert.equal(await stateOf(a.signonId), 'confirmed')
      assert.equal(await stateOf(b.signonId), 'confirmed')
      // An editor merges them by hand.
      await signons.merge(w.editor, w.releaseId, b.signonId, a.signonId)
      assert.equal(await stateOf(b.signonId), 'merged')
      await assert.rejects(
        signons.merge(w.editor, w.releaseId, b.signonId, a.signonId),
        (e: unknown) => e instanceof NewsroomError && e.code === 'conflict',
      )
      assert.deepEqual(await signers(), ['Alianza Américas, Inc.'])
    })

    it('lists only confirmed and approved sign-ons; rejected ones leave the list', async () => {
      const { signons } = w.newsroom
      const entries = (await signons.queue(w.editor, w.releaseId)).entries
      const presente = entries.find((e) => e.email === 'p@presente.org')
      const familias = entries.find((e) => e.email === 'one@gmail.com')
      assert.ok(presente && familias)
      assert.equal(presente.state, 'confirmed')
      await signons.moderate(w.editor, w.releaseId, presente.id, 'approved')
      await signons.moderate(w.editor, w.releaseId, familias.id, 'rejected')
      assert.deepEqual(await signers(), ['Alianza Américas, Inc.', 'Presente'])
      await signons.moderate(w.editor, w.releaseId, presente.id, 'rejected')
      assert.deepEqual(await signers(), ['Alianza Américas, Inc.'])
      await signons.moderate(w.editor, w.releaseId, presente.id, 'approved')
    })

    it('asks signers to reconfirm after a material change, once, with single-use links', async () => {
      const { signons } = w.newsroom
      const stampBefore = await signons.publicStamp(w.coalitionId)
      // White space only: not material.
      await w.changeText(
        statementVersions.map((v) => ({ ...v, text: v.text.replace(/ — /g, ' —  ') })),
      )
      assert.equal((await signons.reconcile(w.releaseId)).asked, 0)
      assert.deepEqual(await signers(), ['Alianza Américas, Inc.', 'Presente'])

      await w.changeText(
        statementVersions.map((v) => ({ ...v, text: v.text.replace('2026', '2027') })),
      )
      assert.notEqual(await signons.publicStamp(w.coalitionId), stampBefore)
      assert.deepEqual(await signers(), [], 'signers of the old text are not listed')
      const mailsBefore = w.smtp.received.length
      assert.equal((await signons.reconcile(w.releaseId)).asked, 0, 'asked once per change')
      assert.equal(w.smtp.received.length, mailsBefore)
      const ana = await stateOf(
        (await signons.queue(w.editor, w.releaseId)).entries.find(
          (e) => e.email === 'ana@alianza.org',
        )?.id ?? '',
      )
      assert.equal(ana, 'reconfirm')
      const link = lastLink('ana@alianza.org', 'reconfirm')
      assert.match(mailText(w.mailsTo('ana@alianza.org').at(-1) ?? ''), /ha cambiado/)
      assert.equal((await signons.reconfirm(tokenOf(link))).ok, true)
      assert.deepEqual(await signons.reconfirm(tokenOf(link)), { ok: false, reason: 'used' })
      assert.deepEqual(await signers(), ['Alianza Américas, Inc.'])

      // Presente's link goes stale when the text changes again before they use it.
      const presenteLink = lastLink('p@presente.org', 'reconfirm')
      await w.changeText(
        statementVersions.map((v) => ({ ...v, text: v.text.replace('2026', '2028') })),
      )
      const concurrent = await Promise.all([1, 2, 3].map(() => signons.reconcile(w.releaseId)))
      assert.equal(
        concurrent.reduce((sum, r) => sum + r.asked, 0),
        2,
        'each signer asked once, however many look at once',
      )
      assert.deepEqual(await signons.reconfirm(tokenOf(presenteLink)), {
        ok: false,
        reason: 'stale',
      })
      assert.equal(
        (await signons.reconfirm(tokenOf(lastLink('p@presente.org', 'reconfirm')))).ok,
        true,
      )
      assert.deepEqual(await signers(), ['Presente'])
    })

    it('refuses invalid fields one by one, a closed statement, and outsiders', async () => {
      const { signons } = w.newsroom
      await assert.rejects(
        signons.submit(
          w.releaseId,
          'en',
          form({ organization: ' ', email: 'nope', logoUrl: 'http://x.org/l.png', consent: '' }),
          null,
        ),
        (e: unknown) =>
          e instanceof NewsroomError &&
          e.code === 'invalid' &&
          JSON.stringify(e.details?.fields) ===
            JSON.stringify([
              { field: 'organization', problem: 'required' },
              { field: 'email', problem: 'invalid' },
              { field: 'logoUrl', problem: 'notHttps' },
              { field: 'consent', problem: 'required' },
            ]),
      )
      const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>')
      await assert.rejects(
        signons.submit(w.releaseId, 'en', form({ email: 'svg@x.org' }), svg),
        (e: unknown) => e instanceof NewsroomError && /PNG, JPEG or WebP/.test(e.message),
      )
      const big = new Uint8Array(200 * 1024 + 1)
      big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
      await assert.rejects(
        signons.submit(w.releaseId, 'en', form({ email: 'big@x.org' }), big),
        (e: unknown) => e instanceof NewsroomError && /200 kB/.test(e.message),
      )
      await assert.rejects(
        signons.queue(w.outsider, w.releaseId),
        (e: unknown) => e instanceof NewsroomError && e.code === 'forbidden',
      )
      await signons.setOpen(w.editor, w.releaseId, false)
      await assert.rejects(
        signons.submit(w.releaseId, 'en', form({ email: 'late@x.org' }), null),
        (e: unknown) => e instanceof NewsroomError && e.code === 'not-found',
      )
      await signons.setOpen(w.editor, w.releaseId, true)
      const actions = (await w.newsroom.audit.forRelease(w.releaseId)).map((e) => e.action)
      for (const action of [
        'signons.opened',
        'signon.submitted',
        'signon.confirmed',
        'signon.merged',
        'signon.approved',
        'signon.rejected',
        'signon.reconfirm-requested',
        'signon.reconfirmed',
        'signons.closed',
      ])
        assert.ok(actions.includes(action), `audit has ${action}`)
    })

    it('exports CSV with formula cells neutralised', async () => {
      const { signons } = w.newsroom
      const sent = await signons.submit(
        w.releaseId,
        'en',
        form({
          organization: '=HYPERLINK("http://evil","x")',
          city: '+1 City',
          country: '@SUM(A1)',
          email: 'evil@evil.org',
        }),
        null,
      )
      await signons.confirm(tokenOf(lastLink('evil@evil.org', 'confirm')))
      await signons.moderate(w.editor, w.releaseId, sent.signonId, 'approved')
      const csv = await signons.publicCsv(w.releaseId, 'es')
      assert.ok(csv.startsWith('\uFEFFOrganización,Ciudad,País,Logo\r\n'))
      assert.match(csv, /"'=HYPERLINK\(""http:\/\/evil"",""x""\)",'\+1 City,'@SUM\(A1\),\r\n/)
      assert.doesNotMatch(csv, /evil@evil\.org/, 'no contact address in the public file')
      const full = await signons.fullCsv(w.editor, w.releaseId)
      assert.match(full, /evil@evil\.org/)
      assert.doesNotMatch(full, /,=|,\+|,@/)
    })
  })
}
