/**
 * Test support: an app on a fresh store (SQLite or PostgreSQL) with a seeded coalition, two
 * member organizations, a third coalition for isolation checks, and one user per role; plus a
 * small client that keeps the session cookie and CSRF token like a browser would.
 */
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createMailer, type Mailer } from '../mail/index.js'
import { fixedClock } from '../newsroom/clock.js'
import type { Role, Store, StoreEngine } from '../store/index.js'
import { openTestStore } from '../store/test-engines.js'
import { type App, createApp } from './create-app.js'

/** A signed-in (or anonymous) client of the app. */
export interface TestClient {
  request(
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>
  csrfToken: string | null
}

/** The seeded world. */
export interface TestWorld {
  app: App
  store: Store
  clock: ReturnType<typeof fixedClock>
  coalitionId: string
  otherCoalitionId: string
  orgA: string
  orgB: string
  orgC: string
  orgOther: string
  password: string
  /** Signs in as the seeded user with that key, e.g. 'admin-a', 'viewer-a', 'editor-other'. */
  signIn(user: string): Promise<TestClient>
  anonymous(): TestClient
  close(): Promise<void>
}

function client(app: App, cookie: string | null, csrfToken: string | null): TestClient {
  return {
    csrfToken,
    async request(method, path, body, headers = {}) {
      const h: Record<string, string> = { ...headers }
      if (cookie) h.cookie = cookie
      if (csrfToken && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = csrfToken
      const isForm = body instanceof FormData
      if (body !== undefined && !isForm && !h['content-type'])
        h['content-type'] = 'application/json'
      const payload = isForm || typeof body === 'string' ? body : JSON.stringify(body)
      return app.request(path, {
        method,
        headers: h,
        ...(body !== undefined ? { body: payload } : {}),
      })
    },
  }
}

/** Options of {@link createTestWorld}. */
export interface TestWorldOptions {
  /** Where the app's e-mail goes: pass a mailer on a loopback SMTP server to read it. */
  mailer?: Mailer
}

/**
 * Opens a store on `engine`, builds the app and seeds the world. E-mail goes to `options.mailer`,
 * or by default to a drop folder in the system's temporary directory.
 */
export async function createTestWorld(
  engine: StoreEngine,
  options: TestWorldOptions = {},
): Promise<TestWorld> {
  const store = await openTestStore(engine)
  const clock = fixedClock('2026-03-01T12:00:00.000Z')
  const app = createApp({
    store,
    clock,
    publicUrl: 'http://newsroom.test',
    signInLimit: 5,
    mailer: options.mailer ?? createMailer({ dropFolder: join(tmpdir(), 'comunicado-test-mail') }),
  })
  const { directory, accounts } = app.newsroom
  const coalitionId = await directory.createCoalition('Red de Migrantes', 'red')
  const otherCoalitionId = await directory.createCoalition('Other Coalition', 'other')
  const org = async (coalition: string, name: string) =>
    (await directory.createOrganization('system', coalition, { name })).id
  const orgA = await org(coalitionId, 'Alianza Americas')
  const orgB = await org(coalitionId, 'Presente')
  const orgC = await org(coalitionId, 'Third Member')
  const orgOther = await org(otherCoalitionId, 'Elsewhere')
  const password = 'correct horse battery'
  const users: [string, string, Role][] = [
    ['admin-a', orgA, 'admin'],
    ['editor-a', orgA, 'editor'],
    ['viewer-a', orgA, 'viewer'],
    ['editor-b', orgB, 'editor'],
    ['editor-c', orgC, 'editor'],
    ['editor-other', orgOther, 'editor'],
  ]
  for (const [key, organizationId, role] of users) {
    const id = await accounts.createUser({ email: `${key}@example.org`, name: key, password })
    await accounts.addMember(id, organizationId, role)
  }
  return {
    app,
    store,
    clock,
    coalitionId,
    otherCoalitionId,
    orgA,
    orgB,
    orgC,
    orgOther,
    password,
    async signIn(user) {
      const response = await app.request('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-real-ip': `10.0.0.${user.length}` },
        body: JSON.stringify({ email: `${user}@example.org`, password }),
      })
      if (response.status !== 200) throw new Error(`sign-in of ${user} failed: ${response.status}`)
      const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
      const { csrfToken } = (await response.json()) as { csrfToken: string }
      return client(app, cookie, csrfToken)
    },
    anonymous: () => client(app, null, null),
    close: () => store.close(),
  }
}
