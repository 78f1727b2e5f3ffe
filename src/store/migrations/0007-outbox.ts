/**
 * Migration 0007-outbox: the sends and the durable outbox of e-mail messages (issue 8). A message
 * row is unique per release and address, so no recipient gets a release twice from two sends.
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('outbox_sends')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.references('users.id'))
    .addColumn('list_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('lang_choice', 'text', (c) => c.notNull())
    .addColumn('resolved', 'integer', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute()
  await db.schema
    .createIndex('outbox_sends_release')
    .on('outbox_sends')
    .columns(['release_id', 'created_at'])
    .execute()
  await db.schema
    .createTable('outbox_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('send_id', 'text', (c) => c.notNull().references('outbox_sends.id'))
    .addColumn('release_id', 'text', (c) => c.notNull().references('releases.id'))
    .addColumn('coalition_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('langs', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('phase', 'text')
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error', 'text')
    .addColumn('last_code', 'integer')
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_by', 'text')
    .addColumn('lease_until', 'text')
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('preview_url', 'text')
    .addColumn('content_kind', 'text')
    .addColumn('response', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('outbox_messages_release_email', ['release_id', 'email'])
    .execute()
  await db.schema
    .createIndex('outbox_messages_due')
    .on('outbox_messages')
    .columns(['state', 'next_attempt_at'])
    .execute()
  await db.schema
    .createIndex('outbox_messages_send')
    .on('outbox_messages')
    .columns(['send_id', 'state'])
    .execute()
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('outbox_messages').execute()
  await db.schema.dropTable('outbox_sends').execute()
}
