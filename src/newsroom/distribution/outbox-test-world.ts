/**
 * Test support for the outbox: a newsroom on a fresh store (either engine) whose mail goes to a
 * real SMTP server on loopback, a coalition with two member organizations and users of each
 * role, two lists (press and members), and releases made through the newsroom's services —
 * published (its status set as the publish workflow would leave it) or under embargo.
 */
import assert from 'node:assert/strict'
import { createMailer, type Mailer } from '../../mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.js'
import type { Role, Store, StoreEngine } from '../../store/index.js'
import { openTestStore } from '../../store/test-engines.js'
import type { Actor } from '../access.js'
import { fixedClock } from '../clock.js'
import { createNewsroom, type Newsroom } from '../create-newsroom.js'

/** The newsroom, its SMTP server and mailer, actors by user key, and two lists. */
export interface OutboxWorld {
  store: Store
  newsroom: Newsroom
  clock: ReturnType<typeof fixedClock>
  smtp: TestSmtpServer
  mailer: Mailer
  coalitionId: string
  orgA: string
  orgB: string
  /** Actors: editor-a, viewer-a, editor-b, editor-other. */
  actors: Record<string, Actor>
  editorActor: Actor
  pressListId: string
  membersListId: string
  close(): Promise<void>
}

/** The link-signing key of the world (an app over its store needs the same to open its links). */
export const outboxTestLinkKey = 'b3V0Ym94LXRlc3Qta2V5LW91dGJveC10ZXN0LWtleQ'

/** The English and Spanish text of a test release; `word` marks its body. */
export function releaseText(slug: string, word: string) {
  return [
    {
      lang: 'en',
      text: `Families march for ${slug}\n\nCHICAGO – Hundreds marched on Monday. ${word} was the word.\n\n“We are here,” said Ana Pérez, director of Alianza Americas.\n\n###`,
    },
    {
      lang: 'es',
      text: `Familias marchan por ${slug}\n\nCHICAGO – Cientos marcharon el lunes. ${word} fue la palabra.\n\n“Estamos aquí”, dijo Ana Pérez, directora de Alianza Americas.\n\n###`,
    },
  ]
}

/** Opens the world on `engine`; `smtp` reuses a running server. */
export async function openOutboxWorld(
  engine: StoreEngine,
  options: { smtp?: TestSmtpServer; store?: Store } = {},
): Promise<OutboxWorld> {
  const smtp = options.smtp ?? (await startTestSmtpServer())
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'Red <news@red.example>' })
  const store = options.store ?? (await openTestStore(engine))
  const clock = fixedClock('2026-03-01T12:00:00.000Z')
  const newsroom = createNewsroom(store, clock, {
    mailer,
    publicUrl: 'http://newsroom.test',
    linkKey: outboxTestLinkKey,
  })
  const { directory, accounts, lists } = newsroom
  const coalitionId = await directory.createCoalition('Red de Migrantes', 'red')
  const otherCoalitionId = await directory.createCoalition('Other Coalition', 'other')
  const org = async (coalition: string, name: string) =>
    (await directory.createOrganization('system', coalition, { name })).id
  const orgA = await org(coalitionId, 'Alianza Americas')
  const orgB = await org(coalitionId, 'Presente')
  const orgOther = await org(otherCoalitionId, 'Elsewhere')
  const password = 'correct horse battery'
  const users: [string, string, Role][] = [
    ['editor-a', orgA, 'editor'],
    ['viewer-a', orgA, 'viewer'],
    ['editor-b', orgB, 'editor'],
    ['editor-other', orgOther, 'editor'],
  ]
  const actors: Record<string, Actor> = {}
  for (const [key, organizationId, role] of users) {
    const id = await accounts.createUser({ email: `${key}@example.org`, name: key, password })
    await accounts.addMember(id, organizationId, role)
    const grant = await accounts.signIn(`${key}@example.org`, password)
    const actor = (await accounts.session(grant.token))?.actor
    assert.ok(actor)
    actors[key] = actor
  }
  const press = await lists.createList(coalitionId, { name: 'Prensa', kind: 'press' })
  const members = await lists.createList(coalitionId, { name: 'Socias', kind: 'members' })
  return {
    store,
    newsroom,
    clock,
    smtp,
    mailer,
    coalitionId,
    orgA,
    orgB,
    actors,
    editorActor: actors['editor-a'] as Actor,
    pressListId: press.id,
    membersListId: members.id,
    async close() {
      await mailer.close()
      if (!options.store) await store.close()
      if (!options.smtp) await smtp.close()
    },
  }
}

