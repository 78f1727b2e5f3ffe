/**
 * Migration 0005-signons: the tables of public sign-ons (issue 7): releases opened for sign-ons,
 * the sign-ons themselves, uploaded logos and the single-use e-mail links.
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('signon_campaigns')
    .addColumn('release_id', 'text', (c) => c.primaryKey().references('releases.id'))
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('open', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('current_hash', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('opened_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('signon_campaigns_coalition')
    .on('signon_campaigns')
    .column('coalition_id')
    .execute()

  await db.schema
    .createTable('signons')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('organization', 'text', (c) => c.notNull())
    .addColumn('org_key', 'text', (c) => c.notNull())
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('contact_name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('logo_url', 'text')
    .addColumn('logo_id', 'text')
    .addColumn('consent', 'integer', (c) => c.notNull())
    .addColumn('signed_hash', 'text', (c) => c.notNull())
    .addColumn('confirmed_at', 'text')
    .addColumn('moderation', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('moderated_by', 'text')
    .addColumn('merged_into', 'text')
    .addColumn('reconfirm_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('signons_release_key')
    .on('signons')
    .columns(['release_id', 'org_key'])
    .execute()
  await db.schema
    .createIndex('signons_release_email')
    .on('signons')
    .columns(['release_id', 'email'])
    .execute()

  await db.schema
    .createTable('signon_logos')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('signon_id', 'text', (c) => c.notNull().references('signons.id'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('signon_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('signon_id', 'text', (c) => c.notNull().references('signons.id'))
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('for_hash', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute()
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('signon_links').execute()
  await db.schema.dropTable('signon_logos').execute()
  await db.schema.dropTable('signons').execute()
  await db.schema.dropTable('signon_campaigns').execute()
}
