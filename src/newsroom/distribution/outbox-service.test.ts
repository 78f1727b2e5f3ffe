/**
 * The outbox end to end on both engines, through a real SMTP server on loopback: languages,
 * headers and the unsubscribe link; sending twice; temporary and permanent failures; embargo
 * notices for the press while members wait for the lift; refusals.
 */
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createApp } from '../../server/create-app.js'
import { outboxRepository } from '../../store/repositories/outbox.js'
import { testEngines } from '../../store/test-engines.js'
import { isoNow } from '../clock.js'
import { NewsroomError } from '../newsroom-error.js'
import { handoverKey, openHandoverJournal, readHandoverJournal } from './handover-journal.js'
import {
  decodedBody,
  draftRelease,
  embargoedRelease,
  header,
  leaveAsKilledHandover,
  liftEmbargo,
  type OutboxWorld,
  openOutboxWorld,
  outboxTestLinkKey,
  publishedRelease,
} from './outbox-test-world.js'
import { startOutboxWorker } from './outbox-worker.js'
import { unsubscribePurpose } from './unsubscribe-link.js'

for (const engine of testEngines) {
  describe(`the outbox on ${engine}`, () => {
    let w: OutboxWorld
    before(async () => {
      w = await openOutboxWorld(engine)
    })
    after(() => w.close())

    function worker() {
      return startOutboxWorker(w.newsroom, {
        intervalMs: 20,
        policy: { retryBaseMs: 60_000 },
        onError: (e) => assert.fail(String(e)),
      })
    }
    const mailsTo = (email: string) => w.smtp.received.filter((m) => m.to.includes(email))

    it('sends each recipient the release once, in their language, with the list headers', async () => {
      const { lists, outbox, deps } = w.newsroom
      const cid = w.coalitionId
      const ana = await lists.addContact(w.pressListId, {
        email: 'ana@diario.example',
        name: 'Ana <Díaz> & "Co"',
        lang: 'es',
      })
      await lists.addContact(w.pressListId, { email: 'ben@wire.example', name: 'Ben', lang: 'en' })
      await lists.addContact(w.membersListId, {
        email: 'dora@socias.example',
        name: 'Dora',
        lang: 'both',
      })
      await lists.addContact(w.membersListId, {
        email: 'eva@socias.example',
        name: 'Eva',
        lang: 'es',
      })
      await lists.suppress(cid, 'eva@socias.example', 'complaint')
      const releaseId = await publishedRelease(w, 'langs', 'Quetzal')
      const plan = await outbox.plan(w.editorActor, releaseId, [w.pressListId, w.membersListId])
      assert.deepEqual(
        [plan.recipients, plan.byLang, plan.press, plan.members, plan.alreadySent],
        [3, { en: 1, es: 1, both: 1 }, 2, 1, 0],
      )
      const send = await outbox.send(w.editorActor, releaseId, {
        listIds: [w.pressListId, w.membersListId],
      })
      assert.equal(send.total, 3)
      const job = worker()
      await job.idle()
      await job.stop()

      const [toAna] = mailsTo('ana@diario.example')
      assert.ok(toAna)
      assert.equal(header(toAna.raw, 'Content-Language'), 'es')
      assert.equal(header(toAna.raw, 'Subject'), 'Familias marchan por langs')
      assert.match(decodedBody(toAna.raw), /Quetzal fue la palabra/)
      assert.doesNotMatch(decodedBody(toAna.raw), /Quetzal was the word/)
      assert.match(
        decodedBody(toAna.raw),
        /Ana &lt;Díaz&gt; &amp; &quot;Co&quot;/,
        'name escaped in HTML',
      )
      assert.match(
        header(toAna.raw, 'Message-ID') ?? '',
        new RegExp(`^<${releaseId}\\.[0-9a-f]{20}@newsroom\\.test>$`),
      )
      const unsubscribe = /^<(http:\/\/newsroom\.test\/unsubscribe\/([^>]+))>$/.exec(
        header(toAna.raw, 'List-Unsubscribe') ?? '',
      )
      assert.ok(unsubscribe, 'List-Unsubscribe holds the https link')
      assert.equal(header(toAna.raw, 'List-Unsubscribe-Post'), 'List-Unsubscribe=One-Click')
      const check = await deps.links.verify(unsubscribePurpose, unsubscribe[2] as string)
      assert.ok(check.ok && check.claims.subject === ana.id, 'the link unsubscribes Ana')
      assert.ok(decodedBody(toAna.raw).includes(unsubscribe[1] as string), 'and is in the body')

      const [toBen] = mailsTo('ben@wire.example')
      assert.ok(toBen)
      assert.equal(header(toBen.raw, 'Content-Language'), 'en')
      assert.match(decodedBody(toBen.raw), /Quetzal was the word/)
      const [toDora] = mailsTo('dora@socias.example')
      assert.ok(toDora)
      assert.equal(header(toDora.raw, 'Content-Language'), 'en, es')
      assert.match(decodedBody(toDora.raw), /Quetzal was the word[\s\S]*Quetzal fue la palabra/)
      assert.equal(mailsTo('eva@socias.example').length, 0, 'suppressed')

      const report = await outbox.report(w.editorActor, send.id)
      assert.equal(report.counts.sent, 3)
      assert.ok(report.finished)
      assert.deepEqual(report.problems, [])
      assert.ok((await outbox.sendsOf(w.editorActor, releaseId))[0]?.finishedAt)

      // A second send of the same release to the same lists mails nobody again.
      const again = await outbox.send(w.editorActor, releaseId, {
        listIds: [w.pressListId, w.membersListId],
        lang: 'both',
      })
      assert.equal(again.total, 0)
      assert.equal(again.resolved, 3)
      const before = w.smtp.total
      const job2 = worker()
      await job2.idle()
      await job2.stop()
      assert.equal(w.smtp.total, before)
    })

    it('retries a 4xx later with backoff, fails a 5xx for good and suppresses the address', async () => {
      const { lists, outbox } = w.newsroom
      const list = await lists.createList(w.coalitionId, { name: 'Fallos', kind: 'members' })
      await lists.addContact(list.id, { email: 'later@x.example', name: 'Later' })
      await lists.addContact(list.id, { email: 'gone@x.example', name: 'Gone' })
      await lists.addContact(list.id, { email: 'fine@x.example', name: 'Fine' })
      w.smtp.failRecipient('later@x.example', 451, 2)
      w.smtp.failRecipient('gone@x.example', 550)
      const releaseId = await publishedRelease(w, 'failures', 'Ocelot')
      const send = await outbox.send(w.editorActor, releaseId, { listIds: [list.id] })
      const job = worker()
      await job.idle()
      let report = await outbox.report(w.editorActor, send.id)
      assert.deepEqual([report.counts.sent, report.counts.failed, report.counts.queued], [1, 1, 1])
      const gone = report.problems.find((p) => p.email === 'gone@x.example')
      assert.equal(gone?.state, 'failed')
      assert.equal(gone?.code, 550)
      assert.ok(await lists.isSuppressed(w.coalitionId, 'gone@x.example'))
      const later = report.problems.find((p) => p.email === 'later@x.example')
      assert.equal(later?.state, 'queued')
      assert.equal(later?.code, 451)
      const wait = Date.parse(later?.nextAttemptAt ?? '') - w.clock.now().getTime()
      assert.ok(wait >= 30_000 && wait <= 90_000, `first retry after 60 s ± 50 %, got ${wait}`)
      assert.equal(report.finished, false)

      // Second attempt: 451 again, a longer wait; third attempt goes through.
      w.clock.advance(wait)
      await job.idle()
      report = await outbox.report(w.editorActor, send.id)
      const second = report.problems.find((p) => p.email === 'later@x.example')
      assert.equal(second?.attempts, 2)
      const wait2 = Date.parse(second?.nextAttemptAt ?? '') - w.clock.now().getTime()
      assert.ok(
        wait2 >= 60_000 && wait2 <= 180_000,
        `second retry after 120 s ± 50 %, got ${wait2}`,
      )
      w.clock.advance(wait2)
      await job.idle()
      await job.stop()
      report = await outbox.report(w.editorActor, send.id)
      assert.deepEqual([report.counts.sent, report.counts.failed], [2, 1])
      assert.ok(report.finished)
      assert.equal(mailsTo('later@x.example').length, 1)
      assert.equal(mailsTo('gone@x.example').length, 0)
      assert.deepEqual(
        report.problems.map((p) => p.email),
        ['gone@x.example'],
      )
    })

    it('under embargo sends the press a notice with its own preview link and members nothing until the lift', async () => {
      const { lists, outbox } = w.newsroom
      w.clock.set('2026-03-01T12:00:00.000Z')
      const press = await lists.createList(w.coalitionId, { name: 'Prensa E', kind: 'press' })
      const members = await lists.createList(w.coalitionId, {
        name: 'Socias E',
        kind: 'members',
      })
      await lists.addContact(press.id, { email: 'pia@diario.example', name: 'Pía', lang: 'es' })
      await lists.addContact(members.id, { email: 'memo@socias.example', name: 'Memo', lang: 'en' })
      // 10:00 in Chicago on March 2 is 16:00 UTC.
      const releaseId = await embargoedRelease(w, 'embargo', 'Axolotl', '2026-03-02T10:00')
      const send = await outbox.send(w.editorActor, releaseId, { listIds: [press.id, members.id] })
      const job = worker()
      await job.idle()
      const [notice] = mailsTo('pia@diario.example')
      assert.ok(notice)
      const body = decodedBody(notice.raw)
      assert.doesNotMatch(notice.raw + body, /Axolotl|Familias marchan/, 'nothing of the text')
      const preview = /https?:\/\/newsroom\.test\/preview\/[A-Za-z0-9._-]+/.exec(body)
      assert.ok(preview, 'a preview link')
      assert.match(header(notice.raw, 'Subject') ?? '', /.+/)
      assert.equal(mailsTo('memo@socias.example').length, 0, 'members wait for the lift')
      let report = await outbox.report(w.editorActor, send.id)
      assert.deepEqual([report.counts.sent, report.counts.queued], [1, 1])
      const app = createApp({
        store: w.store,
        clock: w.clock,
        publicUrl: 'http://newsroom.test',
        linkKey: outboxTestLinkKey,
      })
      const previewPage = await app.request(new URL(preview[0]).pathname)
      assert.equal(previewPage.status, 200)
      assert.match(await previewPage.text(), /Axolotl/)

      // After the lift (the scheduler publishes the release), members get the release.
      w.clock.set('2026-03-02T16:00:01.000Z')
      await liftEmbargo(w, releaseId, '2026-03-02T16:00:00.000Z')
      await new Promise((r) => setTimeout(r, 50))
      await job.idle()
      await job.stop()
      const [toMemo] = mailsTo('memo@socias.example')
      assert.ok(toMemo)
      assert.match(decodedBody(toMemo.raw), /Axolotl was the word/)
      assert.equal(mailsTo('pia@diario.example').length, 1, 'the press notice is their one message')
      report = await outbox.report(w.editorActor, send.id)
      assert.equal(report.counts.sent, 2)
    })

    it('members’ messages fall due at the second the embargo lifts, not a millisecond before', async () => {
      const { lists, outbox } = w.newsroom
      w.clock.set('2026-03-01T12:00:00.000Z')
      const members = await lists.createList(w.coalitionId, { name: 'Socias L', kind: 'members' })
      await lists.addContact(members.id, { email: 'lift@socias.example', lang: 'es' })
      // 10:00 in Chicago on March 3 is 16:00 UTC.
      const releaseId = await embargoedRelease(w, 'lift', 'Quetzal', '2026-03-03T10:00')
      const send = await outbox.send(w.editorActor, releaseId, { listIds: [members.id] })
      const job = worker()
      try {
        await job.idle()
        w.clock.set('2026-03-03T15:59:59.999Z')
        await job.idle()
        assert.equal(mailsTo('lift@socias.example').length, 0, 'nothing a millisecond before')
        // At the lift the scheduler publishes the release (its exact second is tested in
        // schedule/embargo-boundary.test.ts).
        w.clock.set('2026-03-03T16:00:00.000Z')
        await liftEmbargo(w, releaseId, '2026-03-03T16:00:00.000Z')
        await job.idle()
        await job.idle()
        const [mail] = mailsTo('lift@socias.example')
        assert.ok(mail, 'sent at the lift')
        assert.match(decodedBody(mail.raw), /Quetzal/)
        assert.equal((await outbox.report(w.editorActor, send.id)).counts.sent, 1)
      } finally {
        await job.stop()
      }
    })

    it('after a worker stopped, the next one on the machine resends only the hand-overs its journal lacks', async () => {
      const { lists, outbox } = w.newsroom
      const list = await lists.createList(w.coalitionId, { name: 'Diario', kind: 'press' })
      await lists.addContact(list.id, { email: 'noted@journal.example', lang: 'en' })
      await lists.addContact(list.id, { email: 'unnoted@journal.example', lang: 'es' })
      const releaseId = await publishedRelease(w, 'journal', 'Tapir')
      const send = await outbox.send(w.editorActor, releaseId, { listIds: [list.id] })
      const dir = mkdtempSync(join(tmpdir(), 'comunicado-journal-'))
      try {
        // A worker claimed both rows and recorded both hand-overs, but noted only one in its
        // journal before it was killed: the other's end of DATA was never written.
        const repo = outboxRepository(w.store)
        const now = w.clock.now().getTime()
        const past = new Date(now - 60_000).toISOString()
        const rows = (
          await repo.claim({ worker: 'killed', now: isoNow(w.clock), leaseUntil: past, limit: 100 })
        ).filter((r) => r.send_id === send.id)
        assert.equal(rows.length, 2)
        for (const r of rows) assert.ok(await repo.markHandover(r.id, 'killed', past, past))
        const noted = rows.find((r) => r.email === 'noted@journal.example')
        const unnoted = rows.find((r) => r.email === 'unnoted@journal.example')
        assert.ok(noted && unnoted)
        const dead = openHandoverJournal(dir, 'killed')
        dead.note(handoverKey(noted))
        const job = startOutboxWorker(w.newsroom, {
          intervalMs: 20,
          recoverEveryMs: 0,
          journalDir: dir,
          policy: { retryBaseMs: 60_000, leaseMs: 1 },
          onError: (e) => assert.fail(String(e)),
        })
        await job.idle()
        await job.stop()
        const stateOf = async (id: string) =>
          (
            await w.store.db
              .selectFrom('outbox_messages')
              .select('state')
              .where('id', '=', id)
              .executeTakeFirstOrThrow()
          ).state
        assert.equal(await stateOf(unnoted.id), 'sent')
        assert.equal(mailsTo('unnoted@journal.example').length, 1)
        assert.equal(await stateOf(noted.id), 'unconfirmed')
        assert.equal(
          mailsTo('noted@journal.example').length,
          0,
          'never resent: it may have arrived',
        )
        // Nothing of either worker is left to recover: both journals are gone.
        assert.equal(readHandoverJournal(dir, 'killed'), null)
        assert.equal(readHandoverJournal(dir, job.id), null)
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    })

    it('resends an unconfirmed message once more with the same Message-ID, and refuses others', async () => {
      const { lists, outbox } = w.newsroom
      await lists.addContact(w.pressListId, { email: 'ursula@unconfirmed.example', lang: 'en' })
      await lists.addContact(w.pressListId, { email: 'sam@sent.example', lang: 'en' })
      const releaseId = await publishedRelease(w, 'resend', 'Ocelot')
      const send = await outbox.send(w.editorActor, releaseId, { listIds: [w.pressListId] })
      const job = worker()
      await job.idle()
      await job.stop()
      const rowOf = (email: string) =>
        w.store.db
          .selectFrom('outbox_messages')
          .selectAll()
          .where('send_id', '=', send.id)
          .where('email', '=', email)
          .executeTakeFirstOrThrow()
      const ursula = await rowOf('ursula@unconfirmed.example')
      const sam = await rowOf('sam@sent.example')
      assert.equal(ursula.state, 'sent')
      assert.equal(mailsTo('ursula@unconfirmed.example').length, 1)
      // A worker killed after the hand-over: its row is left `sending` in phase `handover` with
      // a lease that ran out, and recovery marks it unconfirmed (never resent by itself).
      await leaveAsKilledHandover(w.store, ursula.id)
      assert.equal((await outbox.recover()).unconfirmed, 1)
      const before = await outbox.report(w.editorActor, send.id)
      assert.equal(before.counts.unconfirmed, 1)
      assert.deepEqual(
        before.problems.map((p) => [p.id, p.state]),
        [[ursula.id, 'unconfirmed']],
      )

      const code = (e: unknown) => (e instanceof NewsroomError ? e.code : String(e))
      const viewer = w.actors['viewer-a']
      const other = w.actors['editor-other']
      assert.ok(viewer && other)
      await assert.rejects(
        outbox.resendUnconfirmed(viewer, send.id),
        (e) => code(e) === 'forbidden',
      )
      await assert.rejects(outbox.resendUnconfirmed(other, send.id), (e) => code(e) === 'forbidden')
      await assert.rejects(
        outbox.resendUnconfirmed(w.editorActor, 'no-such-send'),
        (e) => code(e) === 'not-found',
      )
      await assert.rejects(
        outbox.resendUnconfirmed(w.editorActor, send.id, [ursula.id, sam.id]),
        (e) =>
          e instanceof NewsroomError &&
          e.code === 'conflict' &&
          e.details?.reason === 'send-resend-not-unconfirmed' &&
          e.details?.count === 1,
        'a sent row is refused, and nothing moves',
      )
      await assert.rejects(
        outbox.resendUnconfirmed(w.editorActor, send.id, ['not-a-row']),
        (e) => code(e) === 'conflict',
      )
      assert.equal((await rowOf('ursula@unconfirmed.example')).state, 'unconfirmed')

      const resent = await outbox.resendUnconfirmed(w.editorActor, send.id, [ursula.id])
      assert.deepEqual(resent, { sendId: send.id, resent: [ursula.id] })
      const requeued = await rowOf('ursula@unconfirmed.example')
      assert.deepEqual(
        [requeued.state, requeued.claimed_by, requeued.message_id],
        ['queued', null, ursula.message_id],
      )
      assert.equal((await outbox.sendsOf(w.editorActor, releaseId))[0]?.finishedAt, null)
      const again = worker()
      await again.idle()
      await again.stop()
      const mails = mailsTo('ursula@unconfirmed.example')
      assert.equal(mails.length, 2, 'the server receives it once more')
      assert.equal(header(mails[1]?.raw ?? '', 'Message-ID'), ursula.message_id)
      assert.equal(header(mails[0]?.raw ?? '', 'Message-ID'), ursula.message_id)
      assert.equal(mailsTo('sam@sent.example').length, 1, 'the sent row is not resent')
      const after = await outbox.report(w.editorActor, send.id)
      assert.deepEqual(
        [after.counts.sent, after.counts.unconfirmed, after.finished],
        [send.total, 0, true],
      )

      const entries = await w.store.db
        .selectFrom('audit_entries')
        .selectAll()
        .where('action', '=', 'send.resent-unconfirmed')
        .where('release_id', '=', releaseId)
        .execute()
      assert.equal(entries.length, 1)
      assert.deepEqual(JSON.parse(String(entries[0]?.detail)), {
        sendId: send.id,
        count: 1,
        ids: [ursula.id],
      })

      // Idempotent: nothing is unconfirmed any more, so a second call resends (and records) nothing.
      assert.deepEqual(await outbox.resendUnconfirmed(w.editorActor, send.id), {
        sendId: send.id,
        resent: [],
      })
      const count = await w.store.db
        .selectFrom('audit_entries')
        .select('id')
        .where('action', '=', 'send.resent-unconfirmed')
        .execute()
      assert.equal(count.length, 1)
    })

    it('refuses a viewer, a draft without embargo, an unknown list and no list at all', async () => {
      const { outbox } = w.newsroom
      const releaseId = await publishedRelease(w, 'refusals', 'Tapir')
      const viewer = w.actors['viewer-a']
      assert.ok(viewer)
      const code = (e: unknown) => (e instanceof NewsroomError ? e.code : 'other')
      await assert.rejects(
        outbox.send(viewer, releaseId, { listIds: [w.pressListId] }),
        (e) => code(e) === 'forbidden',
      )
      await assert.rejects(
        outbox.send(w.editorActor, releaseId, { listIds: [] }),
        (e) => code(e) === 'invalid',
      )
      await assert.rejects(
        outbox.send(w.editorActor, releaseId, { listIds: ['nope'] }),
        (e) => code(e) === 'not-found',
      )
      await assert.rejects(
        outbox.send(w.editorActor, releaseId, { listIds: [w.pressListId], lang: 'fr' as 'en' }),
        (e) => code(e) === 'invalid',
      )
      const other = w.actors['editor-other']
      assert.ok(other)
      // Another coalition's editor can read the published release, not send it.
      await assert.rejects(
        outbox.send(other, releaseId, { listIds: [w.pressListId] }),
        (e) => code(e) === 'forbidden',
      )
      const draft = await draftRelease(w, 'draft-x', 'Yak')
      await assert.rejects(
        outbox.send(other, draft, { listIds: [w.pressListId] }),
        (e) => code(e) === 'not-found',
        'a draft of another coalition is not there at all',
      )
      await assert.rejects(
        outbox.send(w.editorActor, draft, { listIds: [w.pressListId] }),
        (e) => code(e) === 'conflict' && /publish the release, or set an embargo/.test(String(e)),
      )
    })
  })
}