/** A draft release of org A and B. */
export async function draftRelease(w: OutboxWorld, slug: string, word: string): Promise<string> {
  const view = await w.newsroom.releases.create(w.editorActor, {
    coalitionId: w.coalitionId,
    organizationId: w.orgA,
    coIssuerIds: [w.orgB],
    slug,
    content: { versions: releaseText(slug, word) },
  })
  return view.id
}

/** A release of org A and B, published (status set as the publish workflow leaves it). */
export async function publishedRelease(w: OutboxWorld, slug: string, word: string) {
  const id = await draftRelease(w, slug, word)
  const at = w.clock.now().toISOString()
  await w.store.db
    .updateTable('releases')
    .set({ status: 'published', published_at: at, updated_at: at })
    .where('id', '=', id)
    .execute()
  return id
}

/** A release under embargo until `at` (local time in America/Chicago). */
export async function embargoedRelease(w: OutboxWorld, slug: string, word: string, at: string) {
  const id = await draftRelease(w, slug, word)
  for (const status of ['in-review', 'approved'])
    await w.newsroom.releases.transition(w.editorActor, id, status)
  await w.newsroom.schedule.set(w.editorActor, id, {
    at,
    timeZone: 'America/Chicago',
    embargo: true,
  })
  return id
}

/**
 * Marks an embargoed release published at `at`, as the scheduler does at the lift (the scheduler
 * itself would refuse: the test release's quote is not approved).
 */
export async function liftEmbargo(w: OutboxWorld, releaseId: string, at: string): Promise<void> {
  await w.store.db
    .updateTable('releases')
    .set({ status: 'published', published_at: at })
    .where('id', '=', releaseId)
    .execute()
}

/**
 * Leaves row `rowId` as a worker killed after handing its message over would: `sending` in phase
 * `handover`, with a lease that ran out an hour before the test worlds' clock.
 */
export async function leaveAsKilledHandover(
  store: Pick<Store, 'db'>,
  rowId: string,
): Promise<void> {
  await store.db
    .updateTable('outbox_messages')
    .set({
      state: 'sending',
      phase: 'handover',
      claimed_by: 'killed-worker',
      lease_until: '2026-03-01T11:00:00.000Z',
    })
    .where('id', '=', rowId)
    .execute()
}

/** The decoded text of a raw message's parts (quoted-printable and base64 undone). */
export function decodedBody(raw: string): string {
  const out: string[] = []
  const parts = raw.split(/\r?\n--[^\r\n]+\r?\n/)
  for (const part of parts) {
    const [head = '', ...rest] = part.split(/\r?\n\r?\n/)
    const body = rest.join('\n\n')
    if (/content-transfer-encoding:\s*quoted-printable/i.test(head))
      out.push(
        Buffer.from(
          body
            .replace(/=\r?\n/g, '')
            .replace(/=([0-9A-F]{2})/gi, (_, h: string) =>
              String.fromCharCode(Number.parseInt(h, 16)),
            ),
          'latin1',
        ).toString('utf8'),
      )
    else if (/content-transfer-encoding:\s*base64/i.test(head))
      out.push(Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8'))
    else out.push(body)
  }
  return out.join('\n')
}

/** A header's value in a raw message (unfolded). */
export function header(raw: string, name: string): string | null {
  const head = raw.split(/\r?\n\r?\n/)[0] ?? ''
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ')
  const m = new RegExp(`^${name}:\\s*(.*)$`, 'im').exec(unfolded)
  return m?.[1]?.trim() ?? null
}
