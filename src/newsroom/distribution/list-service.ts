/**
 * Press and member lists, CSV import, consent and suppression (issue 8). Contacts belong to a
 * coalition, one per normalised address; lists group them with a consent state per membership;
 * the suppression list (bounces, complaints, manual entries, unsubscribes from every list) always
 * wins. {@link ListService.resolveRecipients} is what a send reads.
 */
import { randomUUID } from 'node:crypto'
import {
  type Contact,
  type ContactList,
  type ListKind,
  type ListMember,
  listRepository,
  type Suppression,
  type SuppressionReason,
} from '../../store/repositories/lists.js'
import { listUploadRepository } from '../../store/repositories/lists-uploads.js'
import { StoreError } from '../../store/store-error.js'
import type { Actor } from '../access.js'
import { isoNow } from '../clock.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import { NewsroomError } from '../newsroom-error.js'
import { emailKey, normaliseEmail } from './contact-email.js'
import { type ContactInput, checkContact, mergeContactFields } from './contact-fields.js'
import { exportMembersCsv } from './csv-export.js'
import {
  type CsvImportOptions,
  type CsvImportReport,
  importCsv,
  maxImportBytes,
} from './csv-import.js'
import {
  assertCanChangeLists,
  assertCanReadLists,
  type ListActor,
  systemListActor,
} from './list-access.js'
import type { Recipient, RecipientLang } from './recipient.js'

/** Every list kind. */
export const listKinds: readonly ListKind[] = ['press', 'members']

/** Every suppression reason. */
export const suppressionReasons: readonly SuppressionReason[] = [
  'bounce',
  'complaint',
  'manual',
  'unsubscribe',
]

/** The language a recipient of unknown preference gets. */
export const defaultRecipientLang: RecipientLang = 'en'

/** How long an upload waits between preview and import (a day). */
export const uploadTtlMs = 24 * 3600 * 1000

/** The longest list name. */
export const maxListNameLength = 120

const problemText: Record<string, string> = {
  'missing-email': 'an e-mail address is required',
  'invalid-email': 'this is not a valid e-mail address',
  'bad-language': 'the language must be en, es or both',
  'too-long': 'a field is longer than 300 characters',
}

function langsOf(lang: string | null): RecipientLang[] {
  if (lang === 'both') return ['en', 'es']
  if (lang === 'en' || lang === 'es') return [lang]
  return [defaultRecipientLang]
}

/** A list-name store refusal as a newsroom refusal (a duplicate name is a conflict). */
function storeRefusal(error: unknown): never {
  if (error instanceof StoreError)
    throw new NewsroomError(
      error.code === 'not-found' ? 'not-found' : 'conflict',
      error.message,
      error.code === 'duplicate' ? { problem: 'list-name' } : undefined,
    )
  throw error
}

