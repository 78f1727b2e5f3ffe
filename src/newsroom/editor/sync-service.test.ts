/**
 * The editor's API and sync service on both engines, through the app: the state, saving with
 * optimistic concurrency, the paragraph merge of two people's saves, the conflict answer that
 * saves nothing, outdated paragraphs across saves, and "mark up to date" with its refusals.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, it } from 'node:test'
import { createTestWorld, type TestClient, type TestWorld } from '../../server/test-app.js'
import { testEngines } from '../../store/test-engines.js'
import { type EditorSyncPair, pairStatuses, syncIndex } from './paragraph-sync.js'
import { type EditorState, pairsOfVersions } from './sync-service.js'

const fixture = (name: string) =>
  readFileSync(
    new URL(`../../../test/fixtures/01-alianza-americas-2021-06-10/${name}`, import.meta.url),
    'utf8',
  )
const en = fixture('en.txt')
const es = fixture('es.txt')
const enSentence = 'it’s imperative for them to articulate'
const esSentence = 'Si bien el viaje'

type Json = Record<string, unknown> & {
  state: EditorState
  merged?: boolean
  error?: { id: string; message: string; details?: Record<string, unknown> }
}

async function json(response: Response): Promise<Json> {
  return (await response.json()) as Json
}

/** The outdated sides of the current pairs of `state`. */
function outdated(state: EditorState): string[] {
  const { pairs } = pairsOfVersions(state.versions)
  const out: string[] = []
  for (const lp of pairs) {
    const index = syncIndex(
      state.syncPairs.filter(
        (p) => p.sourceLang === lp.sourceLang && p.targetLang === lp.targetLang,
      ),
    )
    for (const s of pairStatuses(lp.pairs, index)) {
      if (s.sourceStatus === 'outdated') out.push(`${lp.sourceLang}:${s.source}`)
      if (s.targetStatus === 'outdated') out.push(`${lp.targetLang}:${s.target}`)
    }
  }
  return out
}

const textOf = (state: EditorState, lang: string) =>
  state.versions.find((v) => v.lang === lang)?.text ?? ''

