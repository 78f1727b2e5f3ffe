/**
 * The bilingual editor's server side (issue 6): the editor's state (the current revision's text,
 * the recorded in-sync paragraph pairs, whether the reader may edit), saving with a paragraph-wise
 * three-way merge when someone else saved first, and "mark up to date". After every save (and on
 * the first read of a revision) the paragraph hashes of each version are stored with the revision
 * and the pairs found in sync are recorded; pairs left outdated are not, so they stay outdated.
 */
import { alignVersions } from '../../align/index.js'
import type { Release } from '../../core/index.js'
import { parseRelease } from '../../parse/index.js'
import { type RevisionContent, releaseRepository, type StoredVersion } from '../../store/index.js'
import { editorSyncRepository } from '../../store/repositories/editor-sync.js'
import { type Actor, canEditRelease } from '../access.js'
import { isoNow } from '../clock.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import { NewsroomError } from '../newsroom-error.js'
import { type ReleaseView, releaseService } from '../release-service.js'
import { type MergeChunk, mergedText, mergeParagraphs } from './merge-paragraphs.js'
import {
  blockHashes,
  type EditorSyncPair,
  type LangPairs,
  pairStatuses,
  pairsToRecord,
  releasePairs,
  syncIndex,
} from './paragraph-sync.js'

export type { EditorSyncPair }

/** What the editor loads: the release's current text and its sync records. */
export interface EditorState {
  release: {
    id: string
    slug: string
    status: string
    revision: number
    updatedAt: string
  }
  versions: StoredVersion[]
  /** Pairs of paragraph texts recorded in sync. */
  syncPairs: EditorSyncPair[]
  canEdit: boolean
}

/** The merge of one version when a save met someone else's revision. */
export interface VersionMerge {
  lang: string
  chunks: MergeChunk[]
}

/** The answer to a save: the new state, and whether another person's changes were merged in. */
export interface EditorSaveResult {
  state: EditorState
  merged: boolean
}

/** How many times a merged save is retried when yet another save lands in between. */
const mergeAttempts = 5

/** Reads stored versions the way the editor does; null when they cannot be read. */
export function readVersions(versions: readonly StoredVersion[]): Release | null {
  const readable = versions.filter((v) => /^(en|es)(-|$)/i.test(v.lang) && v.text.trim() !== '')
  if (readable.length < 1) return null
  try {
    return parseRelease(
      readable.map((v) => ({ file: `${v.lang}.txt`, format: 'text' as const, text: v.text })),
      { langs: readable.map((v) => v.lang) },
    )
  } catch {
    return null
  }
}

/** The paragraph pairs of stored versions (none when fewer than two can be read). */
export function pairsOfVersions(versions: readonly StoredVersion[]): {
  release: Release | null
  pairs: LangPairs[]
} {
  const release = readVersions(versions)
  if (!release) return { release, pairs: [] }
  return { release, pairs: releasePairs(release, (a, b) => alignVersions(release, a, b)) }
}

