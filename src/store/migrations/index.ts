/**
 * The migration list. Migrations are imported statically (no folder scanning), so they work the
 * same from source, from the build and in a bundle; names sort in the order they run.
 */
import type { Migration, MigrationProvider } from 'kysely'
import * as initial from './0001-initial.js'
import * as m0002 from './0002-audit.js'
import * as m0003 from './0003-quotes.js'
import * as m0004 from './0004-schedule.js'
import * as m0005 from './0005-signons.js'
import * as m0006 from './0006-lists.js'
import * as m0007 from './0007-outbox.js'
import * as m0008 from './0008-editor.js'

/** Every migration by name, in order. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-audit': m0002,
  '0003-quotes': m0003,
  '0004-schedule': m0004,
  '0005-signons': m0005,
  '0006-lists': m0006,
  '0007-outbox': m0007,
  '0008-editor': m0008,
}

/** A Kysely migration provider over {@link migrations}. */
export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
}
