/**
 * Installation settings: small values the installation keeps for itself, such as the key that
 * signs links. `getOrCreate` is safe when two processes start at once: the first insert wins and
 * both read the same value.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../schema.js'

/** Settings queries over one database. */
export function settingsRepository(db: Kysely<Database>) {
  return {
    /** A setting's value, or undefined. */
    async get(key: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('settings')
        .select('value')
        .where('key', '=', key)
        .executeTakeFirst()
      return row?.value
    },

    /** The setting's value, storing `make()` first when it has none. */
    async getOrCreate(key: string, make: () => string): Promise<string> {
      await db
        .insertInto('settings')
        .values({ key, value: make() })
        .onConflict((oc) => oc.column('key').doNothing())
        .execute()
      const value = await this.get(key)
      if (value === undefined) throw new Error(`setting ${key} vanished`)
      return value
    },
  }
}

/** The settings repository's interface. */
export type SettingsRepository = ReturnType<typeof settingsRepository>
