/**
 * Migration 0008-editor: the bilingual editor's paragraph sync state (issue 6) — the paragraph
 * hashes of each version at each revision, and the pairs of paragraph texts recorded in sync.
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('editor_paragraph_hashes')
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('hashes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('editor_paragraph_hashes_pk', ['release_id', 'revision', 'lang'])
    .execute()
  await db.schema
    .createTable('editor_sync_pairs')
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('source_lang', 'text', (c) => c.notNull())
    .addColumn('target_lang', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('target_hash', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('marked_by', 'text', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('editor_sync_pairs_pk', [
      'release_id',
      'source_lang',
      'target_lang',
      'source_hash',
      'target_hash',
    ])
    .execute()
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('editor_sync_pairs').execute()
  await db.schema.dropTable('editor_paragraph_hashes').execute()
}
