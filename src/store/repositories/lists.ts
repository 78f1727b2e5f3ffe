/**
 * Press and member lists: contacts of a coalition (one per normalised address), lists that group
 * them with a consent state per membership, and the coalition's suppression list. Addresses reach
 * this repository already normalised (the newsroom's contact-email module); batch operations work
 * in chunks so an import of tens of thousands of rows stays within both engines' parameter limits.
 */
import { type Kysely, sql } from 'kysely'
import type { Database, Row } from '../schema.js'
import { isUniqueViolation, StoreError } from '../store-error.js'

/** A list's kind. */
export type ListKind = 'press' | 'members'

/** A contact's language preference; null is unknown (the coalition default). */
export type ContactLang = 'en' | 'es' | 'both'

/** A membership's consent state. */
export type ConsentState = 'subscribed' | 'unsubscribed'

/** Why an address is suppressed. */
export type SuppressionReason = 'bounce' | 'complaint' | 'manual' | 'unsubscribe'

/** A list as read, with how many contacts are subscribed and unsubscribed. */
export interface ContactList {
  id: string
  coalitionId: string
  name: string
  kind: ListKind
  createdAt: string
  subscribed: number
  unsubscribed: number
}

/** A contact as read. */
export interface Contact {
  id: string
  coalitionId: string
  email: string
  name: string
  outlet: string | null
  beat: string | null
  lang: ContactLang | null
  location: string | null
  createdAt: string
  updatedAt: string
}

/** The fields of a contact that can be written. */
export interface ContactFields {
  name: string
  outlet: string | null
  beat: string | null
  lang: ContactLang | null
  location: string | null
}

/** A contact on a list, with its consent state. */
export interface ListMember extends Contact {
  state: ConsentState
  stateAt: string
  source: string
  /** Whether the address is on the suppression list (it then gets nothing, whatever the state). */
  suppressed: boolean
}

/** A suppressed address. */
export interface Suppression {
  coalitionId: string
  email: string
  reason: SuppressionReason
  detail: string | null
  createdAt: string
}

/** One subscribed, unsuppressed membership among the asked lists (before de-duplication). */
export interface RecipientRow {
  contactId: string
  email: string
  name: string
  lang: string | null
  kind: ListKind
}

const chunkSize = 500

function chunks<T>(items: readonly T[], size = chunkSize): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

