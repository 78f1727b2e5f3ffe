/**
 * Migration 0004-schedule: the tables of embargoes, scheduled publication, preview links and
 * corrections (issue 7), in types both SQLite and PostgreSQL accept.
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('release_schedules')
    .addColumn('release_id', 'text', (c) => c.primaryKey().references('releases.id'))
    .addColumn('lifts_at', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('embargo', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('set_by', 'text')
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addColumn('last_failure', 'text')
    .execute()
  await db.schema
    .createIndex('release_schedules_lifts_at')
    .on('release_schedules')
    .column('lifts_at')
    .execute()

  await db.schema
    .createTable('preview_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('recipient_email', 'text', (c) => c.notNull())
    .addColumn('recipient_name', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text')
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text')
    .execute()
  await db.schema
    .createIndex('preview_links_release')
    .on('preview_links')
    .column('release_id')
    .execute()

  await db.schema
    .createTable('preview_views')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('link_id', 'text', (c) => c.notNull().references('preview_links.id'))
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('viewed_at', 'text', (c) => c.notNull())
    .addColumn('user_agent', 'text')
    .execute()
  await db.schema.createIndex('preview_views_link').on('preview_views').column('link_id').execute()

  await db.schema
    .createTable('release_corrections')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('notes', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('release_corrections_release')
    .on('release_corrections')
    .columns(['release_id', 'created_at'])
    .execute()
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('release_corrections').execute()
  await db.schema.dropTable('preview_views').execute()
  await db.schema.dropTable('preview_links').execute()
  await db.schema.dropTable('release_schedules').execute()
}
