/**
 * Migration 0006-lists: the tables of press and member lists, consent and suppression (issue 8).
 */
import type { Kysely } from 'kysely'

/** Creates the tables. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('list_contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('outlet', 'text')
    .addColumn('beat', 'text')
    .addColumn('lang', 'text')
    .addColumn('location', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('list_contacts_address', ['coalition_id', 'email'])
    .execute()
  await db.schema
    .createTable('contact_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('contact_lists_name', ['coalition_id', 'name'])
    .execute()
  await db.schema
    .createTable('list_members')
    .addColumn('list_id', 'text', (c) => c.notNull().references('contact_lists.id'))
    .addColumn('contact_id', 'text', (c) => c.notNull().references('list_contacts.id'))
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('state_at', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('list_members_pk', ['list_id', 'contact_id'])
    .execute()
  await db.schema
    .createIndex('list_members_contact')
    .on('list_members')
    .columns(['contact_id'])
    .execute()
  await db.schema
    .createTable('list_suppressions')
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('list_suppressions_pk', ['coalition_id', 'email'])
    .execute()
  await db.schema
    .createTable('list_uploads')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('list_id', 'text', (c) =>
      c.notNull().references('contact_lists.id').onDelete('cascade'),
    )
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('list_uploads').execute()
  await db.schema.dropTable('list_suppressions').execute()
  await db.schema.dropTable('list_members').execute()
  await db.schema.dropTable('contact_lists').execute()
  await db.schema.dropTable('list_contacts').execute()
}
