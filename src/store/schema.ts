/**
 * The database schema as Kysely table types: one interface per table, shared by SQLite and
 * PostgreSQL. Ids are text (UUIDs), times are ISO 8601 text in UTC, flags are 0/1 integers and
 * structured values are JSON text, so both engines store the same values.
 */
import type { Insertable, Selectable } from 'kysely'
import type { AuditTables } from './tables/audit.js'
import type { EditorTables } from './tables/editor.js'
import type { ListTables } from './tables/lists.js'
import type { OutboxTables } from './tables/outbox.js'
import type { QuoteTables } from './tables/quotes.js'
import type { ScheduleTables } from './tables/schedule.js'
import type { SignonTables } from './tables/signons.js'

/** A coalition: the workspace that groups member organizations and their releases. */
export interface CoalitionTable {
  id: string
  slug: string
  name: string
  created_at: string
}

/** A member organization. `names` and `boilerplates` are JSON objects keyed by language. */
export interface OrganizationTable {
  id: string
  coalition_id: string
  slug: string
  name: string
  names: string
  boilerplates: string
  website: string | null
  logo_url: string | null
  created_at: string
}

/** A person of an organization; `titles` is JSON keyed by language. */
export interface PersonTable {
  id: string
  organization_id: string
  name: string
  titles: string
  email: string | null
  phone: string | null
  is_spokesperson: number
  is_media_contact: number
  created_at: string
}

/** A user account. `email` is stored lower-cased. */
export interface UserTable {
  id: string
  email: string
  name: string
  password_hash: string
  locale: string
  created_at: string
}

/** A user's role in one organization. */
export interface MembershipTable {
  user_id: string
  organization_id: string
  role: string
  created_at: string
}

/** An invitation link; only the hash of its token is stored. */
export interface InvitationTable {
  id: string
  token_hash: string
  organization_id: string
  role: string
  email: string | null
  created_by: string
  created_at: string
  expires_at: string
  accepted_at: string | null
  accepted_by: string | null
}

/** A signed-in session; only the hash of its cookie value is stored. */
export interface SessionTable {
  id_hash: string
  user_id: string
  csrf_token: string
  created_at: string
  expires_at: string
}

/** A release; its text lives in revisions, `revision` is the number of the current one. */
export interface ReleaseTable {
  id: string
  coalition_id: string
  slug: string
  status: string
  revision: number
  created_by: string | null
  created_at: string
  updated_at: string
  published_at: string | null
}

/** A co-issuing organization of a release, in display order. */
export interface ReleaseOrganizationTable {
  release_id: string
  organization_id: string
  position: number
}

/** A media contact of a release, in display order. */
export interface ReleaseContactTable {
  release_id: string
  person_id: string
  position: number
}

/** One saved state of a release: `content` is JSON `{ versions: [{ lang, text }] }`. */
export interface RevisionTable {
  id: string
  release_id: string
  number: number
  author_id: string | null
  created_at: string
  content: string
  note: string | null
}

/** The whole database, as Kysely sees it: the core tables and each feature's (src/store/tables). */
export interface Database
  extends AuditTables,
    QuoteTables,
    ScheduleTables,
    SignonTables,
    ListTables,
    OutboxTables,
    EditorTables {
  coalitions: CoalitionTable
  organizations: OrganizationTable
  people: PersonTable
  users: UserTable
  memberships: MembershipTable
  invitations: InvitationTable
  sessions: SessionTable
  releases: ReleaseTable
  release_organizations: ReleaseOrganizationTable
  release_contacts: ReleaseContactTable
  revisions: RevisionTable
}

/** A row as read. */
export type Row<T extends keyof Database> = Selectable<Database[T]>
/** A row as written. */
export type NewRow<T extends keyof Database> = Insertable<Database[T]>
