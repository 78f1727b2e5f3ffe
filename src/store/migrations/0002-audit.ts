/**
 * Migration 0002: the append-only audit log and the installation settings. Both engines get
 * triggers that refuse UPDATE and DELETE on the log, so "append-only" holds even for code that
 * forgets it.
 */
import { type Kysely, sql } from 'kysely'

/** Creates the tables and the append-only triggers. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('audit_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('seq', 'integer', (c) => c.notNull().unique())
    .addColumn('coalition_id', 'text', (c) => c.notNull().references('coalitions.id'))
    .addColumn('release_id', 'text', (c) => c.references('releases.id'))
    .addColumn('actor_id', 'text', (c) => c.references('users.id'))
    .addColumn('actor_label', 'text')
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('detail', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('audit_entries_release')
    .on('audit_entries')
    .columns(['release_id', 'seq'])
    .execute()
  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

  const postgres = await isPostgres(db)
  if (postgres) {
    await sql`CREATE FUNCTION audit_entries_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'the audit log is append-only'; END $$ LANGUAGE plpgsql`.execute(db)
    await sql`CREATE TRIGGER audit_entries_no_change BEFORE UPDATE OR DELETE ON audit_entries
      FOR EACH ROW EXECUTE FUNCTION audit_entries_append_only()`.execute(db)
  } else {
    for (const event of ['UPDATE', 'DELETE'])
      await sql
        .raw(`CREATE TRIGGER audit_entries_no_${event.toLowerCase()} BEFORE ${event} ON audit_entries
          BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END`)
        .execute(db)
  }
}

/** Drops them. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('audit_entries').execute()
  await db.schema.dropTable('settings').execute()
  if (await isPostgres(db)) await sql`DROP FUNCTION audit_entries_append_only()`.execute(db)
}

async function isPostgres(db: Kysely<unknown>): Promise<boolean> {
  try {
    await sql`SELECT version()`.execute(db)
    return true
  } catch {
    return false
  }
}
