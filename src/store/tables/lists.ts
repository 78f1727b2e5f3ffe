/**
 * Tables of press and member lists, consent and suppression (issue 8), created by migration
 * 0006-lists. Contacts belong to a coalition (one row per normalised address); lists group them;
 * a list membership carries its consent state; the suppression list always wins over both.
 */

/** A press or member contact of a coalition. `email` is normalised (see contact-email.ts). */
export interface ListContactTable {
  id: string
  coalition_id: string
  email: string
  name: string
  outlet: string | null
  beat: string | null
  /** Language preference: `en`, `es`, `both`, or null (unknown: the coalition default). */
  lang: string | null
  location: string | null
  created_at: string
  updated_at: string
}

/** A list of a coalition: `kind` is `press` or `members`. */
export interface ContactListTable {
  id: string
  coalition_id: string
  name: string
  kind: string
  created_at: string
}

/** A contact on a list, with its consent state (`subscribed` | `unsubscribed`), when and why. */
export interface ListMemberTable {
  list_id: string
  contact_id: string
  state: string
  /** When the state last changed. */
  state_at: string
  /** Where the state came from: `manual`, `import`, `unsubscribe-link`, `api`… */
  source: string
  created_at: string
}

/** A suppressed address of a coalition: never sent to, whatever the lists say. */
export interface ListSuppressionTable {
  coalition_id: string
  email: string
  /** `bounce` | `complaint` | `manual` | `unsubscribe`. */
  reason: string
  detail: string | null
  created_at: string
}

/**
 * A file uploaded to the workspace's import page, kept (base64) between the mapping preview and
 * the import, so the file need not be sent twice; removed when imported or after a day.
 */
export interface ListUploadTable {
  id: string
  list_id: string
  user_id: string
  file_name: string
  content: string
  created_at: string
}

/** The tables of press and member lists, consent and suppression. */
export interface ListTables {
  list_uploads: ListUploadTable
  list_contacts: ListContactTable
  contact_lists: ContactListTable
  list_members: ListMemberTable
  list_suppressions: ListSuppressionTable
}