/** Editor sync operations over the newsroom's dependencies. */
export function editorSyncService(deps: NewsroomDeps) {
  const repo = editorSyncRepository(deps.store.db)
  const revisions = releaseRepository(deps.store.db)
  const releases = releaseService(deps.store, deps.clock, { audit: deps.audit })

  /** Stores the revision's paragraph hashes and records the pairs found in sync. */
  async function record(view: ReleaseView): Promise<void> {
    if (await repo.hashes(view.id, view.revision)) return
    const { release, pairs } = pairsOfVersions(view.content.versions)
    const at = isoNow(deps.clock)
    const recorded = syncIndexes(await repo.pairs(view.id))
    const toRecord = pairs.flatMap((lp) =>
      pairsToRecord(pairStatuses(lp.pairs, recorded(lp.sourceLang, lp.targetLang))).map((p) => ({
        ...p,
        sourceLang: lp.sourceLang,
        targetLang: lp.targetLang,
        revision: view.revision,
        markedBy: null,
      })),
    )
    await repo.recordPairs(view.id, toRecord, at)
    const hashes = new Map<string, string[]>()
    for (const version of release?.versions ?? [])
      hashes.set(version.lang, blockHashes(release as Release, version))
    // Written last: a revision with hashes has had its pairs recorded.
    await repo.storeHashes(view.id, view.revision, hashes, at)
  }

  async function stateOf(actor: Actor | null, view: ReleaseView): Promise<EditorState> {
    await record(view)
    const pairs = await repo.pairs(view.id)
    return {
      release: {
        id: view.id,
        slug: view.slug,
        status: view.status,
        revision: view.revision,
        updatedAt: view.updatedAt,
      },
      versions: view.content.versions,
      syncPairs: pairs.map(({ sourceLang, targetLang, sourceHash, targetHash }) => ({
        sourceLang,
        targetLang,
        sourceHash,
        targetHash,
      })),
      canEdit: canEditRelease(actor, view),
    }
  }

  return {
    /** The editor's state of a release `actor` may read. */
    async state(actor: Actor | null, id: string): Promise<EditorState> {
      return stateOf(actor, await releases.get(actor, id))
    },

    /**
     * Saves `versions` on top of `baseRevision`. If someone saved since, the two are merged
     * paragraph by paragraph against the base revision: changes to different paragraphs are
     * combined and saved; changes to the same paragraph are refused as a conflict whose details
     * hold the merge (`currentRevision`, `merges`), and nothing is lost or saved.
     */
    async save(
      actor: Actor | null,
      id: string,
      baseRevision: number,
      versions: StoredVersion[],
      note?: string,
    ): Promise<EditorSaveResult> {
      try {
        const view = await releases.save(actor, id, baseRevision, { versions }, note)
        return { state: await stateOf(actor, view), merged: false }
      } catch (error) {
        if (!(error instanceof NewsroomError) || error.code !== 'conflict') throw error
      }
      const base = await revisions.revision(id, baseRevision)
      if (!base)
        throw new NewsroomError(
          'invalid',
          `revision ${baseRevision} of this release does not exist`,
        )
      for (let attempt = 0; attempt < mergeAttempts; attempt++) {
        const current = await releases.get(actor, id)
        const merges = mergeVersions(base.content, { versions }, current.content)
        if (merges.some((m) => m.chunks.some((c) => c.kind === 'conflict')))
          throw new NewsroomError(
            'conflict',
            `someone else changed the same paragraphs since revision ${baseRevision}; choose which text to keep`,
            { currentRevision: current.revision, baseRevision, merges },
          )
        const merged = merges.map((m) => ({
          lang: m.lang,
          text: mergedText({ chunks: m.chunks, conflicted: false }),
        }))
        try {
          const view = await releases.save(
            actor,
            id,
            current.revision,
            { versions: merged },
            note ?? 'merged',
          )
          return { state: await stateOf(actor, view), merged: true }
        } catch (error) {
          if (!(error instanceof NewsroomError) || error.code !== 'conflict') throw error
        }
      }
      throw new NewsroomError('conflict', 'the release keeps changing; try saving again')
    },

    /**
     * Records the current pair of paragraphs with these hashes as in sync ("mark up to date").
     * Refuses hashes that are not a pair of the current revision.
     */
    async markInSync(actor: Actor | null, id: string, pair: EditorSyncPair): Promise<EditorState> {
      const view = await releases.get(actor, id)
      if (!canEditRelease(actor, view))
        throw new NewsroomError(
          'forbidden',
          'only editors of a co-issuing organization can change this release',
        )
      const { pairs } = pairsOfVersions(view.content.versions)
      const found = pairs.some(
        (lp) =>
          lp.sourceLang === pair.sourceLang &&
          lp.targetLang === pair.targetLang &&
          lp.pairs.some(
            (p) => p.sourceHash === pair.sourceHash && p.targetHash === pair.targetHash,
          ),
      )
      if (!found)
        throw new NewsroomError(
          'conflict',
          `these two paragraphs are not a pair of revision ${view.revision}; reload and try again`,
          { currentRevision: view.revision },
        )
      await record(view)
      await repo.recordPairs(
        id,
        [{ ...pair, revision: view.revision, markedBy: actor?.userId ?? null }],
        isoNow(deps.clock),
      )
      await deps.audit.record({
        coalitionId: view.coalitionId,
        releaseId: id,
        actor,
        action: 'editor.mark-up-to-date',
        detail: { ...pair, revision: view.revision },
      })
      return stateOf(actor, view)
    },
  }
}

function syncIndexes(pairs: readonly EditorSyncPair[]) {
  return (sourceLang: string, targetLang: string) =>
    syncIndex(pairs.filter((p) => p.sourceLang === sourceLang && p.targetLang === targetLang))
}

/** Merges each version of `mine` and `theirs` against `base`; a version one side lacks is kept. */
export function mergeVersions(
  base: RevisionContent,
  mine: RevisionContent,
  theirs: RevisionContent,
): VersionMerge[] {
  const textOf = (content: RevisionContent, lang: string) =>
    content.versions.find((v) => v.lang === lang)?.text
  const langs = [...new Set([...theirs.versions, ...mine.versions].map((v) => v.lang))]
  return langs.map((lang) => {
    const m = textOf(mine, lang)
    const t = textOf(theirs, lang)
    if (m === undefined || t === undefined)
      return { lang, chunks: [{ kind: 'clean' as const, text: (m ?? t) as string }] }
    return { lang, chunks: mergeParagraphs(textOf(base, lang) ?? '', m, t).chunks }
  })
}

/** The service's interface. */
export type EditorSyncService = ReturnType<typeof editorSyncService>
