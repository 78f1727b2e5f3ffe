/**
 * The editor's sync state: paragraph hashes per revision and language, and the pairs of
 * paragraph texts recorded in sync. Writes are idempotent (a second writer of the same row is
 * ignored), so two saves or two page loads racing never fail on each other.
 */
import type { Kysely } from 'kysely'
import { fromJsonColumn, toJsonColumn } from '../json-column.js'
import type { Database } from '../schema.js'

/** A recorded in-sync pair of paragraph texts. */
export interface StoredSyncPair {
  sourceLang: string
  targetLang: string
  sourceHash: string
  targetHash: string
  revision: number
  markedBy: string | null
  createdAt: string
}

/** Editor sync queries over one database. */
export function editorSyncRepository(db: Kysely<Database>) {
  return {
    /** The paragraph hashes of each language at `revision`, or undefined if none were stored. */
    async hashes(releaseId: string, revision: number): Promise<Map<string, string[]> | undefined> {
      const rows = await db
        .selectFrom('editor_paragraph_hashes')
        .select(['lang', 'hashes'])
        .where('release_id', '=', releaseId)
        .where('revision', '=', revision)
        .execute()
      if (rows.length === 0) return undefined
      return new Map(rows.map((r) => [r.lang, fromJsonColumn<string[]>(r.hashes, [])]))
    },

    /** Stores the paragraph hashes of the languages of a revision (kept if already stored). */
    async storeHashes(
      releaseId: string,
      revision: number,
      byLang: ReadonlyMap<string, readonly string[]>,
      at: string,
    ): Promise<void> {
      const values = [...byLang].map(([lang, hashes]) => ({
        release_id: releaseId,
        revision,
        lang,
        hashes: toJsonColumn(hashes),
        created_at: at,
      }))
      if (values.length === 0) return
      await db
        .insertInto('editor_paragraph_hashes')
        .values(values)
        .onConflict((oc) => oc.columns(['release_id', 'revision', 'lang']).doNothing())
        .execute()
    },

    /** The recorded in-sync pairs of a release, oldest first. */
    async pairs(releaseId: string): Promise<StoredSyncPair[]> {
      const rows = await db
        .selectFrom('editor_sync_pairs')
        .selectAll()
        .where('release_id', '=', releaseId)
        .orderBy('created_at')
        .orderBy('revision')
        .execute()
      return rows.map((r) => ({
        sourceLang: r.source_lang,
        targetLang: r.target_lang,
        sourceHash: r.source_hash,
        targetHash: r.target_hash,
        revision: Number(r.revision),
        markedBy: r.marked_by,
        createdAt: r.created_at,
      }))
    },

    /** Records pairs as in sync (a pair recorded before keeps its first record). */
    async recordPairs(
      releaseId: string,
      pairs: readonly Omit<StoredSyncPair, 'createdAt'>[],
      at: string,
    ): Promise<void> {
      if (pairs.length === 0) return
      await db
        .insertInto('editor_sync_pairs')
        .values(
          pairs.map((p) => ({
            release_id: releaseId,
            source_lang: p.sourceLang,
            target_lang: p.targetLang,
            source_hash: p.sourceHash,
            target_hash: p.targetHash,
            revision: p.revision,
            marked_by: p.markedBy,
            created_at: at,
          })),
        )
        .onConflict((oc) =>
          oc
            .columns(['release_id', 'source_lang', 'target_lang', 'source_hash', 'target_hash'])
            .doNothing(),
        )
        .execute()
    },
  }
}

/** The repository's interface. */
export type EditorSyncRepository = ReturnType<typeof editorSyncRepository>
