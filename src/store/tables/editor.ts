/**
 * Tables of the bilingual editor's paragraph sync state (issue 6), created by migration
 * 0008-editor; every table is added to {@link Database} through this interface.
 */

/** The paragraph hashes of one language version at one revision (JSON array of hex strings). */
export interface EditorParagraphHashTable {
  release_id: string
  revision: number
  lang: string
  hashes: string
  created_at: string
}

/**
 * A pair of paragraph texts (by hash) recorded as translations of each other: by a save that
 * found them in sync (`marked_by` null) or by a person's "mark up to date".
 */
export interface EditorSyncPairTable {
  release_id: string
  source_lang: string
  target_lang: string
  source_hash: string
  target_hash: string
  revision: number
  marked_by: string | null
  created_at: string
}

/** The tables of the bilingual editor's paragraph sync state. */
export interface EditorTables {
  editor_paragraph_hashes: EditorParagraphHashTable
  editor_sync_pairs: EditorSyncPairTable
}
