import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { testEngines } from '../../store/test-engines.js'
import type { Actor } from '../access.js'
import { NewsroomError } from '../newsroom-error.js'
import { approvalTokens, createQuoteWorld, type QuoteWorld } from './test-quote-world.js'

function refusal(code: string, message?: RegExp) {
  return (error: unknown) => {
    assert.ok(error instanceof NewsroomError, String(error))
    assert.equal(error.code, code)
    if (message) assert.match(error.message, message)
    return true
  }
}

for (const engine of testEngines) {
  describe(`quote approval (${engine})`, () => {
    let w: QuoteWorld
    let editor: Actor
    let admin: Actor
    const quotes = () => w.newsroom.quotes

    /** Asks for approval of `key` and answers the token from the e-mail that arrived. */
    async function request(key: string, ttlMs?: number): Promise<string> {
      const before = w.smtp.received.length
      await quotes().requestApproval(editor, w.releaseId, key, ttlMs ? { ttlMs } : {})
      const mail = w.smtp.received[before]
      assert.ok(mail, 'an e-mail was sent')
      const [token] = approvalTokens(mail.raw)
      assert.ok(token, 'the e-mail holds the link')
      return token
    }

    async function status(key: string) {
      const state = await quotes().overview(editor, w.releaseId)
      return state.quotes.find((q) => q.key === key)?.status
    }

    async function actions() {
      return (await w.newsroom.audit.forRelease(w.releaseId)).map((e) => e.action)
    }

    before(async () => {
      w = await createQuoteWorld(engine)
      editor = w.actors['editor-a'] as Actor
      admin = w.actors['admin-a'] as Actor
    })
    after(() => w.close())

    it('lists the quote pairs, each linked to its speaker in the directory', async () => {
      const state = await quotes().overview(editor, w.releaseId)
      assert.deepEqual(
        state.quotes.map((q) => [q.key, q.person?.name, q.linkedBy, q.status]),
        [
          ['chacon-1', 'Óscar Chacón', 'auto', 'none'],
          ['nelson-1', 'Matt Nelson', 'auto', 'none'],
          ['chacon-2', 'Óscar Chacón', 'auto', 'none'],
        ],
      )
      assert.equal(state.signoffs.length, 2)
      assert.equal(state.missing.length, 5)
    })

    it('shows the quotes to the release’s editors only', async () => {
      await assert.rejects(
        quotes().overview(w.actors['viewer-a'] as Actor, w.releaseId),
        refusal('forbidden'),
      )
      await assert.rejects(quotes().overview(null, w.releaseId), refusal('unauthenticated'))
    })

    it('e-mails the person, or their organization’s admins when they have no address', async () => {
      const before = w.smtp.received.length
      await quotes().requestApproval(editor, w.releaseId, 'nelson-1')
      await quotes().requestApproval(editor, w.releaseId, 'chacon-1')
      const [toMatt, toAdmins] = w.smtp.received.slice(before)
      assert.deepEqual(toMatt?.to, ['matt@presente.example'])
      assert.deepEqual(toAdmins?.to, ['admin-a@example.org'])
      assert.match(toMatt?.raw ?? '', /Despite VP Harris/)
      assert.match(toMatt?.raw ?? '', /A pesar de los comentarios/)
      assert.equal(await status('nelson-1'), 'requested')
    })

    it('refuses to ask for a quote linked to nobody with a clear error', async () => {
      await assert.rejects(
        quotes().requestApproval(editor, w.releaseId, 'nobody-9'),
        refusal('not-found'),
      )
    })

    it('records an approval once; the link cannot be used again', async () => {
      const token = await request('nelson-1')
      const open = await quotes().openLink(token)
      assert.ok(open.ok)
      assert.equal(open.view.quote.sides.length, 2)
      const answered = await quotes().answerLink(token, { decision: 'approve' })
      assert.ok(answered.ok)
      assert.equal(await status('nelson-1'), 'approved')
      const again = await quotes().answerLink(token, { decision: 'changes', comment: 'wait' })
      assert.deepEqual([again.ok, !again.ok && again.reason], [false, 'answered'])
      assert.equal(await status('nelson-1'), 'approved')
      const log = await actions()
      assert.equal(log.filter((a) => a === 'quote.approved').length, 1)
      assert.equal(log.filter((a) => a === 'quote.changes-requested').length, 0)
    })

    it('answers one of two simultaneous clicks on one link', async () => {
      const token = await request('chacon-2')
      const answers = await Promise.all([
        quotes().answerLink(token, { decision: 'approve' }),
        quotes().answerLink(token, { decision: 'approve' }),
        quotes().answerLink(token, { decision: 'changes', comment: 'no' }),
      ])
      assert.equal(answers.filter((a) => a.ok).length, 1)
      const entries = (await w.newsroom.audit.forRelease(w.releaseId)).filter(
        (e) =>
          (e.action === 'quote.approved' || e.action === 'quote.changes-requested') &&
          e.detail.quote === 'chacon-2',
      )
      assert.equal(entries.length, 1)
    })

    it('takes a request for changes with its comment, and needs the comment', async () => {
      const token = await request('chacon-1')
      await assert.rejects(
        quotes().answerLink(token, { decision: 'changes', comment: '  ' }),
        refusal('invalid', /comment/),
      )
      const answered = await quotes().answerLink(token, {
        decision: 'changes',
        comment: 'Say “migrants”, not “people”.',
      })
      assert.ok(answered.ok)
      assert.equal(answered.view.approval.comment, 'Say “migrants”, not “people”.')
      assert.equal(await status('chacon-1'), 'changes-requested')
    })

    it('refuses forged, malformed, expired, superseded and wrong-purpose links', async () => {
      const token = await request('chacon-1')
      const [body, signature] = token.split('.') as [string, string]
      const forged = `${body}.${signature.slice(0, -2)}${signature.endsWith('AA') ? 'BB' : 'AA'}`
      const reasons = async (t: string) => {
        const r = await quotes().openLink(t)
        return r.ok ? 'ok' : r.reason
      }
      assert.equal(await reasons(forged), 'forged')
      assert.equal(await reasons('not-a-token'), 'malformed')
      const other = await w.newsroom.deps.links.sign('signon-confirm', 'x', 60_000)
      assert.equal(await reasons(other.token), 'wrong-purpose')
      const newer = await request('chacon-1')
      assert.equal(await reasons(token), 'superseded')
      assert.equal(await reasons(newer), 'ok')
      const answered = await quotes().answerLink(token, { decision: 'approve' })
      assert.deepEqual([answered.ok, !answered.ok && answered.reason], [false, 'superseded'])
      const short = await request('chacon-1', 60_000)
      w.clock.advance(60_000)
      assert.equal(await reasons(short), 'expired')
      assert.equal(await status('chacon-1'), 'requested')
    })

    it('voids an approval when the quoted words change in English, once, and asks again', async () => {
      const token = await request('chacon-1')
      assert.ok((await quotes().answerLink(token, { decision: 'approve' })).ok)
      assert.equal(await status('chacon-1'), 'approved')
      // An edit outside every quote leaves quote approvals alone.
      await w.edit((lang, text) =>
        lang === 'en' ? text.replace('This transnational', 'This new transnational') : text,
      )
      assert.equal(await status('chacon-1'), 'approved')
      await w.edit((lang, text) =>
        lang === 'en'
          ? text.replace('Irrespective of the economic', 'Regardless of the economic')
          : text,
      )
      assert.equal(await status('chacon-1'), 'voided')
      assert.equal(await status('chacon-1'), 'voided')
      const voided = (await w.newsroom.audit.forRelease(w.releaseId)).filter(
        (e) => e.action === 'quote.approval-voided' && e.detail.quote === 'chacon-1',
      )
      assert.equal(voided.length, 1, 'recorded once however often it is read')
      const again = await request('chacon-1')
      assert.ok((await quotes().answerLink(again, { decision: 'approve' })).ok)
      assert.equal(await status('chacon-1'), 'approved')
    })

    it('voids an approval when the quoted words change in Spanish', async () => {
      assert.equal(await status('nelson-1'), 'approved')
      await w.edit((lang, text) =>
        lang === 'es' ? text.replace('A pesar de los comentarios', 'Pese a los comentarios') : text,
      )
      assert.equal(await status('nelson-1'), 'voided')
    })

    it('refuses a pending link whose words changed after it was sent', async () => {
      const token = await request('nelson-1')
      await w.edit((lang, text) =>
        lang === 'es' ? text.replace('Pese a los', 'A pesar de los') : text,
      )
      const open = await quotes().openLink(token)
      assert.deepEqual([open.ok, !open.ok && open.reason], [false, 'changed'])
    })

    it('signs off per organization, bound to the exact text', async () => {
      await assert.rejects(
        quotes().signOff(editor, w.releaseId, w.orgB),
        refusal('forbidden'),
        'an editor of A cannot sign for B',
      )
      const a = await quotes().signOff(editor, w.releaseId, w.orgA)
      assert.equal(a.signed, true)
      await quotes().signOff(editor, w.releaseId, w.orgA)
      const signed = (await actions()).filter((x) => x === 'release.signed-off')
      assert.equal(signed.length, 1, 'signing the same text twice records once')
      await w.edit((lang, text) => (lang === 'en' ? `${text}\n` : text))
      const state = await quotes().overview(editor, w.releaseId)
      const mine = state.signoffs.find((s) => s.organizationId === w.orgA)
      assert.deepEqual([mine?.signed, mine?.stale], [false, true])
    })

    it('gates publication until every quote is approved and every co-issuer signed off', async () => {
      const { releases } = w.newsroom
      await releases.transition(editor, w.releaseId, 'in-review')
      await releases.transition(editor, w.releaseId, 'approved')
      await assert.rejects(
        releases.transition(editor, w.releaseId, 'published'),
        refusal('conflict', /cannot be published yet/),
      )
      await assert.rejects(
        releases.transition(editor, w.releaseId, 'published', {
          override: { reason: 'urgent' },
        }),
        refusal('forbidden'),
        'an editor cannot override',
      )
      await assert.rejects(
        releases.transition(admin, w.releaseId, 'published', { override: { reason: ' ' } }),
        refusal('invalid', /reason/),
      )
      assert.equal((await releases.get(editor, w.releaseId)).status, 'approved')
      for (const key of ['chacon-1', 'nelson-1', 'chacon-2']) {
        if ((await status(key)) === 'approved') continue
        assert.ok((await quotes().answerLink(await request(key), { decision: 'approve' })).ok)
      }
      await quotes().signOff(editor, w.releaseId, w.orgA)
      await assert.rejects(
        releases.transition(editor, w.releaseId, 'published'),
        refusal('conflict', /Presente\.org has not signed off/),
      )
      await quotes().signOff(w.actors['editor-b'] as Actor, w.releaseId, w.orgB)
      const published = await releases.transition(editor, w.releaseId, 'published')
      assert.equal(published.status, 'published')
    })

    it('lets an admin publish over missing approvals with a logged reason', async () => {
      const { releases } = w.newsroom
      const other = await releases.create(editor, {
        coalitionId: w.coalitionId,
        organizationId: w.orgA,
        slug: 'second',
        content: {
          versions: [
            {
              lang: 'en',
              text: 'A second statement today\n\nCHICAGO – “Enough,” said Matt Nelson.',
            },
          ],
        },
      })
      await releases.transition(editor, other.id, 'in-review')
      await releases.transition(editor, other.id, 'approved')
      const done = await releases.transition(admin, other.id, 'published', {
        override: { reason: 'Matt approved by phone at 9:10' },
      })
      assert.equal(done.status, 'published')
      const entry = (await w.newsroom.audit.forRelease(other.id)).find(
        (e) => e.action === 'release.publish-override',
      )
      assert.equal(entry?.detail.reason, 'Matt approved by phone at 9:10')
      assert.equal(entry?.actorId, admin.userId)
      // Matt Nelson is not one of this release's people; the admin's own organization signs by
      // publishing, so only the quote is missing.
      assert.deepEqual(entry?.detail.missing, [
        'the quote of Matt Nelson (nelson-1) is not approved',
      ])
    })

    it('takes publication by an editor as their organization’s sign-off, and only theirs', async () => {
      const { releases } = w.newsroom
      const solo = await releases.create(editor, {
        coalitionId: w.coalitionId,
        organizationId: w.orgA,
        slug: 'solo',
        content: {
          versions: [{ lang: 'en', text: 'A short notice today\n\nCHICAGO – No quotes here.' }],
        },
      })
      await releases.transition(editor, solo.id, 'in-review')
      await releases.transition(editor, solo.id, 'approved')
      assert.equal((await releases.transition(editor, solo.id, 'published')).status, 'published')
      const signed = (await w.newsroom.audit.forRelease(solo.id)).filter(
        (e) => e.action === 'release.signed-off',
      )
      assert.deepEqual(
        signed.map((e) => [e.detail.organization, e.detail.by, e.actorId]),
        [[w.orgA, 'publication', editor.userId]],
      )
      const joint = await releases.create(editor, {
        coalitionId: w.coalitionId,
        organizationId: w.orgA,
        coIssuerIds: [w.orgB],
        slug: 'joint',
        content: {
          versions: [{ lang: 'en', text: 'A joint notice today\n\nCHICAGO – No quotes here.' }],
        },
      })
      await releases.transition(editor, joint.id, 'in-review')
      await releases.transition(editor, joint.id, 'approved')
      await assert.rejects(
        releases.transition(editor, joint.id, 'published'),
        refusal(
          'conflict',
          /^the release cannot be published yet: Presente\.org has not signed off the current text$/,
        ),
      )
      const none = (await w.newsroom.audit.forRelease(joint.id)).filter(
        (e) => e.action === 'release.signed-off',
      )
      assert.equal(none.length, 0, 'a refused publication signs nothing')
    })

    it('applies the appearance chosen through the link to the public text, and changes the stamp', async () => {
      const view = await w.newsroom.releases.get(editor, w.releaseId)
      const before = await quotes().publicContent(view)
      const stamp = await quotes().publicStamp(w.coalitionId)
      const token = await request('chacon-2')
      const answered = await quotes().answerLink(token, {
        decision: 'approve',
        appearance: {
          mode: 'description',
          descriptions: { en: 'a father of three', es: 'un padre de tres hijos' },
          showTitle: false,
          showCity: false,
          showPhoto: false,
        },
      })
      assert.ok(answered.ok)
      const afterContent = await quotes().publicContent(view)
      assert.notEqual(afterContent.key, before.key)
      assert.notEqual(await quotes().publicStamp(w.coalitionId), stamp)
      for (const v of afterContent.content.versions) {
        assert.doesNotMatch(v.text, /Chac[oó]n/i, `${v.lang} names nobody`)
        assert.doesNotMatch(v.text, /(three|hijos), (executive|director)/i, 'no title')
      }
      assert.match(
        afterContent.content.versions[0]?.text ?? '',
        /stated a father of three, of Alianza Americas/,
      )
      assert.match(afterContent.content.versions[1]?.text ?? '', /concluyó un padre de tres hijos/)
      assert.match(
        afterContent.content.versions[1]?.text ?? '',
        /aseguró un padre de tres hijos, de Alianza Americas/,
      )
      // The workspace still sees who it is.
      const state = await quotes().overview(editor, w.releaseId)
      assert.equal(state.quotes.find((q) => q.key === 'chacon-2')?.person?.name, 'Óscar Chacón')
      const log = await actions()
      assert.ok(log.includes('quote.appearance-changed'))
    })

    it('lets an admin of the person’s organization set the appearance, and nobody else', async () => {
      const choice = {
        mode: 'first' as const,
        descriptions: {},
        showTitle: true,
        showCity: true,
        showPhoto: true,
      }
      await assert.rejects(
        quotes().setAppearance(w.actors['admin-a'] as Actor, w.releaseId, 'nelson-1', choice),
        refusal('forbidden'),
      )
      const set = await quotes().setAppearance(
        w.actors['admin-b'] as Actor,
        w.releaseId,
        'nelson-1',
        choice,
      )
      assert.equal(set.appearance?.mode, 'first')
      await assert.rejects(
        quotes().setAppearance(w.actors['admin-b'] as Actor, w.releaseId, 'nelson-1', {
          ...choice,
          mode: 'description',
        }),
        refusal('invalid', /description/),
      )
    })

    it('links a quote to another person by hand, within the coalition only', async () => {
      const linked = await quotes().linkPerson(editor, w.releaseId, 'chacon-1', w.matt.id)
      assert.deepEqual([linked.person?.name, linked.linkedBy], ['Matt Nelson', 'editor'])
      await assert.rejects(
        quotes().linkPerson(editor, w.releaseId, 'chacon-1', 'no-such-person'),
        refusal('invalid'),
      )
      await quotes().linkPerson(editor, w.releaseId, 'chacon-1', w.oscar.id)
    })

    it('leaves exactly one live link when two requests for a quote race', async () => {
      const before = w.smtp.received.length
      await Promise.all([
        quotes().requestApproval(editor, w.releaseId, 'nelson-1'),
        quotes().requestApproval(editor, w.releaseId, 'nelson-1'),
      ])
      const tokens = [
        ...new Set(w.smtp.received.slice(before).flatMap((m) => approvalTokens(m.raw))),
      ]
      assert.equal(tokens.length, 2)
      const opened = await Promise.all(tokens.map((t) => quotes().openLink(t)))
      assert.deepEqual(opened.map((o) => (o.ok ? 'ok' : o.reason)).sort(), ['ok', 'superseded'])
    })
  })
}
