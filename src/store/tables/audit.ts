/**
 * Tables of the audit log and of installation settings: the append-only record of what happened
 * to a release (approvals, overrides, publication, embargo changes, sign-ons), and the key/value
 * settings the installation keeps for itself (such as the key that signs links).
 */

/** One audit entry. `detail` is a JSON object; entries are never updated or deleted. */
export interface AuditEntryTable {
  id: string
  /** A monotonically growing number, the order of entries. */
  seq: number
  coalition_id: string
  release_id: string | null
  /** The acting user, or null for the system (scheduler) and for people acting by link. */
  actor_id: string | null
  /** Who acted when no account did: "scheduler", "link:<e-mail>", … */
  actor_label: string | null
  action: string
  detail: string
  created_at: string
}

/** One installation setting. */
export interface SettingTable {
  key: string
  value: string
}

/** The tables of the audit log and settings. */
export interface AuditTables {
  audit_entries: AuditEntryTable
  settings: SettingTable
}
