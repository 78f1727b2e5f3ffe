/**
 * Opens the database: SQLite (better-sqlite3, the embedded default) or PostgreSQL (pg), both
 * behind one Kysely instance, and brings the schema up to date.
 */
import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import SqliteDatabase from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from 'kysely'
import pg from 'pg'
import { migrationProvider } from './migrations/index.js'
import type { Database } from './schema.js'

/** Which engine a store runs on. */
export type StoreEngine = 'sqlite' | 'postgres'

/** An open database with its engine and a way to close it. */
export interface Store {
  db: Kysely<Database>
  engine: StoreEngine
  /**
   * PostgreSQL only: the pool under `db`, for the rare statement that must go out on a raw
   * client in the same tick as something else (the outbox's hand-over record).
   */
  pgPool?: pg.Pool
  close(): Promise<void>
}

/** Where the data lives: a PostgreSQL URL, or a SQLite file (`:memory:` for a throwaway one). */
export type StoreLocation =
  | { engine: 'postgres'; url: string; schema?: string }
  | { engine: 'sqlite'; file: string }

/** A store location from the environment: `DATABASE_URL` (postgres://…) or `DATA_DIR`/comunicado.db. */
export function storeLocationFromEnv(env: Record<string, string | undefined>): StoreLocation {
  const url = env.DATABASE_URL
  if (url && /^postgres(ql)?:\/\//.test(url)) return { engine: 'postgres', url }
  if (url) throw new Error(`DATABASE_URL must start with postgres:// (got ${url.split(':')[0]}:)`)
  return { engine: 'sqlite', file: `${env.DATA_DIR ?? './data'}/comunicado.db` }
}

/** Opens the store and applies pending migrations. */
export async function openStore(location: StoreLocation): Promise<Store> {
  let db: Kysely<Database>
  let pgPool: pg.Pool | undefined
  if (location.engine === 'sqlite') {
    if (location.file !== ':memory:') mkdirSync(dirname(location.file), { recursive: true })
    const sqlite = new SqliteDatabase(location.file)
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('foreign_keys = ON')
    sqlite.pragma('busy_timeout = 5000')
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  } else {
    if (location.schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(location.schema))
      throw new Error(`not a schema name: ${location.schema}`)
    const pool = new pg.Pool({
      connectionString: location.url,
      max: 10,
      ...(location.schema ? { options: `-c search_path=${location.schema}` } : {}),
    })
    pgPool = pool
    db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  }
  const migrator = new Migrator({
    db,
    provider: migrationProvider,
    // Keep the migration bookkeeping beside the tables when a schema is named (tests, tenants).
    ...(location.engine === 'postgres' && location.schema
      ? { migrationTableSchema: location.schema }
      : {}),
  })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    await db.destroy()
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : error}`)
  }
  return { db, engine: location.engine, ...(pgPool ? { pgPool } : {}), close: () => db.destroy() }
}
