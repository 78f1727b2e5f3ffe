import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createMailer, type Mailer } from './mailer.js'
import { SendFailure } from './send-failure.js'
import { startTestSmtpServer, type TestSmtpServer } from './test-smtp-server.js'

describe('the SMTP mailer on a loopback server', () => {
  let server: TestSmtpServer
  let mailer: Mailer
  before(async () => {
    server = await startTestSmtpServer()
    mailer = createMailer({ smtpUrl: server.url, maxConnections: 2 })
  })
  after(async () => {
    await mailer.close()
    await server.close()
  })

  it('delivers text and HTML with the given Message-ID, headers and an escaped name', async () => {
    const receipt = await mailer.send({
      from: 'Newsroom <news@example.org>',
      to: { name: 'Pat "the <boss>" O’Neil', address: 'pat@example.org' },
      subject: 'Familias marchan — ¿y ahora?',
      text: 'Hola',
      html: '<p>Hola</p>',
      messageId: '<r1.abc@example.org>',
      headers: {
        'List-Unsubscribe': '<https://news.example/unsubscribe/t>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    })
    assert.match(receipt.response, /^250/)
    const mail = server.received.at(-1)
    assert.ok(mail)
    assert.deepEqual(mail.to, ['pat@example.org'])
    assert.equal(mail.from, 'news@example.org')
    assert.match(mail.raw, /^Message-ID: <r1\.abc@example\.org>\r?$/m)
    assert.match(mail.raw, /^List-Unsubscribe: <https:\/\/news\.example\/unsubscribe\/t>\r?$/m)
    assert.match(mail.raw, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m)
    assert.match(mail.raw, /multipart\/alternative/)
    const toLine = /^To: (.*)$/m.exec(mail.raw)?.[1] ?? ''
    assert.ok(toLine.includes('<pat@example.org>'))
    assert.doesNotMatch(toLine, /<boss>/, 'the display name is quoted or encoded, not raw')
  })

  it('calls the hand-over hook after the recipient was accepted, before the end of data', async () => {
    const before = server.total
    let seenAtHandover = -1
    await mailer.send({
      from: 'news@example.org',
      to: 'a@example.org',
      subject: 's',
      text: 't',
      beforeCommit: async () => {
        seenAtHandover = server.total
        return true
      },
    })
    assert.equal(seenAtHandover, before, 'nothing was accepted before the hand-over')
    assert.equal(server.total, before + 1)
  })

  it('abandons the message when the hand-over refuses: the server gets nothing', async () => {
    const before = server.total
    await assert.rejects(
      mailer.send({
        from: 'news@example.org',
        to: 'b@example.org',
        subject: 's',
        text: 't',
        beforeCommit: async () => false,
      }),
      (e: unknown) => e instanceof SendFailure && e.abandoned && !e.uncertain,
    )
    await new Promise((r) => setTimeout(r, 100))
    assert.equal(server.total, before)
    assert.equal(server.deliveries.get('b@example.org'), undefined)
  })

  it('writes the end of DATA right after the last word, and never when it says no', async () => {
    const before = server.total
    let seenAtLastWord = -1
    await mailer.send({
      from: 'news@example.org',
      to: 'c@example.org',
      subject: 's',
      text: 't',
      beforeCommit: async () => true,
      atCommit: () => {
        seenAtLastWord = server.total
        return true
      },
    })
    assert.equal(seenAtLastWord, before)
    assert.equal(server.deliveries.get('c@example.org'), 1)
    await assert.rejects(
      mailer.send({
        from: 'news@example.org',
        to: 'd@example.org',
        subject: 's',
        text: 't',
        beforeCommit: async () => true,
        atCommit: () => false,
      }),
      (e: unknown) => e instanceof SendFailure && e.abandoned && !e.uncertain,
    )
    await new Promise((r) => setTimeout(r, 100))
    assert.equal(server.deliveries.get('d@example.org'), undefined)
    // The pool goes on with a fresh connection.
    await mailer.send({ from: 'n@example.org', to: 'e@example.org', subject: 's', text: 't' })
    assert.equal(server.deliveries.get('e@example.org'), 1)
  })

  it('reports 4xx as temporary and 5xx as permanent, never calling the hand-over', async () => {
    server.failRecipient('later@example.org', 451, 1)
    server.failRecipient('gone@example.org', 550)
    let handedOver = false
    const hook = async () => {
      handedOver = true
      return true
    }
    await assert.rejects(
      mailer.send({
        from: 'n@example.org',
        to: 'later@example.org',
        subject: 's',
        text: 't',
        beforeCommit: hook,
      }),
      (e: unknown) =>
        e instanceof SendFailure && e.kind === 'temporary' && e.code === 451 && !e.uncertain,
    )
    await assert.rejects(
      mailer.send({
        from: 'n@example.org',
        to: 'gone@example.org',
        subject: 's',
        text: 't',
        beforeCommit: hook,
      }),
      (e: unknown) => e instanceof SendFailure && e.kind === 'permanent' && e.code === 550,
    )
    assert.equal(handedOver, false)
    // The temporary failure was for one time only.
    await mailer.send({ from: 'n@example.org', to: 'later@example.org', subject: 's', text: 't' })
    assert.equal(server.deliveries.get('later@example.org'), 1)
  })

  it('paces messages to the rate in SMTP_URL, over all its connections', async () => {
    const paced = createMailer({ smtpUrl: `${server.url}&rate=20&pool=3` })
    try {
      const names = Array.from({ length: 6 }, (_, i) => `paced${i}@example.org`)
      await Promise.all(
        names.map((to) => paced.send({ from: 'n@example.org', to, subject: 's', text: 't' })),
      )
      const times = server.received
        .filter((m) => names.includes(m.to[0] ?? ''))
        .map((m) => m.at)
        .sort((a, b) => a - b)
      assert.equal(times.length, 6)
      // 20 per second: starts 50 ms apart, so six messages span about 250 ms (unpaced, over
      // three connections, they arrive within a few ms of each other).
      assert.ok(
        (times.at(-1) ?? 0) - (times[0] ?? 0) >= 200,
        `spread ${(times.at(-1) ?? 0) - (times[0] ?? 0)} ms`,
      )
    } finally {
      await paced.close()
    }
  })

  it('refuses an SMTP_URL with a bad rate, pool or tls setting, saying which', () => {
    assert.throws(
      () => createMailer({ smtpUrl: 'smtp://h:25?rate=fast' }),
      /rate is a positive number/,
    )
    assert.throws(
      () => createMailer({ smtpUrl: 'smtp://h:25?pool=0' }),
      /pool is a positive whole number/,
    )
    assert.throws(
      () => createMailer({ smtpUrl: 'smtp://h:25?pool=2.5' }),
      /pool is a positive whole number \(got "2.5"\)/,
    )
    assert.throws(
      () => createMailer({ smtpUrl: 'smtp://h:25?tls=off' }),
      /tls is "insecure" or "strict"/,
    )
    assert.throws(() => createMailer({ smtpUrl: 'http://h:25' }), /must start with smtp/)
  })

  it('reports a server that is not there as a temporary failure', async () => {
    const nowhere = createMailer({ smtpUrl: 'smtp://127.0.0.1:1?starttls=off' })
    await assert.rejects(
      nowhere.send({ from: 'n@example.org', to: 'x@example.org', subject: 's', text: 't' }),
      (e: unknown) => e instanceof SendFailure && e.kind === 'temporary' && e.code === null,
    )
    await nowhere.close()
  })

  it('sends many messages at once over its few connections', async () => {
    const before = server.total
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        mailer.send({ from: 'n@example.org', to: `bulk${i}@example.org`, subject: 's', text: 't' }),
      ),
    )
    assert.equal(server.total, before + 40)
  })
})
