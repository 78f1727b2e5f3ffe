/**
 * Test support for quote approval: a newsroom on a fresh store (either engine) whose e-mail goes
 * to a real SMTP server on loopback, with two co-issuing organizations, their people (Óscar Chacón
 * without an e-mail address, Matt Nelson with one), an admin and an editor per organization, and
 * the Alianza Americas sample release as a draft. Reads approval links out of received mail.
 */
import { readFileSync } from 'node:fs'
import { createMailer } from '../../mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.js'
import { accountRepository, type Person, type StoreEngine } from '../../store/index.js'
import { openTestStore } from '../../store/test-engines.js'
import type { Actor } from '../access.js'
import { fixedClock } from '../clock.js'
import { createNewsroom, type Newsroom } from '../create-newsroom.js'

const fixture = new URL('../../../test/fixtures/01-alianza-americas-2021-06-10/', import.meta.url)

/** The sample release's English and Spanish texts. */
export function sampleVersions(): { lang: string; text: string }[] {
  return ['en', 'es'].map((lang) => ({
    lang,
    text: readFileSync(new URL(`${lang}.txt`, fixture), 'utf8'),
  }))
}

/** The decoded text of a raw message (quoted-printable soft breaks and escapes undone). */
export function decodeMail(raw: string): string {
  return raw
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
}

/** The approval link tokens in a raw message. */
export function approvalTokens(raw: string): string[] {
  return [...decodeMail(raw).matchAll(/\/approve\/([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/g)].map(
    (m) => m[1] as string,
  )
}

/** The world of a quote test. */
export interface QuoteWorld {
  newsroom: Newsroom
  clock: ReturnType<typeof fixedClock>
  smtp: TestSmtpServer
  coalitionId: string
  orgA: string
  orgB: string
  oscar: Person
  matt: Person
  releaseId: string
  /** Actors by key: admin-a, editor-a, admin-b, editor-b, viewer-a. */
  actors: Record<string, Actor>
  /** Saves new texts over the current revision. */
  edit(change: (lang: string, text: string) => string): Promise<void>
  close(): Promise<void>
}

/** Builds the world on `engine`. */
export async function createQuoteWorld(
  engine: StoreEngine,
  publicUrl = 'http://newsroom.test',
): Promise<QuoteWorld> {
  const store = await openTestStore(engine)
  const smtp = await startTestSmtpServer()
  const clock = fixedClock('2026-03-01T12:00:00.000Z')
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'Newsroom <newsroom@newsroom.test>' })
  const newsroom = createNewsroom(store, clock, { mailer, publicUrl })
  const { directory, accounts } = newsroom
  const coalitionId = await directory.createCoalition('Red de Migrantes', 'red')
  const orgA = (
    await directory.createOrganization('system', coalitionId, { name: 'Alianza Americas' })
  ).id
  const orgB = (await directory.createOrganization('system', coalitionId, { name: 'Presente.org' }))
    .id
  const oscar = await directory.createPerson('system', orgA, {
    name: 'Óscar Chacón',
    titles: { en: 'Executive Director', es: 'Director Ejecutivo' },
    spokesperson: true,
  })
  const matt = await directory.createPerson('system', orgB, {
    name: 'Matt Nelson',
    titles: { en: 'Executive Director', es: 'Director Ejecutivo' },
    email: 'matt@presente.example',
    spokesperson: true,
  })
  const actors: Record<string, Actor> = {}
  const users: [string, string, 'admin' | 'editor' | 'viewer'][] = [
    ['admin-a', orgA, 'admin'],
    ['editor-a', orgA, 'editor'],
    ['viewer-a', orgA, 'viewer'],
    ['admin-b', orgB, 'admin'],
    ['editor-b', orgB, 'editor'],
  ]
  const repo = accountRepository(store.db)
  for (const [key, org, role] of users) {
    const id = await accounts.createUser({
      email: `${key}@example.org`,
      name: key,
      password: 'correct horse battery',
    })
    await accounts.addMember(id, org, role)
    actors[key] = { userId: id, name: key, memberships: await repo.memberships(id) }
  }
  const editor = actors['editor-a'] as Actor
  const release = await newsroom.releases.create(editor, {
    coalitionId,
    organizationId: orgA,
    coIssuerIds: [orgB],
    slug: 'harris-visit',
    content: { versions: sampleVersions() },
  })
  return {
    newsroom,
    clock,
    smtp,
    coalitionId,
    orgA,
    orgB,
    oscar,
    matt,
    releaseId: release.id,
    actors,
    async edit(change) {
      const current = await newsroom.releases.get(editor, release.id)
      await newsroom.releases.save(editor, release.id, current.revision, {
        versions: current.content.versions.map((v) => ({
          lang: v.lang,
          text: change(v.lang, v.text),
        })),
      })
    },
    async close() {
      await mailer.close()
      await smtp.close()
      await store.close()
    },
  }
}
