/**
 * The store options every command that works on a newsroom takes — `--database-url URL` (PostgreSQL)
 * or `--data-dir DIR` (SQLite), else the environment (DATABASE_URL, DATA_DIR) — and the one way they
 * become an open store: the location checked, a missing SQLite file refused rather than created.
 */
import { existsSync } from 'node:fs'
import type { Command } from 'commander'
import { openStore, type Store, type StoreLocation, storeLocationFromEnv } from '../store/index.js'
import { CliError } from './io.js'

/** The options naming a store; neither means the environment's. */
export interface StoreOptions {
  databaseUrl?: string
  dataDir?: string
}

/** Adds `--database-url` and `--data-dir` to `command`. */
export function addStoreOptions(command: Command): Command {
  return command
    .option('--database-url <url>', 'PostgreSQL database (default: DATABASE_URL)')
    .option('--data-dir <dir>', 'folder of the SQLite database (default: DATA_DIR or ./data)')
}

/** A store location from the options, else the environment; both options at once are refused. */
export function storeLocationOf(options: StoreOptions, env: NodeJS.ProcessEnv): StoreLocation {
  if (options.databaseUrl && options.dataDir)
    throw new CliError('give --database-url or --data-dir, not both')
  try {
    if (options.databaseUrl) return storeLocationFromEnv({ DATABASE_URL: options.databaseUrl })
    if (options.dataDir) return storeLocationFromEnv({ DATA_DIR: options.dataDir })
    return storeLocationFromEnv(env)
  } catch (error) {
    throw new CliError(error instanceof Error ? error.message : String(error))
  }
}

/** An open store and where it is. */
export interface OpenedStore {
  store: Store
  location: StoreLocation
}

/**
 * Opens the store the options (else the environment) name. A SQLite file that does not exist is
 * refused: a command never creates an empty newsroom by mistake.
 */
export async function openStoreOption(
  options: StoreOptions,
  env: NodeJS.ProcessEnv,
): Promise<OpenedStore> {
  const location = storeLocationOf(options, env)
  if (location.engine === 'sqlite' && !existsSync(location.file))
    throw new CliError(`no newsroom database at ${location.file} (set --data-dir or DATA_DIR)`)
  return { store: await openStore(location), location }
}
