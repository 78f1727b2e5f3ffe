/**
 * The store: the schema, migrations and repositories over SQLite or PostgreSQL through one
 * Kysely query layer.
 */
export {
  openStore,
  type Store,
  type StoreEngine,
  type StoreLocation,
  storeLocationFromEnv,
} from './open-store.js'
export {
  type AccountRepository,
  accountRepository,
  type Membership,
  type Role,
  roles,
} from './repositories/accounts.js'
export {
  type AuditEntry,
  type AuditRepository,
  auditRepository,
  type NewAuditEntry,
} from './repositories/audit.js'
export {
  type DirectoryRepository,
  directoryRepository,
  type Organization,
  type PerLang,
  type Person,
} from './repositories/directory.js'
export {
  type NewRelease,
  type NewRevision,
  type ReleaseRepository,
  type Revision,
  type RevisionContent,
  releaseRepository,
  type StoredVersion,
} from './repositories/releases.js'
export { type SettingsRepository, settingsRepository } from './repositories/settings.js'
export type { Database, NewRow, Row } from './schema.js'
export { StoreError, type StoreErrorCode } from './store-error.js'