/** List operations over the newsroom's dependencies. */
export function listService(deps: NewsroomDeps) {
  const repo = () => listRepository(deps.store.db)
  const now = () => isoNow(deps.clock)

  async function listOf(listId: string, actor: ListActor | null): Promise<ContactList> {
    const list = await repo().list(listId)
    if (!list) throw new NewsroomError('not-found', 'there is no such list')
    assertCanReadLists(actor, list.coalitionId)
    return list
  }

  async function contactOf(contactId: string, actor: ListActor | null): Promise<Contact> {
    const contact = await repo().contact(contactId)
    if (!contact) throw new NewsroomError('not-found', 'there is no such contact')
    assertCanReadLists(actor, contact.coalitionId)
    return contact
  }

  const service = {
    /** Creates a list in a coalition. */
    async createList(
      coalitionId: string,
      input: { name: string; kind: ListKind },
      actor: ListActor = systemListActor,
    ): Promise<ContactList> {
      assertCanChangeLists(actor, coalitionId)
      const name = (input.name ?? '').replace(/\s+/g, ' ').trim()
      if (!name) throw new NewsroomError('invalid', 'a list needs a name')
      if (name.length > maxListNameLength)
        throw new NewsroomError(
          'invalid',
          `a list name has at most ${maxListNameLength} characters`,
        )
      if (!listKinds.includes(input.kind))
        throw new NewsroomError('invalid', 'a list is a press list or a member list')
      const id = randomUUID()
      await repo()
        .createList({ id, coalitionId, name, kind: input.kind, at: now() })
        .catch(storeRefusal)
      await deps.audit.record({
        coalitionId,
        actor,
        action: 'list.created',
        detail: { listId: id, name, kind: input.kind },
      })
      const list = await repo().list(id)
      if (!list) throw new Error('the list just created is missing')
      return list
    },

    /** Renames a list. */
    async renameList(listId: string, name: string, actor: ListActor): Promise<ContactList> {
      const list = await listOf(listId, actor)
      assertCanChangeLists(actor, list.coalitionId)
      const clean = (name ?? '').replace(/\s+/g, ' ').trim()
      if (!clean) throw new NewsroomError('invalid', 'a list needs a name')
      if (clean.length > maxListNameLength)
        throw new NewsroomError(
          'invalid',
          `a list name has at most ${maxListNameLength} characters`,
        )
      await repo().renameList(listId, clean).catch(storeRefusal)
      return (await repo().list(listId)) as ContactList
    },

    /** Deletes a list and its memberships; contacts, their other lists and suppressions stay. */
    async deleteList(listId: string, actor: ListActor): Promise<void> {
      const list = await listOf(listId, actor)
      assertCanChangeLists(actor, list.coalitionId)
      await deps.store.db.transaction().execute((trx) => listRepository(trx).deleteList(listId))
      await deps.audit.record({
        coalitionId: list.coalitionId,
        actor,
        action: 'list.deleted',
        detail: { listId, name: list.name },
      })
    },

    /** A coalition's lists, by name. */
    async lists(coalitionId: string, actor: ListActor = systemListActor): Promise<ContactList[]> {
      assertCanReadLists(actor, coalitionId)
      return repo().lists(coalitionId)
    },

    /** One list. */
    list(listId: string, actor: ListActor = systemListActor): Promise<ContactList> {
      return listOf(listId, actor)
    },

    /** A list found by id or by name in a coalition (for the command line). */
    async findList(coalitionId: string, idOrName: string): Promise<ContactList | undefined> {
      const byId = await repo().list(idOrName)
      if (byId && byId.coalitionId === coalitionId) return byId
      return repo().listByName(coalitionId, idOrName.trim())
    },

    /** A list's contacts with their consent state and whether they are suppressed. */
    async members(
      listId: string,
      actor: ListActor = systemListActor,
      page?: { limit: number; offset: number },
    ): Promise<ListMember[]> {
      await listOf(listId, actor)
      return repo().members(listId, page)
    },

    /** One contact, with the lists it is on. */
    async contact(contactId: string, actor: ListActor = systemListActor) {
      const contact = await contactOf(contactId, actor)
      const [lists, suppression] = await Promise.all([
        repo().listsOfContact(contactId),
        repo().suppression(contact.coalitionId, contact.email),
      ])
      return { ...contact, lists, suppression: suppression ?? null }
    },

    /**
     * Adds a contact to a list (creating the contact, or updating the fields of the one with that
     * address). An address on the suppression list, or that unsubscribed from this list, is
     * refused: consent is not overridden by typing the address again.
     */
    async addContact(
      listId: string,
      input: ContactInput,
      actor: ListActor = systemListActor,
      source = 'manual',
    ): Promise<Contact> {
      const list = await listOf(listId, actor)
      assertCanChangeLists(actor, list.coalitionId)
      const check = checkContact(input)
      if (!check.ok)
        throw new NewsroomError('invalid', problemText[check.problem] ?? check.problem, {
          field: check.field,
          problem: check.problem,
        })
      const fields = check.contact
      const contact = await deps.store.db.transaction().execute(async (trx) => {
        const r = listRepository(trx)
        const suppressed = await r.suppression(list.coalitionId, fields.email)
        if (suppressed)
          throw new NewsroomError(
            'conflict',
            `this address is on the suppression list (${suppressed.reason}); remove it there first`,
            { problem: 'suppressed', reason: suppressed.reason },
          )
        const existing = await r.contactByEmail(list.coalitionId, fields.email)
        const at = now()
        await r.upsertContacts(
          list.coalitionId,
          [
            {
              ...mergeContactFields(existing, fields),
              email: fields.email,
              id: existing?.id ?? randomUUID(),
            },
          ],
          at,
        )
        const saved = await r.contactByEmail(list.coalitionId, fields.email)
        if (!saved) throw new Error('the contact just saved is missing')
        const membership = (await r.memberships(listId, [saved.id])).get(saved.id)
        if (membership?.state === 'unsubscribed')
          throw new NewsroomError(
            'conflict',
            'this address unsubscribed from the list; it can only subscribe again itself',
            { problem: 'unsubscribed' },
          )
        await r.addMembers(listId, [saved.id], source, at)
        return saved
      })
      await deps.audit.record({
        coalitionId: list.coalitionId,
        actor,
        action: 'list.contact-added',
        detail: { listId, contactId: contact.id },
      })
      return contact
    },

    /**
     * Imports a CSV file into a list (see csv-import.ts): answers the report of every row, and
     * saves nothing when it is a dry run. A whole-file problem (too large, not text, no e-mail
     * column, unclosed quote) is refused with a clear error and changes nothing.
     */
    async importCsv(
      listId: string,
      bytes: Uint8Array,
      options: CsvImportOptions = {},
      actor: ListActor = systemListActor,
    ): Promise<CsvImportReport> {
      const list = await listOf(listId, actor)
      assertCanChangeLists(actor, list.coalitionId)
      const report = await importCsv(deps.store.db, list, bytes, now(), options)
      if (!report.dryRun)
        await deps.audit.record({
          coalitionId: list.coalitionId,
          actor,
          action: 'list.imported',
          detail: {
            listId,
            source: options.source ?? 'import',
            encoding: report.encoding,
            rows: report.rows,
            accepted: report.accepted,
            rejected: report.rejected.length,
            newContacts: report.newContacts,
            subscribed: report.subscribed,
          },
        })
      return report
    },

    /**
     * Keeps an uploaded file for the two-step import of the workspace (preview the mapping, then
     * import); uploads older than {@link uploadTtlMs} are removed on the way.
     */
    async keepUpload(
      listId: string,
      fileName: string,
      bytes: Uint8Array,
      actor: Actor,
    ): Promise<string> {
      const list = await listOf(listId, actor)
      assertCanChangeLists(actor, list.coalitionId)
      if (bytes.length > maxImportBytes)
        throw new NewsroomError('invalid', 'the file is larger than the import limit', {
          problem: 'too-large',
          limit: maxImportBytes,
        })
      const uploads = listUploadRepository(deps.store.db)
      await uploads.removeOlderThan(
        new Date(deps.clock.now().getTime() - uploadTtlMs).toISOString(),
      )
      const id = randomUUID()
      await uploads.save({
        id,
        listId,
        userId: actor.userId,
        fileName: fileName.slice(0, 200) || 'upload.csv',
        bytes,
        createdAt: now(),
      })
      return id
    },

    /**
     * Imports (or, dry-running, previews) a kept upload; a real import removes the upload. A
     * missing or expired upload is refused with a request to upload the file again.
     */
    async importUpload(
      listId: string,
      uploadId: string,
      options: CsvImportOptions,
      actor: Actor,
    ): Promise<{ report: CsvImportReport; fileName: string; bytes: Uint8Array }> {
      const uploads = listUploadRepository(deps.store.db)
      const upload = await uploads.get(uploadId, listId, actor.userId)
      const fresh =
        upload && deps.clock.now().getTime() - new Date(upload.createdAt).getTime() < uploadTtlMs
      if (!upload || !fresh)
        throw new NewsroomError(
          'not-found',
          'this upload is no longer kept; upload the file again',
          {
            problem: 'upload-gone',
          },
        )
      const report = await service.importCsv(
        listId,
        upload.bytes,
        { ...options, source: options.source ?? `import:${upload.fileName}` },
        actor,
      )
      if (!report.dryRun) await uploads.remove(uploadId)
      return { report, fileName: upload.fileName, bytes: upload.bytes }
    },

    /** A list as CSV (consent state included; formula-looking cells defused). */
    async exportCsv(listId: string, actor: ListActor = systemListActor): Promise<string> {
      await listOf(listId, actor)
      return exportMembersCsv(await repo().members(listId))
    },

    /** Changes a contact's fields (not its address). */
    async updateContact(
      contactId: string,
      input: Omit<ContactInput, 'email'>,
      actor: ListActor,
    ): Promise<Contact> {
      const contact = await contactOf(contactId, actor)
      assertCanChangeLists(actor, contact.coalitionId)
      const check = checkContact({ ...input, email: contact.email })
      if (!check.ok)
        throw new NewsroomError('invalid', problemText[check.problem] ?? check.problem, {
          field: check.field,
          problem: check.problem,
        })
      const { email: _email, ...fields } = check.contact
      await repo().updateContact(contactId, fields, now())
      await deps.audit.record({
        coalitionId: contact.coalitionId,
        actor,
        action: 'list.contact-changed',
        detail: { contactId },
      })
      return (await repo().contact(contactId)) as Contact
    },

    /** Takes a contact off a list (no consent record stays; unsubscribing keeps one). */
    async removeContact(listId: string, contactId: string, actor: ListActor): Promise<void> {
      const list = await listOf(listId, actor)
      assertCanChangeLists(actor, list.coalitionId)
      if (!(await repo().removeMember(listId, contactId)))
        throw new NewsroomError('not-found', 'this contact is not on the list')
      await deps.audit.record({
        coalitionId: list.coalitionId,
        actor,
        action: 'list.contact-removed',
        detail: { listId, contactId },
      })
    },

    /** Marks one membership unsubscribed, on an editor's word (the person asked by other means). */
    async unsubscribeFromList(listId: string, contactId: string, actor: ListActor): Promise<void> {
      const list = await listOf(listId, actor)
      assertCanChangeLists(actor, list.coalitionId)
      const membership = (await repo().memberships(listId, [contactId])).get(contactId)
      if (!membership) throw new NewsroomError('not-found', 'this contact is not on the list')
      if (membership.state === 'unsubscribed') return
      await repo().setMemberState(listId, contactId, 'unsubscribed', 'manual', now())
      await deps.audit.record({
        coalitionId: list.coalitionId,
        actor,
        action: 'list.unsubscribed',
        detail: { listId, contactId, source: 'manual' },
      })
    },

    /**
     * Unsubscribes a contact from every list of its coalition and suppresses its address (reason
     * `unsubscribe`), so no list, import or later addition sends to it again. Idempotent: answers
     * whether anything changed. Used by the unsubscribe link.
     */
    async unsubscribeEverywhere(
      contactId: string,
      source: string,
      actor: ListActor = { label: 'unsubscribe link' },
    ): Promise<{ contact: Contact; changed: boolean }> {
      const contact = await repo().contact(contactId)
      if (!contact) throw new NewsroomError('not-found', 'there is no such contact')
      const changed = await deps.store.db.transaction().execute(async (trx) => {
        const r = listRepository(trx)
        const at = now()
        const memberships = await r.unsubscribeEverywhere(contactId, source, at)
        const suppressed = await r.suppress({
          coalitionId: contact.coalitionId,
          email: contact.email,
          reason: 'unsubscribe',
          detail: source,
          createdAt: at,
        })
        return memberships > 0 || suppressed
      })
      if (changed)
        await deps.audit.record({
          coalitionId: contact.coalitionId,
          actor,
          action: 'list.unsubscribed',
          detail: { contactId, source, everywhere: true },
        })
      return { contact, changed }
    },

    /**
     * The recipients of a send to the given lists of a coalition: subscribed members only, minus
     * suppressed addresses, de-duplicated by address, ordered by address. A contact on a press
     * list among them counts as press. Languages come from the preference (`both` → en and es,
     * unknown → {@link defaultRecipientLang}).
     */
    async resolveRecipients(coalitionId: string, listIds: string[]): Promise<Recipient[]> {
      const unique = [...new Set(listIds)]
      for (const id of unique) {
        const list = await repo().list(id)
        if (!list || list.coalitionId !== coalitionId)
          throw new NewsroomError('not-found', `there is no list ${id} in this coalition`)
      }
      const rows = await repo().recipientRows(coalitionId, unique)
      const byEmail = new Map<string, Recipient>()
      for (const row of rows) {
        const kind = row.kind === 'press' ? 'press' : 'member'
        const seen = byEmail.get(row.email)
        if (seen) {
          if (kind === 'press') seen.kind = 'press'
          continue
        }
        byEmail.set(row.email, {
          contactId: row.contactId,
          email: row.email,
          name: row.name,
          langs: langsOf(row.lang),
          kind,
        })
      }
      return [...byEmail.values()]
    },

    /** Whether an address (in any form) is on the coalition's suppression list. */
    async isSuppressed(coalitionId: string, email: string): Promise<boolean> {
      const key = emailKey(email) ?? email.trim().toLowerCase()
      return (await repo().suppression(coalitionId, key)) !== undefined
    },

    /**
     * Puts an address on the coalition's suppression list (the sender calls it on a permanent
     * failure). Idempotent: an address suppressed already keeps its first reason; answers whether
     * it was added now.
     */
    async suppress(
      coalitionId: string,
      email: string,
      reason: SuppressionReason,
      detail: string | null = null,
      actor: ListActor = systemListActor,
    ): Promise<boolean> {
      assertCanChangeLists(actor, coalitionId)
      if (!suppressionReasons.includes(reason))
        throw new NewsroomError('invalid', 'the reason is bounce, complaint, manual or unsubscribe')
      const check = normaliseEmail(email)
      // A bounce may come back for an address our own checks would refuse: keep it anyway.
      const key = check.ok ? check.email : email.trim().toLowerCase()
      if (!key) throw new NewsroomError('invalid', 'an e-mail address is required')
      const added = await repo().suppress({
        coalitionId,
        email: key,
        reason,
        detail: detail?.slice(0, 1000) ?? null,
        createdAt: now(),
      })
      if (added)
        await deps.audit.record({
          coalitionId,
          actor,
          action: 'suppression.added',
          detail: { email: key, reason },
        })
      return added
    },

    /** Takes an address off the suppression list (its list memberships stay as they are). */
    async unsuppress(coalitionId: string, email: string, actor: ListActor): Promise<void> {
      assertCanChangeLists(actor, coalitionId)
      const key = emailKey(email) ?? email.trim().toLowerCase()
      if (!(await repo().unsuppress(coalitionId, key)))
        throw new NewsroomError('not-found', 'this address is not on the suppression list')
      await deps.audit.record({
        coalitionId,
        actor,
        action: 'suppression.removed',
        detail: { email: key },
      })
    },

    /** A coalition's suppression list, newest first. */
    async suppressions(
      coalitionId: string,
      actor: ListActor = systemListActor,
    ): Promise<Suppression[]> {
      assertCanReadLists(actor, coalitionId)
      return repo().suppressions(coalitionId)
    },
  }
  return service
}

/** The service's interface. */
export type ListService = ReturnType<typeof listService>
