/**
 * The migration list. Migrations are imported statically (no folder scanning), so they work the
 * same from source, from the build and in a bundle; names sort in the order they run.
 */
import type { Migration, MigrationProvider } from 'kysely'
import * as initial from './0001-initial.js'

/** Every migration by name, in order. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
}

/** A Kysely migration provider over {@link migrations}. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
