/**
 * Test support for sign-ons: a newsroom on a fresh store (SQLite or PostgreSQL) whose e-mail goes
 * to a real SMTP server on loopback, with a coalition, an editor, and a published bilingual
 * statement opened for sign-ons; plus readers for the e-mails and the links they carry.
 */
import { createMailer } from '../../mail/index.js'
import { startTestSmtpServer, type TestSmtpServer } from '../../mail/test-smtp-server.js'
import type { StoreEngine } from '../../store/index.js'
import { releaseRepository } from '../../store/repositories/releases.js'
import { openTestStore } from '../../store/test-engines.js'
import type { Actor } from '../access.js'
import { fixedClock } from '../clock.js'
import { createNewsroom, type Newsroom } from '../create-newsroom.js'

/** The statement's text, English and Spanish. */
export const statementVersions = [
  {
    lang: 'en',
    text: 'FOR IMMEDIATE RELEASE\n\nOrganizations call for protection of migrant families\n\nCHICAGO, March 1, 2026 — Organizations across the Americas today called on governments to protect migrant families at every border.\n\n###',
  },
  {
    lang: 'es',
    text: 'PARA DIFUSIÓN INMEDIATA\n\nOrganizaciones piden proteger a las familias migrantes\n\nCHICAGO, 1 de marzo de 2026 — Organizaciones de todas las Américas pidieron hoy a los gobiernos proteger a las familias migrantes en todas las fronteras.\n\n###',
  },
]

/** A decoded part of a received message. */
export interface MailPart {
  type: string
  body: string
}

/** The parts of a raw RFC 5322 message, decoded (quoted-printable, base64). */
export function mailParts(raw: string): MailPart[] {
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(raw)?.[1]
  const chunks = boundary ? raw.split(`--${boundary}`).slice(1, -1) : [raw]
  return chunks.map((chunk) => {
    const split = chunk.search(/\r?\n\r?\n/)
    const head = chunk.slice(0, split)
    let body = chunk.slice(split).trim()
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(head)?.[1]?.toLowerCase()
    if (encoding === 'quoted-printable')
      body = Buffer.from(
        body
          .replace(/=\r?\n/g, '')
          .replace(/=([0-9A-F]{2})/gi, (_, h: string) =>
            String.fromCharCode(Number.parseInt(h, 16)),
          ),
        'latin1',
      ).toString('utf8')
    else if (encoding === 'base64')
      body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    const type = /content-type:\s*([^;\r\n]+)/i.exec(head)?.[1]?.trim().toLowerCase()
    return { type: type ?? 'text/plain', body }
  })
}

/** The plain-text part of a message. */
export function mailText(raw: string): string {
  const parts = mailParts(raw)
  return (parts.find((p) => p.type === 'text/plain') ?? parts[0])?.body ?? ''
}

/** The sign-on link of `kind` in a message's text, or null. */
export function signonLink(raw: string, kind: 'confirm' | 'reconfirm'): string | null {
  const match = new RegExp(`https?://\\S+/sign/${kind}\\?token=[\\w.%-]+`).exec(mailText(raw))
  return match ? match[0] : null
}

/** The token of a sign-on link. */
export function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? ''
}

/** The world of a sign-on test. */
export interface SignonWorld {
  newsroom: Newsroom
  smtp: TestSmtpServer
  clock: ReturnType<typeof fixedClock>
  editor: Actor
  outsider: Actor
  coalitionId: string
  releaseId: string
  slug: string
  /** Messages received for `to`, oldest first. */
  mailsTo(to: string): string[]
  /** Saves a new revision of the statement's text (a material change when the words differ). */
  changeText(versions: { lang: string; text: string }[]): Promise<void>
  close(): Promise<void>
}

/** Builds the world on `engine`. */
export async function createSignonWorld(
  engine: StoreEngine,
  options: { publicUrl?: string } = {},
): Promise<SignonWorld> {
  const store = await openTestStore(engine)
  const smtp = await startTestSmtpServer()
  const mailer = createMailer({ smtpUrl: smtp.url, from: 'Newsroom <newsroom@example.org>' })
  const clock = fixedClock('2026-03-01T12:00:00.000Z')
  const newsroom = createNewsroom(store, clock, {
    mailer,
    publicUrl: options.publicUrl ?? 'http://newsroom.test',
    linkKey: Buffer.alloc(32, 7).toString('base64url'),
  })
  const { directory, accounts } = newsroom
  const coalitionId = await directory.createCoalition('Red de Migrantes', 'red')
  const org = await directory.createOrganization('system', coalitionId, {
    name: 'Alianza Americas',
  })
  const other = await directory.createCoalition('Other', 'other')
  const otherOrg = await directory.createOrganization('system', other, { name: 'Elsewhere' })
  const actorOf = async (email: string, organizationId: string) => {
    const id = await accounts.createUser({ email, name: email, password: 'a long test password' })
    await accounts.addMember(id, organizationId, 'editor')
    const grant = await accounts.signIn(email, 'a long test password')
    const session = await accounts.session(grant.token)
    if (!session) throw new Error('no session')
    return session.actor
  }
  const editor = await actorOf('editor@example.org', org.id)
  const outsider = await actorOf('outsider@example.org', otherOrg.id)
  const slug = 'protect-migrant-families'
  const created = await newsroom.releases.create(editor, {
    coalitionId,
    organizationId: org.id,
    slug,
    content: { versions: statementVersions },
  })
  // Published directly: the publish gate belongs to another feature and is tested there.
  const at = clock.now().toISOString()
  await releaseRepository(store.db).setStatus(created.id, 'published', at, at)
  await newsroom.signons.setOpen(editor, created.id, true)
  return {
    newsroom,
    smtp,
    clock,
    editor,
    outsider,
    coalitionId,
    releaseId: created.id,
    slug,
    mailsTo: (to) => smtp.received.filter((m) => m.to.includes(to.toLowerCase())).map((m) => m.raw),
    async changeText(versions) {
      const repo = releaseRepository(store.db)
      const row = await repo.get(created.id)
      clock.advance(1000)
      await repo.saveRevision({
        releaseId: created.id,
        baseRevision: row?.revision ?? 1,
        revisionId: crypto.randomUUID(),
        authorId: editor.userId,
        at: clock.now().toISOString(),
        content: { versions },
      })
    },
    async close() {
      await mailer.close()
      await smtp.close()
      await store.close()
    },
  }
}
