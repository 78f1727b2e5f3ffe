/**
 * Migration 0003-quotes: the tables of quote approval, co-issuer sign-off and spokesperson
 * appearance (issue 7), in types both engines accept (text ids, ISO text times, 0/1 flags, JSON
 * as text).
 */
import { type Kysely, sql } from 'kysely'

/** Creates the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quote_links')
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('quote_key', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('set_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quote_links_pk', ['release_id', 'quote_key'])
    .execute()

  await db.schema
    .createTable('quote_approvals')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('quote_key', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.references('people.id'))
    .addColumn('sent_to', 'text', (c) => c.notNull())
    .addColumn('token_id', 'text', (c) => c.notNull().unique())
    .addColumn('hashes', 'text', (c) => c.notNull())
    .addColumn('texts', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('requested_by', 'text')
    .addColumn('requested_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('superseded_at', 'text')
    .addColumn('voided_at', 'text')
    .execute()
  // One current (not superseded) request per quote: of two requests racing, the second fails
  // here and retries, superseding the first.
  await db.schema
    .createIndex('quote_approvals_current')
    .on('quote_approvals')
    .columns(['release_id', 'quote_key'])
    .unique()
    .where(sql.ref('superseded_at'), 'is', null)
    .execute()
  await db.schema
    .createIndex('quote_approvals_release')
    .on('quote_approvals')
    .columns(['release_id', 'quote_key', 'requested_at'])
    .execute()

  await db.schema
    .createTable('quote_appearances')
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('quote_key', 'text', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('descriptions', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('show_title', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('show_city', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('show_photo', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quote_appearances_pk', ['release_id', 'quote_key'])
    .execute()

  await db.schema
    .createTable('release_signoffs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('release_signoffs_once', ['release_id', 'organization_id', 'content_hash'])
    .execute()
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['release_signoffs', 'quote_appearances', 'quote_approvals', 'quote_links'])
    await db.schema.dropTable(table).execute()
}