function toContact(row: Row<'list_contacts'>): Contact {
  return {
    id: row.id,
    coalitionId: row.coalition_id,
    email: row.email,
    name: row.name,
    outlet: row.outlet,
    beat: row.beat,
    lang: row.lang as ContactLang | null,
    location: row.location,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function toSuppression(row: Row<'list_suppressions'>): Suppression {
  return {
    coalitionId: row.coalition_id,
    email: row.email,
    reason: row.reason as SuppressionReason,
    detail: row.detail,
    createdAt: row.created_at,
  }
}

/** List queries over one database (or one transaction). */
export function listRepository(db: Kysely<Database>) {
  const listSelect = () =>
    db
      .selectFrom('contact_lists')
      .selectAll('contact_lists')
      .select((eb) =>
        (['subscribed', 'unsubscribed'] as const).map((state) =>
          eb
            .selectFrom('list_members')
            .select((inner) => inner.fn.countAll<number | string>().as('n'))
            .whereRef('list_members.list_id', '=', 'contact_lists.id')
            .where('list_members.state', '=', state)
            .as(state),
        ),
      )

  type ListRow = Row<'contact_lists'> & {
    subscribed: number | string | null
    unsubscribed: number | string | null
  }
  const toList = (row: ListRow): ContactList => ({
    id: row.id,
    coalitionId: row.coalition_id,
    name: row.name,
    kind: row.kind as ListKind,
    createdAt: row.created_at,
    subscribed: Number(row.subscribed ?? 0),
    unsubscribed: Number(row.unsubscribed ?? 0),
  })

  return {
    /** Creates a list; its name is unique in the coalition. */
    async createList(input: {
      id: string
      coalitionId: string
      name: string
      kind: ListKind
      at: string
    }): Promise<void> {
      try {
        await db
          .insertInto('contact_lists')
          .values({
            id: input.id,
            coalition_id: input.coalitionId,
            name: input.name,
            kind: input.kind,
            created_at: input.at,
          })
          .execute()
      } catch (error) {
        if (isUniqueViolation(error))
          throw new StoreError('duplicate', `a list named "${input.name}" exists already`)
        throw error
      }
    },

    /** A list by id. */
    async list(id: string): Promise<ContactList | undefined> {
      const row = await listSelect().where('contact_lists.id', '=', id).executeTakeFirst()
      return row ? toList(row) : undefined
    },

    /** A list by its name in a coalition. */
    async listByName(coalitionId: string, name: string): Promise<ContactList | undefined> {
      const row = await listSelect()
        .where('contact_lists.coalition_id', '=', coalitionId)
        .where('contact_lists.name', '=', name)
        .executeTakeFirst()
      return row ? toList(row) : undefined
    },

    /** A coalition's lists, by name. */
    async lists(coalitionId: string): Promise<ContactList[]> {
      const rows = await listSelect()
        .where('contact_lists.coalition_id', '=', coalitionId)
        .orderBy('contact_lists.name')
        .execute()
      return rows.map(toList)
    },

    /** Renames a list. */
    async renameList(id: string, name: string): Promise<void> {
      try {
        await db.updateTable('contact_lists').set({ name }).where('id', '=', id).execute()
      } catch (error) {
        if (isUniqueViolation(error))
          throw new StoreError('duplicate', `a list named "${name}" exists already`)
        throw error
      }
    },

    /** Deletes a list and its memberships (contacts and suppressions stay). */
    async deleteList(id: string): Promise<void> {
      await db.deleteFrom('list_uploads').where('list_id', '=', id).execute()
      await db.deleteFrom('list_members').where('list_id', '=', id).execute()
      await db.deleteFrom('contact_lists').where('id', '=', id).execute()
    },

    /** A contact by id. */
    async contact(id: string): Promise<Contact | undefined> {
      const row = await db
        .selectFrom('list_contacts')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row ? toContact(row) : undefined
    },

    /** A contact by normalised address. */
    async contactByEmail(coalitionId: string, email: string): Promise<Contact | undefined> {
      const row = await db
        .selectFrom('list_contacts')
        .selectAll()
        .where('coalition_id', '=', coalitionId)
        .where('email', '=', email)
        .executeTakeFirst()
      return row ? toContact(row) : undefined
    },

    /** The contacts of the given normalised addresses, keyed by address. */
    async contactsByEmail(
      coalitionId: string,
      emails: readonly string[],
    ): Promise<Map<string, Contact>> {
      const found = new Map<string, Contact>()
      for (const part of chunks([...new Set(emails)])) {
        const rows = await db
          .selectFrom('list_contacts')
          .selectAll()
          .where('coalition_id', '=', coalitionId)
          .where('email', 'in', part)
          .execute()
        for (const row of rows) found.set(row.email, toContact(row))
      }
      return found
    },

    /**
     * Inserts contacts, or updates the fields of those whose address exists already (one
     * statement per chunk: `ON CONFLICT … DO UPDATE` on both engines).
     */
    async upsertContacts(
      coalitionId: string,
      contacts: readonly (ContactFields & { id: string; email: string })[],
      at: string,
    ): Promise<void> {
      for (const part of chunks(contacts, 200)) {
        await db
          .insertInto('list_contacts')
          .values(
            part.map((c) => ({
              id: c.id,
              coalition_id: coalitionId,
              email: c.email,
              name: c.name,
              outlet: c.outlet,
              beat: c.beat,
              lang: c.lang,
              location: c.location,
              created_at: at,
              updated_at: at,
            })),
          )
          .onConflict((oc) =>
            oc.columns(['coalition_id', 'email']).doUpdateSet((eb) => ({
              name: eb.ref('excluded.name'),
              outlet: eb.ref('excluded.outlet'),
              beat: eb.ref('excluded.beat'),
              lang: eb.ref('excluded.lang'),
              location: eb.ref('excluded.location'),
              updated_at: eb.ref('excluded.updated_at'),
            })),
          )
          .execute()
      }
    },

    /** Changes a contact's fields (its address stays: a new address is a new contact). */
    async updateContact(id: string, fields: ContactFields, at: string): Promise<void> {
      await db
        .updateTable('list_contacts')
        .set({ ...fields, updated_at: at })
        .where('id', '=', id)
        .execute()
    },

    /** The memberships of contacts in one list, keyed by contact id. */
    async memberships(
      listId: string,
      contactIds: readonly string[],
    ): Promise<Map<string, { state: ConsentState; stateAt: string; source: string }>> {
      const found = new Map<string, { state: ConsentState; stateAt: string; source: string }>()
      for (const part of chunks([...new Set(contactIds)])) {
        const rows = await db
          .selectFrom('list_members')
          .select(['contact_id', 'state', 'state_at', 'source'])
          .where('list_id', '=', listId)
          .where('contact_id', 'in', part)
          .execute()
        for (const row of rows)
          found.set(row.contact_id, {
            state: row.state as ConsentState,
            stateAt: row.state_at,
            source: row.source,
          })
      }
      return found
    },

    /** Subscribes contacts to a list; memberships that exist (in any state) are left as they are. */
    async addMembers(
      listId: string,
      contactIds: readonly string[],
      source: string,
      at: string,
    ): Promise<void> {
      for (const part of chunks(contactIds, 500)) {
        await db
          .insertInto('list_members')
          .values(
            part.map((contactId) => ({
              list_id: listId,
              contact_id: contactId,
              state: 'subscribed',
              state_at: at,
              source,
              created_at: at,
            })),
          )
          .onConflict((oc) => oc.columns(['list_id', 'contact_id']).doNothing())
          .execute()
      }
    },

    /** Sets one membership's state (creating it when missing). */
    async setMemberState(
      listId: string,
      contactId: string,
      state: ConsentState,
      source: string,
      at: string,
    ): Promise<void> {
      await db
        .insertInto('list_members')
        .values({
          list_id: listId,
          contact_id: contactId,
          state,
          state_at: at,
          source,
          created_at: at,
        })
        .onConflict((oc) =>
          oc.columns(['list_id', 'contact_id']).doUpdateSet({ state, state_at: at, source }),
        )
        .execute()
    },

    /** Removes a contact from a list (no consent record is left: use unsubscribe to keep one). */
    async removeMember(listId: string, contactId: string): Promise<boolean> {
      const result = await db
        .deleteFrom('list_members')
        .where('list_id', '=', listId)
        .where('contact_id', '=', contactId)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },

    /** Unsubscribes a contact from every list it is subscribed to; answers how many changed. */
    async unsubscribeEverywhere(contactId: string, source: string, at: string): Promise<number> {
      const result = await db
        .updateTable('list_members')
        .set({ state: 'unsubscribed', state_at: at, source })
        .where('contact_id', '=', contactId)
        .where('state', '=', 'subscribed')
        .executeTakeFirst()
      return Number(result.numUpdatedRows)
    },

    /** A list's contacts with their states, by address (a page of them when `page` is given). */
    async members(listId: string, page?: { limit: number; offset: number }): Promise<ListMember[]> {
      let query = db
        .selectFrom('list_members')
        .innerJoin('list_contacts', 'list_contacts.id', 'list_members.contact_id')
        .leftJoin('list_suppressions', (join) =>
          join
            .onRef('list_suppressions.coalition_id', '=', 'list_contacts.coalition_id')
            .onRef('list_suppressions.email', '=', 'list_contacts.email'),
        )
        .selectAll('list_contacts')
        .select([
          'list_members.state',
          'list_members.state_at',
          'list_members.source',
          'list_suppressions.reason as suppression_reason',
        ])
        .where('list_members.list_id', '=', listId)
        .orderBy('list_contacts.email')
      if (page) query = query.limit(page.limit).offset(page.offset)
      const rows = await query.execute()
      return rows.map((row) => ({
        ...toContact(row),
        state: row.state as ConsentState,
        stateAt: row.state_at,
        source: row.source,
        suppressed: row.suppression_reason !== null,
      }))
    },

    /** The lists a contact is on, with its state in each. */
    async listsOfContact(
      contactId: string,
    ): Promise<{ listId: string; name: string; state: ConsentState; stateAt: string }[]> {
      const rows = await db
        .selectFrom('list_members')
        .innerJoin('contact_lists', 'contact_lists.id', 'list_members.list_id')
        .select([
          'contact_lists.id',
          'contact_lists.name',
          'list_members.state',
          'list_members.state_at',
        ])
        .where('list_members.contact_id', '=', contactId)
        .orderBy('contact_lists.name')
        .execute()
      return rows.map((r) => ({
        listId: r.id,
        name: r.name,
        state: r.state as ConsentState,
        stateAt: r.state_at,
      }))
    },

    /** Adds an address to the suppression list; an address suppressed already keeps its first reason. */
    async suppress(input: Suppression): Promise<boolean> {
      const result = await db
        .insertInto('list_suppressions')
        .values({
          coalition_id: input.coalitionId,
          email: input.email,
          reason: input.reason,
          detail: input.detail,
          created_at: input.createdAt,
        })
        .onConflict((oc) => oc.columns(['coalition_id', 'email']).doNothing())
        .executeTakeFirst()
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
    },

    /** Removes an address from the suppression list. */
    async unsuppress(coalitionId: string, email: string): Promise<boolean> {
      const result = await db
        .deleteFrom('list_suppressions')
        .where('coalition_id', '=', coalitionId)
        .where('email', '=', email)
        .executeTakeFirst()
      return Number(result.numDeletedRows) > 0
    },

    /** One address's suppression, if any. */
    async suppression(coalitionId: string, email: string): Promise<Suppression | undefined> {
      const row = await db
        .selectFrom('list_suppressions')
        .selectAll()
        .where('coalition_id', '=', coalitionId)
        .where('email', '=', email)
        .executeTakeFirst()
      return row ? toSuppression(row) : undefined
    },

    /** The suppressions among the given addresses, keyed by address. */
    async suppressionsOf(
      coalitionId: string,
      emails: readonly string[],
    ): Promise<Map<string, Suppression>> {
      const found = new Map<string, Suppression>()
      for (const part of chunks([...new Set(emails)])) {
        const rows = await db
          .selectFrom('list_suppressions')
          .selectAll()
          .where('coalition_id', '=', coalitionId)
          .where('email', 'in', part)
          .execute()
        for (const row of rows) found.set(row.email, toSuppression(row))
      }
      return found
    },

    /** A coalition's suppression list, newest first. */
    async suppressions(coalitionId: string): Promise<Suppression[]> {
      const rows = await db
        .selectFrom('list_suppressions')
        .selectAll()
        .where('coalition_id', '=', coalitionId)
        .orderBy('created_at', 'desc')
        .orderBy('email')
        .execute()
      return rows.map(toSuppression)
    },

    /**
     * The subscribed memberships of the given lists of one coalition whose address is not
     * suppressed, ordered by address (one row per membership: a contact on two lists comes twice).
     */
    async recipientRows(coalitionId: string, listIds: readonly string[]): Promise<RecipientRow[]> {
      if (listIds.length === 0) return []
      const rows = await db
        .selectFrom('list_members')
        .innerJoin('contact_lists', 'contact_lists.id', 'list_members.list_id')
        .innerJoin('list_contacts', 'list_contacts.id', 'list_members.contact_id')
        .select([
          'list_contacts.id as contactId',
          'list_contacts.email',
          'list_contacts.name',
          'list_contacts.lang',
          'contact_lists.kind',
        ])
        .where('contact_lists.coalition_id', '=', coalitionId)
        .where('list_contacts.coalition_id', '=', coalitionId)
        .where('list_members.list_id', 'in', [...listIds])
        .where('list_members.state', '=', 'subscribed')
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('list_suppressions')
                .select(sql<number>`1`.as('one'))
                .whereRef('list_suppressions.coalition_id', '=', 'list_contacts.coalition_id')
                .whereRef('list_suppressions.email', '=', 'list_contacts.email'),
            ),
          ),
        )
        .orderBy('list_contacts.email')
        .orderBy('contact_lists.kind', 'desc')
        .execute()
      return rows.map((r) => ({ ...r, kind: r.kind as ListKind }))
    },
  }
}

/** The list repository's interface. */
export type ListRepository = ReturnType<typeof listRepository>
