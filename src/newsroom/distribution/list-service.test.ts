import assert from 'node:assert/strict'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, describe, it } from 'node:test'
import { createMailer } from '../../mail/index.js'
import type { Store } from '../../store/index.js'
import { openTestStore, testEngines } from '../../store/test-engines.js'
import { fixedClock } from '../clock.js'
import { createNewsroom, type Newsroom } from '../create-newsroom.js'
import { NewsroomError } from '../newsroom-error.js'

for (const engine of testEngines) {
  describe(`list service (${engine})`, () => {
    let store: Store
    let newsroom: Newsroom
    let coalitionId: string
    let otherCoalitionId: string
    const clock = fixedClock('2026-03-01T10:00:00Z')

    before(async () => {
      store = await openTestStore(engine)
      newsroom = createNewsroom(store, clock, {
        mailer: createMailer({ dropFolder: join(tmpdir(), 'comunicado-list-test-mail') }),
        linkKey: 'a2V5LWtleS1rZXkta2V5LWtleS1rZXkta2V5LWtleQ',
      })
      coalitionId = await newsroom.directory.createCoalition('Red', 'red')
      otherCoalitionId = await newsroom.directory.createCoalition('Otra', 'otra')
    })
    after(() => store.close())

    it('resolves subscribed, unsuppressed recipients once per address, with their languages', async () => {
      const { lists } = newsroom
      const press = await lists.createList(coalitionId, { name: 'Prensa', kind: 'press' })
      const members = await lists.createList(coalitionId, { name: 'Socias', kind: 'members' })
      await lists.addContact(press.id, { email: 'Ana@Diario.example', name: 'Ana', lang: 'es' })
      await lists.addContact(press.id, { email: 'ben@wire.example', name: 'Ben', lang: 'English' })
      await lists.addContact(members.id, { email: 'ana@diario.example ', lang: 'ambos' })
      await lists.addContact(members.id, { email: 'cruz@socias.example', name: 'Cruz' })
      await lists.addContact(members.id, {
        email: 'dora@socias.example',
        name: 'Dora',
        lang: 'both',
      })
      await lists.addContact(members.id, { email: 'eva@socias.example', name: 'Eva' })
      await lists.addContact(members.id, { email: 'fede@socias.example', name: 'Fede' })
      await lists.suppress(coalitionId, 'EVA@socias.example', 'bounce', '550 no such user')
      const fede = await lists.addContact(members.id, { email: 'fede@socias.example' })
      await lists.unsubscribeFromList(members.id, fede.id, { label: 'test' })

      const recipients = await lists.resolveRecipients(coalitionId, [
        press.id,
        members.id,
        press.id,
      ])
      assert.deepEqual(
        recipients.map((r) => [r.email, r.kind, r.langs.join('+'), r.name]),
        [
          // Ana is on both lists: once, as press; the re-add updated her preference to both.
          ['ana@diario.example', 'press', 'en+es', 'Ana'],
          ['ben@wire.example', 'press', 'en', 'Ben'],
          ['cruz@socias.example', 'member', 'en', 'Cruz'],
          ['dora@socias.example', 'member', 'en+es', 'Dora'],
        ],
      )
      const onlyMembers = await lists.resolveRecipients(coalitionId, [members.id])
      assert.ok(onlyMembers.every((r) => r.kind === 'member'))
      assert.equal(onlyMembers.length, 3)
      assert.ok(await lists.isSuppressed(coalitionId, ' eva@SOCIAS.example'))
      assert.equal(await lists.isSuppressed(otherCoalitionId, 'eva@socias.example'), false)
      assert.equal(await lists.isSuppressed(coalitionId, 'ana@diario.example'), false)
    })

    it('keeps the first suppression reason and refuses to re-add suppressed or unsubscribed addresses', async () => {
      const { lists } = newsroom
      const list = await lists.createList(coalitionId, { name: 'Consent', kind: 'members' })
      assert.equal(await lists.suppress(coalitionId, 'gil@x.example', 'complaint'), true)
      assert.equal(await lists.suppress(coalitionId, 'GIL@x.example', 'bounce'), false)
      const [entry] = (await lists.suppressions(coalitionId)).filter(
        (s) => s.email === 'gil@x.example',
      )
      assert.equal(entry?.reason, 'complaint')
      await assert.rejects(
        lists.addContact(list.id, { email: 'gil@x.example' }),
        (e: NewsroomError) => e.code === 'conflict' && e.details?.problem === 'suppressed',
      )
      const hugo = await lists.addContact(list.id, { email: 'hugo@x.example' })
      const result = await lists.unsubscribeEverywhere(hugo.id, 'test')
      assert.equal(result.changed, true)
      assert.equal((await lists.unsubscribeEverywhere(hugo.id, 'test')).changed, false)
      await assert.rejects(lists.addContact(list.id, { email: 'hugo@x.example' }), NewsroomError)
      assert.deepEqual(await lists.resolveRecipients(coalitionId, [list.id]), [])
    })

    it('refuses bad input and lists of another coalition', async () => {
      const { lists } = newsroom
      const list = await lists.createList(coalitionId, { name: 'Checks', kind: 'press' })
      const other = await lists.createList(otherCoalitionId, { name: 'Checks', kind: 'press' })
      await assert.rejects(
        lists.createList(coalitionId, { name: 'Checks', kind: 'press' }),
        /exists/,
      )
      await assert.rejects(lists.createList(coalitionId, { name: '  ', kind: 'press' }), /name/)
      await assert.rejects(
        lists.createList(coalitionId, { name: 'X', kind: 'nope' as 'press' }),
        /press list or a member list/,
      )
      for (const [input, problem] of [
        [{ email: '' }, 'missing-email'],
        [{ email: 'not-an-address' }, 'invalid-email'],
        [{ email: 'a@b.example', lang: 'fr' }, 'bad-language'],
      ] as const)
        await assert.rejects(
          lists.addContact(list.id, input),
          (e: NewsroomError) => e.code === 'invalid' && e.details?.problem === problem,
        )
      await assert.rejects(lists.resolveRecipients(coalitionId, [other.id]), /no list/)
      await assert.rejects(lists.resolveRecipients(coalitionId, ['missing']), /no list/)
    })
  })
}