for (const engine of testEngines) {
  describe(`the editor API on ${engine}`, () => {
    let world: TestWorld
    let editor: TestClient
    let id: string
    before(async () => {
      world = await createTestWorld(engine)
      editor = await world.signIn('editor-a')
      const created = await editor.request(
        'POST',
        `/api/coalitions/${world.coalitionId}/releases`,
        {
          organizationId: world.orgA,
          versions: [
            { lang: 'en', text: en },
            { lang: 'es', text: es },
          ],
        },
      )
      assert.equal(created.status, 201)
      id = ((await created.json()) as { release: { id: string } }).release.id
    })
    after(() => world.close())

    const state = async (client: TestClient = editor) => {
      const response = await client.request('GET', `/api/releases/${id}/editor`)
      assert.equal(response.status, 200)
      return (await json(response)).state
    }

    it('answers the state: text, revision, the pairs recorded in sync, and who may edit', async () => {
      const first = await state()
      assert.equal(first.release.revision, 1)
      assert.equal(textOf(first, 'es'), es)
      assert.equal(first.canEdit, true)
      assert.ok(first.syncPairs.length >= 8, `${first.syncPairs.length} pairs`)
      assert.deepEqual(outdated(first), [])
      const viewer = await state(await world.signIn('viewer-a'))
      assert.equal(viewer.canEdit, false)
      const stranger = await world.signIn('editor-other')
      assert.equal((await stranger.request('GET', `/api/releases/${id}/editor`)).status, 404)
    })

    it('saves a revision, and marks the Spanish counterpart of an edited English paragraph outdated', async () => {
      const current = await state()
      const edited = textOf(current, 'en').replace(
        enSentence,
        'it is urgent for them to articulate',
      )
      const response = await editor.request('PUT', `/api/releases/${id}/editor`, {
        baseRevision: current.release.revision,
        versions: [
          { lang: 'en', text: edited },
          { lang: 'es', text: textOf(current, 'es') },
        ],
      })
      assert.equal(response.status, 200)
      const body = await json(response)
      assert.equal(body.merged, false)
      assert.equal(body.state.release.revision, current.release.revision + 1)
      const marked = outdated(body.state)
      assert.equal(marked.length, 1)
      assert.match(marked[0] ?? '', /^es:/)
      // Read again: the mark is stored, not computed from timestamps.
      assert.deepEqual(outdated(await state()), marked)
    })

    it('merges two people’s changes to different paragraphs', async () => {
      const base = await state()
      const other = await world.signIn('admin-a')
      const mine = textOf(base, 'en').replace(
        'Guatemala and Mexico this week',
        'Guatemala and Mexico last week',
      )
      const theirs = textOf(base, 'es').replace(esSentence, 'Aunque el viaje')
      const first = await other.request('PUT', `/api/releases/${id}/editor`, {
        baseRevision: base.release.revision,
        versions: [
          { lang: 'en', text: textOf(base, 'en') },
          { lang: 'es', text: theirs },
        ],
      })
      assert.equal(first.status, 200)
      const second = await editor.request('PUT', `/api/releases/${id}/editor`, {
        baseRevision: base.release.revision,
        versions: [
          { lang: 'en', text: mine },
          { lang: 'es', text: textOf(base, 'es') },
        ],
      })
      assert.equal(second.status, 200)
      const body = await json(second)
      assert.equal(body.merged, true)
      assert.equal(body.state.release.revision, base.release.revision + 2)
      assert.equal(textOf(body.state, 'en'), mine)
      assert.equal(textOf(body.state, 'es'), theirs)
    })

    it('answers a conflict with both texts when two people changed the same paragraph, and saves nothing', async () => {
      const base = await state()
      const other = await world.signIn('admin-a')
      const target = 'While Vice President Harris'
      const theirs = textOf(base, 'en').replace(target, 'As Vice President Harris')
      const mine = textOf(base, 'en').replace(target, 'When Vice President Harris')
      const first = await other.request('PUT', `/api/releases/${id}/editor`, {
        baseRevision: base.release.revision,
        versions: [
          { lang: 'en', text: theirs },
          { lang: 'es', text: textOf(base, 'es') },
        ],
      })
      assert.equal(first.status, 200)
      const second = await editor.request('PUT', `/api/releases/${id}/editor`, {
        baseRevision: base.release.revision,
        versions: [
          { lang: 'en', text: mine },
          { lang: 'es', text: textOf(base, 'es') },
        ],
      })
      assert.equal(second.status, 409)
      const error = (await json(second)).error
      assert.equal(error?.id, 'conflict')
      const details = error?.details as {
        currentRevision: number
        merges: { lang: string; chunks: { kind: string; mine?: string; theirs?: string }[] }[]
      }
      assert.equal(details.currentRevision, base.release.revision + 1)
      const conflicts = details.merges.flatMap((m) =>
        m.chunks.filter((c) => c.kind === 'conflict').map((c) => ({ lang: m.lang, ...c })),
      )
      assert.equal(conflicts.length, 1)
      assert.equal(conflicts[0]?.lang, 'en')
      assert.match(conflicts[0]?.mine ?? '', /^CHICAGO – When Vice President/)
      assert.match(conflicts[0]?.theirs ?? '', /^CHICAGO – As Vice President/)
      const after = await state()
      assert.equal(after.release.revision, base.release.revision + 1)
      assert.equal(textOf(after, 'en'), theirs)
    })

    it('marks an outdated paragraph up to date, and logs who did', async () => {
      const before = await state()
      const { pairs } = pairsOfVersions(before.versions)
      const lp = pairs[0]
      assert.ok(lp)
      const index = syncIndex(before.syncPairs)
      const stale = pairStatuses(lp.pairs, index).find((s) => s.targetStatus === 'outdated')
      assert.ok(stale, 'one Spanish paragraph is outdated')
      const pair: EditorSyncPair = {
        sourceLang: 'en',
        targetLang: 'es',
        sourceHash: stale.sourceHash,
        targetHash: stale.targetHash,
      }
      const viewer = await world.signIn('viewer-a')
      assert.equal(
        (await viewer.request('PUT', `/api/releases/${id}/editor/sync`, pair)).status,
        403,
      )
      const response = await editor.request('PUT', `/api/releases/${id}/editor/sync`, pair)
      assert.equal(response.status, 200)
      assert.ok(!outdated((await json(response)).state).includes(`es:${stale.target}`))
      const log = await world.app.newsroom.audit.forRelease(id)
      const entry = log.find((e) => e.action === 'editor.mark-up-to-date')
      assert.equal(entry?.detail.targetHash, stale.targetHash)
      assert.ok(entry?.actorId)
    })

    it('refuses a pair that is not in the current text, a malformed body and a missing CSRF token', async () => {
      const bogus = {
        sourceLang: 'en',
        targetLang: 'es',
        sourceHash: '0'.repeat(16),
        targetHash: '1'.repeat(16),
      }
      const refused = await editor.request('PUT', `/api/releases/${id}/editor/sync`, bogus)
      assert.equal(refused.status, 409)
      const malformed = await editor.request('PUT', `/api/releases/${id}/editor/sync`, {
        sourceLang: 'en',
      })
      assert.equal(malformed.status, 422)
      const current = await state()
      const noToken = await editor.request(
        'PUT',
        `/api/releases/${id}/editor`,
        { baseRevision: current.release.revision, versions: current.versions },
        { 'x-csrf-token': 'wrong' },
      )
      assert.equal(noToken.status, 403)
      const unknownBase = await editor.request('PUT', `/api/releases/${id}/editor`, {
        baseRevision: 999,
        versions: current.versions,
      })
      assert.equal(unknownBase.status, 422)
      assert.equal((await state()).release.revision, current.release.revision)
    })
  })
}
