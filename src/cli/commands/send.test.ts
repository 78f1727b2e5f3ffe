import assert from 'node:assert/strict'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.js'
import type { SendProgress } from '../../newsroom/distribution/outbox-service.js'
import {
  draftRelease,
  openOutboxWorld,
  publishedRelease,
} from '../../newsroom/distribution/outbox-test-world.js'
import { openStore } from '../../store/index.js'
import { main } from '../main.js'
import { createMemoryIo } from '../memory-io.js'
import { progressBar } from './send.js'

describe('comunicado send', () => {
  let dir: string
  let smtp: TestSmtpServer
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'comunicado-send-cli-'))
    smtp = await startTestSmtpServer()
    const store = await openStore({ engine: 'sqlite', file: join(dir, 'comunicado.db') })
    const w = await openOutboxWorld('sqlite', { smtp, store })
    await w.newsroom.lists.addContact(w.pressListId, { email: 'ana@diario.example', lang: 'es' })
    await w.newsroom.lists.addContact(w.pressListId, { email: 'ben@wire.example', lang: 'en' })
    await w.newsroom.lists.addContact(w.membersListId, { email: 'cruz@x.example' })
    await publishedRelease(w, 'cli-release', 'Condor')
    await draftRelease(w, 'cli-draft', 'Puma')
    await w.close()
    await store.close()
  })
  after(async () => {
    await smtp.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const run = async (...args: string[]) => {
    const memory = createMemoryIo()
    const code = await main(['send', '--data-dir', dir, '--smtp-url', smtp.url, ...args], memory.io)
    return { code, out: memory.stdout(), err: memory.stderr() }
  }

  it('sends a release by slug to a list by name, shows progress and prints the report', async () => {
    const { code, out, err } = await run('--release', 'cli-release', '--list', 'Prensa')
    assert.equal(code, 0, err)
    assert.match(err, /queued 2 messages/)
    assert.match(err, /\[#{30}\] 100% 2\/2 · 2 sent · 0 failed/)
    assert.match(out, /sent 2, failed 0, unconfirmed 0, waiting 0/)
    assert.equal(smtp.deliveries.get('ana@diario.example'), 1)
    assert.equal(smtp.deliveries.get('ben@wire.example'), 1)
    assert.equal(smtp.deliveries.get('cruz@x.example'), undefined)
  })

  it('exits 1 and lists the failure when a recipient is refused for good', async () => {
    smtp.failRecipient('cruz@x.example', 550)
    const { code, out } = await run('--release', 'cli-release', '--list', 'Socias', '--json')
    assert.equal(code, 1)
    const report = JSON.parse(out)
    assert.equal(report.counts.failed, 1)
    assert.equal(report.problems[0].email, 'cruz@x.example')
    assert.equal(report.problems[0].code, 550)
  })

  it('refuses unusable options and refusals with exit code 2 and one line', async () => {
    for (const [args, message] of [
      [['--release', 'cli-release', '--list', 'Prensa', '--lang', 'fr'], /--lang is one of/],
      [['--release', 'cli-release', '--list', 'Nope'], /no list "Nope"/],
      [['--release', 'nothing-here', '--list', 'Prensa'], /no release "nothing-here"/],
      [['--release', 'cli-draft', '--list', 'Prensa'], /publish the release, or set an embargo/],
      [['--release', 'cli-release'], /name at least one --list/],
    ] as const) {
      const { code, err } = await run(...args)
      assert.equal(code, 2, `${args.join(' ')}: ${err}`)
      assert.match(err, message)
    }
  })

  it('resends the unconfirmed messages with --resend-unconfirmed', async () => {
    // Ana's message of the first test's send, left as crash recovery leaves a row whose worker
    // stopped after the hand-over.
    const before = smtp.deliveries.get('ana@diario.example') ?? 0
    const store = await openStore({ engine: 'sqlite', file: join(dir, 'comunicado.db') })
    let sendId: string
    try {
      const row = await store.db
        .selectFrom('outbox_messages')
        .select(['id', 'send_id'])
        .where('email', '=', 'ana@diario.example')
        .executeTakeFirstOrThrow()
      sendId = row.send_id
      await store.db
        .updateTable('outbox_messages')
        .set({ state: 'unconfirmed', last_error: 'the worker stopped after the hand-over' })
        .where('id', '=', row.id)
        .execute()
    } finally {
      await store.close()
    }
    const { code, out, err } = await run('--resend-unconfirmed', sendId)
    assert.equal(code, 0, err)
    assert.match(err, /queued 1 unconfirmed messages again/)
    assert.match(out, /unconfirmed 0, waiting 0/)
    assert.equal(smtp.deliveries.get('ana@diario.example'), before + 1)
    const again = await run('--resend-unconfirmed', sendId)
    assert.equal(again.code, 0, again.err)
    assert.match(again.err, /queued 0 unconfirmed messages again/)
    assert.equal(smtp.deliveries.get('ana@diario.example'), before + 1)
    const unknown = await run('--resend-unconfirmed', 'no-such-send')
    assert.equal(unknown.code, 2)
    assert.match(unknown.err, /no send no-such-send/)
    const mixed = await run('--resend-unconfirmed', sendId, '--release', 'cli-release')
    assert.equal(mixed.code, 2)
    assert.match(mixed.err, /takes a send id alone/)
  })

  it('draws the bar in proportion to the rows done', () => {
    const progress = {
      send: { total: 200 },
      counts: { queued: 100, sending: 0, sent: 90, failed: 10, unconfirmed: 0 },
      done: 100,
      finished: false,
    } as unknown as SendProgress
    assert.equal(progressBar(progress, 10), '[#####-----]  50% 100/200 · 90 sent · 10 failed')
  })
})
