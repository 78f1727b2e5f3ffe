/**
 * Test support for the outbox: the seeded test world with its mail going to a real SMTP server on
 * loopback, two lists (press and members) filled with contacts, and releases made through the
 * API — published (its status set as the publish workflow would leave it) or under embargo.
 */
import assert from 'node:assert/strict'
import { createMailer, type Mailer } from '../../mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.js'
import { createTestWorld, type TestClient, type TestWorld } from '../../server/test-app.js'
import type { StoreEngine } from '../../store/index.js'
import type { Actor } from '../access.js'

// biome-ignore lint/suspicious/noExplicitAny: JSON bodies of any shape, read by tests
export type Json = Record<string, any>

/** A response's JSON, asserting its status. */
export async function json(response: Response, status: number): Promise<Json> {
  const text = await response.text()
  assert.equal(response.status, status, text.slice(0, 400))
  return text ? (JSON.parse(text) as Json) : {}
}

/** The world, its SMTP server and mailer, an editor client and actor, and its lists. */
export interface OutboxWorld {
  world: TestWorld
  smtp: TestSmtpServer
  mailer: Mailer
  editor: TestClient
  editorActor: Actor
  pressListId: string
  membersListId: string
  close(): Promise<void>
}

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

/** Opens the world on `engine` with mail through a loopback SMTP server. */
export async function openOutboxWorld(engine: StoreEngine): Promise<OutboxWorld> {
  const smtp = await startTestSmtpServer()
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'Red <news@red.example>' })
  const world = await createTestWorld(engine, { mailer })
  const editor = await world.signIn('editor-a')
  const grant = await world.app.newsroom.accounts.signIn('editor-a@example.org', world.password)
  const editorActor = (await world.app.newsroom.accounts.session(grant.token))?.actor
  assert.ok(editorActor)
  const { lists } = world.app.newsroom
  const press = await lists.createList(world.coalitionId, { name: 'Prensa', kind: 'press' })
  const members = await lists.createList(world.coalitionId, { name: 'Socias', kind: 'members' })
  return {
    world,
    smtp,
    mailer,
    editor,
    editorActor,
    pressListId: press.id,
    membersListId: members.id,
    async close() {
      await mailer.close()
      await world.close()
      await smtp.close()
    },
  }
}

/** A release of org A and B made through the API, then published (status set directly). */
export async function publishedRelease(w: OutboxWorld, slug: string, word: string) {
  const id = await draftRelease(w, slug, word)
  const at = w.world.clock.now().toISOString()
  await w.world.store.db
    .updateTable('releases')
    .set({ status: 'published', published_at: at, updated_at: at })
    .where('id', '=', id)
    .execute()
  return id
}

/** A draft release of org A and B made through the API. */
export async function draftRelease(w: OutboxWorld, slug: string, word: string): Promise<string> {
  const created = await json(
    await w.editor.request('POST', `/api/coalitions/${w.world.coalitionId}/releases`, {
      organizationId: w.world.orgA,
      coIssuerIds: [w.world.orgB],
      slug,
      versions: releaseText(slug, word),
    }),
    201,
  )
  return created.release.id as string
}

/** A release under embargo until `at` (local time in America/Chicago). */
export async function embargoedRelease(w: OutboxWorld, slug: string, word: string, at: string) {
  const id = await draftRelease(w, slug, word)
  for (const status of ['in-review', 'approved'])
    await json(await w.editor.request('POST', `/api/releases/${id}/status`, { status }), 200)
  await json(
    await w.editor.request('PUT', `/api/releases/${id}/schedule`, {
      at,
      timeZone: 'America/Chicago',
      embargo: true,
    }),
    200,
  )
  return id
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
