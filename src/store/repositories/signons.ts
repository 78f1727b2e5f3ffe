/**
 * Sign-on queries: releases opened for sign-ons (campaigns), the sign-ons, their uploaded logos
 * and the single-use links sent to confirm them. Every change of a sign-on bumps its campaign's
 * `version` in the same transaction, so the public list's fingerprint moves with it.
 */
import type { Kysely, Updateable } from 'kysely'
import type { Database, Row } from '../schema.js'
import type { SignonTable } from '../tables/signons.js'

/** A sign-on row. */
export type SignonRow = Row<'signons'>
/** A campaign row. */
export type SignonCampaignRow = Row<'signon_campaigns'>
/** The columns of a sign-on that may change. */
export type SignonPatch = Omit<Updateable<SignonTable>, 'id' | 'release_id' | 'coalition_id'>

/** Sign-on queries over one database (or transaction). */
export function signonRepository(db: Kysely<Database>) {
  async function bump(releaseId: string, at: string): Promise<void> {
    await db
      .updateTable('signon_campaigns')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: at }))
      .where('release_id', '=', releaseId)
      .execute()
  }

  return {
    /** The campaign of a release, or undefined when it was never opened. */
    campaign(releaseId: string): Promise<SignonCampaignRow | undefined> {
      return db
        .selectFrom('signon_campaigns')
        .selectAll()
        .where('release_id', '=', releaseId)
        .executeTakeFirst()
    },

    /** Opens or closes a release for sign-ons (creating its campaign the first time). */
    async setOpen(input: {
      releaseId: string
      coalitionId: string
      open: boolean
      hash: string
      by: string | null
      at: string
    }): Promise<void> {
      await db
        .insertInto('signon_campaigns')
        .values({
          release_id: input.releaseId,
          coalition_id: input.coalitionId,
          open: input.open ? 1 : 0,
          current_hash: input.hash,
          version: 1,
          opened_by: input.by,
          created_at: input.at,
          updated_at: input.at,
        })
        .onConflict((oc) =>
          oc.column('release_id').doUpdateSet((eb) => ({
            open: input.open ? 1 : 0,
            version: eb('signon_campaigns.version', '+', 1),
            updated_at: input.at,
          })),
        )
        .execute()
    },

    /**
     * Records the release's current text hash; answers true for the one caller that changed it
     * (so only one of two concurrent callers acts on a change).
     */
    async moveHash(releaseId: string, from: string, to: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('signon_campaigns')
        .set((eb) => ({ current_hash: to, version: eb('version', '+', 1), updated_at: at }))
        .where('release_id', '=', releaseId)
        .where('current_hash', '=', from)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    /** One sign-on. */
    get(id: string): Promise<SignonRow | undefined> {
      return db.selectFrom('signons').selectAll().where('id', '=', id).executeTakeFirst()
    },

    /** The sign-ons of a release, oldest first. */
    forRelease(releaseId: string): Promise<SignonRow[]> {
      return db
        .selectFrom('signons')
        .selectAll()
        .where('release_id', '=', releaseId)
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    },

    /**
     * The confirmed, unmerged, unrejected sign-ons of a release bound to another text than
     * `hash` and not yet asked to reconfirm for it.
     */
    stale(releaseId: string, hash: string): Promise<SignonRow[]> {
      return db
        .selectFrom('signons')
        .selectAll()
        .where('release_id', '=', releaseId)
        .where('confirmed_at', 'is not', null)
        .where('merged_into', 'is', null)
        .where('moderation', '!=', 'rejected')
        .where('signed_hash', '!=', hash)
        .where((eb) => eb.or([eb('reconfirm_hash', 'is', null), eb('reconfirm_hash', '!=', hash)]))
        .orderBy('created_at')
        .orderBy('id')
        .execute()
    },

    /** The sign-ons of a release with this merge key and address that are not merged away. */
    sameSigner(releaseId: string, orgKey: string, email: string): Promise<SignonRow[]> {
      return db
        .selectFrom('signons')
        .selectAll()
        .where('release_id', '=', releaseId)
        .where('org_key', '=', orgKey)
        .where('email', '=', email)
        .where('merged_into', 'is', null)
        .orderBy('created_at')
        .execute()
    },

    /** The earliest confirmed, unmerged, unrejected sign-on of a release with this key, other than `except`. */
    firstConfirmedWithKey(
      releaseId: string,
      orgKey: string,
      except: string,
    ): Promise<SignonRow | undefined> {
      return db
        .selectFrom('signons')
        .selectAll()
        .where('release_id', '=', releaseId)
        .where('org_key', '=', orgKey)
        .where('id', '!=', except)
        .where('confirmed_at', 'is not', null)
        .where('merged_into', 'is', null)
        .where('moderation', '!=', 'rejected')
        .orderBy('confirmed_at')
        .orderBy('id')
        .executeTakeFirst()
    },

    /** Adds a sign-on (and its uploaded logo). */
    async insert(
      row: SignonRow,
      logo: { id: string; mime: string; data: string } | null,
    ): Promise<void> {
      await db.insertInto('signons').values(row).execute()
      if (logo)
        await db
          .insertInto('signon_logos')
          .values({ ...logo, signon_id: row.id, created_at: row.created_at })
          .execute()
      await bump(row.release_id, row.created_at)
    },

    /** Replaces a sign-on's uploaded logo. */
    async putLogo(
      signonId: string,
      logo: { id: string; mime: string; data: string },
      at: string,
    ): Promise<void> {
      await db
        .insertInto('signon_logos')
        .values({ ...logo, signon_id: signonId, created_at: at })
        .execute()
    },

    /**
     * Changes a sign-on when `guard` holds (column values it must still have); answers whether
     * it changed. The guard makes a read-then-write safe against a concurrent change.
     */
    async update(
      id: string,
      patch: SignonPatch,
      at: string,
      guard: Partial<Record<'confirmed_at' | 'reconfirm_hash' | 'signed_hash', string | null>> = {},
    ): Promise<boolean> {
      let query = db
        .updateTable('signons')
        .set({ ...patch, updated_at: at })
        .where('id', '=', id)
      for (const [column, value] of Object.entries(guard) as [
        'confirmed_at' | 'reconfirm_hash' | 'signed_hash',
        string | null,
      ][])
        query = value === null ? query.where(column, 'is', null) : query.where(column, '=', value)
      const result = await query.executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) return false
      const row = await db
        .selectFrom('signons')
        .select('release_id')
        .where('id', '=', id)
        .executeTakeFirst()
      if (row) await bump(row.release_id, at)
      return true
    },

    /** A logo's type and base64 data. */
    logo(id: string) {
      return db.selectFrom('signon_logos').selectAll().where('id', '=', id).executeTakeFirst()
    },

    /** Records a link sent by e-mail. */
    async addLink(link: Row<'signon_links'>): Promise<void> {
      await db.insertInto('signon_links').values(link).execute()
    },

    /** A recorded link. */
    link(id: string) {
      return db.selectFrom('signon_links').selectAll().where('id', '=', id).executeTakeFirst()
    },

    /** Marks a link used; answers false when it was already used (a replay). */
    async useLink(id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('signon_links')
        .set({ used_at: at })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    /** Gives a link back (its use was rolled back because the e-mail could not be sent, say). */
    async unuseLink(id: string): Promise<void> {
      await db.updateTable('signon_links').set({ used_at: null }).where('id', '=', id).execute()
    },

    /** Every campaign of a coalition with its release's revision: the public lists' fingerprint. */
    stampRows(coalitionId: string) {
      return db
        .selectFrom('signon_campaigns as c')
        .innerJoin('releases as r', 'r.id', 'c.release_id')
        .select(['c.release_id', 'c.version', 'c.open', 'r.revision', 'r.status'])
        .where('c.coalition_id', '=', coalitionId)
        .orderBy('c.release_id')
        .execute()
    },
  }
}

/** The sign-on repository's interface. */
export type SignonRepository = ReturnType<typeof signonRepository>
