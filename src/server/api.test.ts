import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { testEngines } from '../store/test-engines.js'
import { createTestWorld, type TestClient, type TestWorld } from './test-app.js'

const versions = [
  { lang: 'en', text: 'June 10, 2021\n\nHeadline in English\n\nCHICAGO – Body.' },
  { lang: 'es', text: '10 de junio de 2021\n\nTitular en español\n\nCHICAGO – Cuerpo.' },
]

/** A response body read loosely: the tests assert on its fields. */
// biome-ignore lint/suspicious/noExplicitAny: response bodies are asserted field by field
type Body = Record<string, any>

async function json(response: Response): Promise<Body> {
  return (await response.json()) as Body
}

for (const engine of testEngines) {
  describe(`API on ${engine}`, () => {
    let world: TestWorld
    let editorA: TestClient
    let releaseId: string
    before(async () => {
      world = await createTestWorld(engine)
      editorA = await world.signIn('editor-a')
      const created = await editorA.request(
        'POST',
        `/api/coalitions/${world.coalitionId}/releases`,
        {
          organizationId: world.orgA,
          coIssuerIds: [world.orgB],
          versions,
        },
      )
      assert.equal(created.status, 201)
      releaseId = (await json(created)).release.id
    })
    after(() => world.close())

    describe('sessions', () => {
      it('sets an HttpOnly, SameSite session cookie on sign-in', async () => {
        const response = await world.app.request('/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'ADMIN-A@example.org', password: world.password }),
        })
        assert.equal(response.status, 200)
        const cookie = response.headers.get('set-cookie') ?? ''
        assert.match(cookie, /HttpOnly/)
        assert.match(cookie, /SameSite=Lax/)
      })

      it('gives one answer for a wrong password and an unknown e-mail', async () => {
        const a = await world.app.request('/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-real-ip': '1.1.1.1' },
          body: JSON.stringify({ email: 'admin-a@example.org', password: 'wrong password!' }),
        })
        const b = await world.app.request('/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-real-ip': '1.1.1.2' },
          body: JSON.stringify({ email: 'nobody@example.org', password: 'wrong password!' }),
        })
        assert.equal(a.status, 401)
        assert.equal(b.status, 401)
        assert.deepEqual(await json(a), await json(b))
      })

      it('rate-limits sign-in attempts per address and lets them through after the window', async () => {
        const attempt = () =>
          world.app.request('/api/session', {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-real-ip': '9.9.9.9' },
            body: JSON.stringify({ email: `x${Math.random()}@example.org`, password: 'nope' }),
          })
        const statuses: number[] = []
        for (let i = 0; i < 7; i++) statuses.push((await attempt()).status)
        assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429, 429])
        world.clock.advance(15 * 60 * 1000)
        assert.equal((await attempt()).status, 401)
      })

      it('refuses a state-changing request without the CSRF token', async () => {
        const response = await editorA.request(
          'PUT',
          `/api/releases/${releaseId}`,
          { baseRevision: 1, versions },
          { 'x-csrf-token': 'forged' },
        )
        assert.equal(response.status, 403)
        assert.equal((await json(response)).error.id, 'csrf')
      })
    })

    describe('releases', () => {
      it('saves revisions and refuses a stale one with the current number, losing nothing', async () => {
        const first = await editorA.request('PUT', `/api/releases/${releaseId}`, {
          baseRevision: 1,
          versions: [{ lang: 'en', text: 'Edited by A' }, versions[1]],
        })
        assert.equal(first.status, 200)
        const editorB = await world.signIn('editor-b')
        const stale = await editorB.request('PUT', `/api/releases/${releaseId}`, {
          baseRevision: 1,
          versions: [{ lang: 'en', text: 'Edited by B' }, versions[1]],
        })
        assert.equal(stale.status, 409)
        const body = await json(stale)
        assert.equal(body.error.id, 'conflict')
        assert.equal(body.error.details.currentRevision, 2)
        const current = await json(await editorA.request('GET', `/api/releases/${releaseId}`))
        assert.equal(current.release.content.versions[0].text, 'Edited by A')
      })

      it('shows a readable diff between two revisions', async () => {
        const response = await editorA.request('GET', `/api/releases/${releaseId}/diff?from=1&to=2`)
        assert.equal(response.status, 200)
        const { diff } = await json(response)
        const en = diff.find((d: { lang: string }) => d.lang === 'en')
        assert.ok(en.inserted > 0 && en.deleted > 0)
        assert.equal(diff.find((d: { lang: string }) => d.lang === 'es').inserted, 0)
      })

      it('moves through the status machine and refuses a skipped step', async () => {
        assert.equal(
          (
            await editorA.request('POST', `/api/releases/${releaseId}/status`, {
              status: 'published',
            })
          ).status,
          409,
        )
        assert.equal(
          (
            await editorA.request('POST', `/api/releases/${releaseId}/status`, {
              status: 'in-review',
            })
          ).status,
          200,
        )
        assert.equal(
          (
            await editorA.request('POST', `/api/releases/${releaseId}/status`, {
              status: 'approved',
            })
          ).status,
          200,
        )
        assert.equal(
          (
            await editorA.request('POST', `/api/releases/${releaseId}/status`, {
              status: 'nonsense',
            })
          ).status,
          422,
        )
      })
    })

    describe('access matrix', () => {
      it('hides a draft from other coalitions and from members that are not co-issuers', async () => {
        for (const user of ['editor-other', 'editor-c']) {
          const c = await world.signIn(user)
          assert.equal((await c.request('GET', `/api/releases/${releaseId}`)).status, 404, user)
          const list = await json(
            await c.request('GET', `/api/coalitions/${world.coalitionId}/releases`),
          )
          assert.equal(list.releases.length, 0, user)
        }
        assert.equal(
          (await world.anonymous().request('GET', `/api/releases/${releaseId}`)).status,
          404,
        )
      })

      it('lets co-issuers read, and only editors edit', async () => {
        const editorB = await world.signIn('editor-b')
        assert.equal((await editorB.request('GET', `/api/releases/${releaseId}`)).status, 200)
        const viewer = await world.signIn('viewer-a')
        assert.equal((await viewer.request('GET', `/api/releases/${releaseId}`)).status, 200)
        const current = (await json(await viewer.request('GET', `/api/releases/${releaseId}`)))
          .release.revision
        assert.equal(
          (
            await viewer.request('PUT', `/api/releases/${releaseId}`, {
              baseRevision: current,
              versions,
            })
          ).status,
          403,
        )
        assert.equal(
          (
            await viewer.request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
              organizationId: world.orgA,
              versions,
            })
          ).status,
          403,
        )
      })

      it('asks for sign-in before creating anything', async () => {
        const response = await world
          .anonymous()
          .request('POST', `/api/coalitions/${world.coalitionId}/releases`, {
            organizationId: world.orgA,
            versions,
          })
        assert.equal(response.status, 401)
      })
    })

    describe('bad input', () => {
      it('answers malformed JSON with a 400', async () => {
        const response = await editorA.request(
          'PUT',
          `/api/releases/${releaseId}`,
          '{"baseRevision": 1, "versions": [',
        )
        assert.equal(response.status, 400)
        assert.equal((await json(response)).error.id, 'malformed-json')
      })

      it('answers a body of the wrong shape with a 422 naming the field', async () => {
        const response = await editorA.request('PUT', `/api/releases/${releaseId}`, {
          baseRevision: 'one',
          versions,
        })
        assert.equal(response.status, 422)
        assert.match((await json(response)).error.message, /baseRevision/)
      })

      it('refuses an oversized body with a 413', async () => {
        const big = 'x'.repeat(3 * 1024 * 1024)
        const response = await editorA.request('PUT', `/api/releases/${releaseId}`, {
          baseRevision: 1,
          versions: [{ lang: 'en', text: big }],
        })
        assert.equal(response.status, 413)
      })

      it('answers unknown ids and paths with a 404', async () => {
        assert.equal(
          (await editorA.request('GET', '/api/releases/00000000-0000-0000-0000-000000000000'))
            .status,
          404,
        )
        assert.equal((await editorA.request('GET', '/api/nothing-here')).status, 404)
      })

      it('refuses an unknown language tag', async () => {
        const response = await editorA.request(
          'POST',
          `/api/coalitions/${world.coalitionId}/releases`,
          { organizationId: world.orgA, versions: [{ lang: 'english!', text: 'x' }] },
        )
        assert.equal(response.status, 422)
      })
    })

    describe('invitations', () => {
      it('lets an admin invite, accepts the link once, and refuses editors who try to invite', async () => {
        const admin = await world.signIn('admin-a')
        const invited = await admin.request(
          'POST',
          `/api/organizations/${world.orgA}/invitations`,
          { role: 'editor', email: null },
        )
        assert.equal(invited.status, 201)
        const link = (await json(invited)).url as string
        assert.match(link, /^http:\/\/newsroom\.test\/app\/invitations\/[\w-]{20,}$/)
        const page = await world.app.request(new URL(link).pathname)
        assert.equal(page.status, 200, 'the link opens the invitation page')
        const token = link.split('/').pop()
        const accept = (email: string) =>
          world.app.request(`/api/invitations/${token}/accept`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ email, name: 'New', password: 'a long enough password' }),
          })
        assert.equal((await accept(`new-${engine}@example.org`)).status, 201)
        assert.equal((await accept(`again-${engine}@example.org`)).status, 404)
        assert.equal(
          (
            await editorA.request('POST', `/api/organizations/${world.orgA}/invitations`, {
              role: 'admin',
            })
          ).status,
          403,
        )
      })

      it('lets exactly one of two people racing for one link make an account', async () => {
        const admin = await world.signIn('admin-a')
        const invited = await admin.request(
          'POST',
          `/api/organizations/${world.orgA}/invitations`,
          { role: 'viewer', email: null },
        )
        const token = ((await json(invited)).url as string).split('/').pop()
        const emails = [`race-1-${engine}@example.org`, `race-2-${engine}@example.org`]
        const statuses = await Promise.all(
          emails.map(async (email) => {
            const response = await world.app.request(`/api/invitations/${token}/accept`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: JSON.stringify({ email, name: 'Racer', password: 'a long enough password' }),
            })
            return response.status
          }),
        )
        assert.deepEqual([...statuses].sort(), [201, 409])
        const made = await world.store.db
          .selectFrom('users')
          .select('email')
          .where('email', 'in', emails)
          .execute()
        assert.equal(made.length, 1, 'the loser of the race has no account')
        const members = await world.store.db
          .selectFrom('memberships')
          .innerJoin('users', 'users.id', 'memberships.user_id')
          .select('users.email')
          .where('users.email', 'in', emails)
          .execute()
        assert.deepEqual(members, made, 'the winner has its membership')
      })

      it('refuses an expired invitation', async () => {
        const admin = await world.signIn('admin-a')
        const token = (
          await json(
            await admin.request('POST', `/api/organizations/${world.orgA}/invitations`, {
              role: 'viewer',
            }),
          )
        ).url
          .split('/')
          .pop()
        world.clock.advance(8 * 24 * 3600 * 1000)
        const response = await world.app.request(`/api/invitations/${token}/accept`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            email: `late-${engine}@example.org`,
            name: 'Late',
            password: 'a long enough password',
          }),
        })
        assert.equal(response.status, 404)
      })
    })
  })
}
