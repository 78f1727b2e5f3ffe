/**
 * Quote approval storage: editors' person links, approval requests and their answers, appearance
 * choices and co-issuer sign-offs. Answers are compare-and-set updates (a request answered or
 * superseded once stays so), so two clicks on one link record one answer.
 */
import type { Kysely } from 'kysely'
import { fromJsonColumn, toJsonColumn } from '../json-column.js'
import type { Database, Row } from '../schema.js'
import { isUniqueViolation } from '../store-error.js'

/** Text per language. */
type PerLang = Record<string, string>

/** An approval request as read. */
export interface QuoteApprovalRow {
  id: string
  releaseId: string
  quoteKey: string
  personId: string | null
  sentTo: string
  tokenId: string
  hashes: PerLang
  texts: PerLang
  status: 'requested' | 'approved' | 'changes-requested'
  comment: string | null
  requestedBy: string | null
  requestedAt: string
  expiresAt: string
  answeredAt: string | null
  supersededAt: string | null
  voidedAt: string | null
}

/** How a quote's speaker appears in public. */
export interface QuoteAppearanceRow {
  quoteKey: string
  mode: 'full' | 'first' | 'description'
  descriptions: PerLang
  showTitle: boolean
  showCity: boolean
  showPhoto: boolean
  setBy: string
  updatedAt: string
}

/** A co-issuer's sign-off as read. */
export interface SignoffRow {
  organizationId: string
  contentHash: string
  revision: number
  userId: string
  createdAt: string
}

function toApproval(row: Row<'quote_approvals'>): QuoteApprovalRow {
  return {
    id: row.id,
    releaseId: row.release_id,
    quoteKey: row.quote_key,
    personId: row.person_id,
    sentTo: row.sent_to,
    tokenId: row.token_id,
    hashes: fromJsonColumn<PerLang>(row.hashes, {}),
    texts: fromJsonColumn<PerLang>(row.texts, {}),
    status: row.status as QuoteApprovalRow['status'],
    comment: row.comment,
    requestedBy: row.requested_by,
    requestedAt: row.requested_at,
    expiresAt: row.expires_at,
    answeredAt: row.answered_at,
    supersededAt: row.superseded_at,
    voidedAt: row.voided_at,
  }
}

function toAppearance(row: Row<'quote_appearances'>): QuoteAppearanceRow {
  const mode = row.mode === 'first' || row.mode === 'description' ? row.mode : 'full'
  return {
    quoteKey: row.quote_key,
    mode,
    descriptions: fromJsonColumn<PerLang>(row.descriptions, {}),
    showTitle: Number(row.show_title) === 1,
    showCity: Number(row.show_city) === 1,
    showPhoto: Number(row.show_photo) === 1,
    setBy: row.set_by,
    updatedAt: row.updated_at,
  }
}

/** Quote queries over one database (or one transaction). */
export function quoteRepository(db: Kysely<Database>) {
  return {
    /** The person links editors set on a release's quotes, by quote key. */
    async links(releaseId: string): Promise<Map<string, string>> {
      const rows = await db
        .selectFrom('quote_links')
        .select(['quote_key', 'person_id'])
        .where('release_id', '=', releaseId)
        .execute()
      return new Map(rows.map((r) => [r.quote_key, r.person_id]))
    },

    /** Sets (or replaces) the person a quote is linked to. */
    async setLink(input: {
      releaseId: string
      quoteKey: string
      personId: string
      setBy: string | null
      at: string
    }): Promise<void> {
      await db
        .insertInto('quote_links')
        .values({
          release_id: input.releaseId,
          quote_key: input.quoteKey,
          person_id: input.personId,
          set_by: input.setBy,
          updated_at: input.at,
        })
        .onConflict((oc) =>
          oc.columns(['release_id', 'quote_key']).doUpdateSet({
            person_id: input.personId,
            set_by: input.setBy,
            updated_at: input.at,
          }),
        )
        .execute()
    },

    /** Every approval request of a release, oldest first. */
    async approvals(releaseId: string): Promise<QuoteApprovalRow[]> {
      const rows = await db
        .selectFrom('quote_approvals')
        .selectAll()
        .where('release_id', '=', releaseId)
        .orderBy('requested_at')
        .orderBy('id')
        .execute()
      return rows.map(toApproval)
    },

    /** One approval request by id. */
    async approval(id: string): Promise<QuoteApprovalRow | undefined> {
      const row = await db
        .selectFrom('quote_approvals')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row && toApproval(row)
    },

    /**
     * Records a new request and marks every earlier open or answered request of the same quote
     * superseded, in one transaction.
     */
    async request(input: {
      id: string
      releaseId: string
      quoteKey: string
      personId: string | null
      sentTo: string
      tokenId: string
      hashes: PerLang
      texts: PerLang
      requestedBy: string | null
      at: string
      expiresAt: string
    }): Promise<void> {
      // A request racing this one for the same quote makes the unique index on current requests
      // refuse one insert; that one tries again and supersedes the other.
      for (let attempt = 0; ; attempt++) {
        try {
          await db.transaction().execute(async (tx) => {
            await tx
              .updateTable('quote_approvals')
              .set({ superseded_at: input.at })
              .where('release_id', '=', input.releaseId)
              .where('quote_key', '=', input.quoteKey)
              .where('superseded_at', 'is', null)
              .execute()
            await tx
              .insertInto('quote_approvals')
              .values({
                id: input.id,
                release_id: input.releaseId,
                quote_key: input.quoteKey,
                person_id: input.personId,
                sent_to: input.sentTo,
                token_id: input.tokenId,
                hashes: toJsonColumn(input.hashes),
                texts: toJsonColumn(input.texts),
                status: 'requested',
                comment: null,
                requested_by: input.requestedBy,
                requested_at: input.at,
                expires_at: input.expiresAt,
                answered_at: null,
                superseded_at: null,
                voided_at: null,
              })
              .execute()
          })
          return
        } catch (error) {
          if (attempt >= 5 || !isUniqueViolation(error)) throw error
        }
      }
    },

    /**
     * Records the answer of an open, current request. Answers false when the request was already
     * answered or superseded (nothing is written then).
     */
    async answer(input: {
      id: string
      status: 'approved' | 'changes-requested'
      comment: string | null
      at: string
    }): Promise<boolean> {
      const result = await db
        .updateTable('quote_approvals')
        .set({ status: input.status, comment: input.comment, answered_at: input.at })
        .where('id', '=', input.id)
        .where('status', '=', 'requested')
        .where('superseded_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    /** Marks an approval voided; answers whether this call did it (false if it was already). */
    async markVoided(id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('quote_approvals')
        .set({ voided_at: at })
        .where('id', '=', id)
        .where('voided_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    /** The appearance choices of a release's quotes, by quote key. */
    async appearances(releaseId: string): Promise<Map<string, QuoteAppearanceRow>> {
      const rows = await db
        .selectFrom('quote_appearances')
        .selectAll()
        .where('release_id', '=', releaseId)
        .execute()
      return new Map(rows.map((r) => [r.quote_key, toAppearance(r)]))
    },

    /** Sets (or replaces) the appearance of a quote's speaker. */
    async setAppearance(
      releaseId: string,
      input: Omit<QuoteAppearanceRow, 'updatedAt'> & { at: string },
    ): Promise<void> {
      const values = {
        mode: input.mode,
        descriptions: toJsonColumn(input.descriptions),
        show_title: input.showTitle ? 1 : 0,
        show_city: input.showCity ? 1 : 0,
        show_photo: input.showPhoto ? 1 : 0,
        set_by: input.setBy,
        updated_at: input.at,
      }
      await db
        .insertInto('quote_appearances')
        .values({ release_id: releaseId, quote_key: input.quoteKey, ...values })
        .onConflict((oc) => oc.columns(['release_id', 'quote_key']).doUpdateSet(values))
        .execute()
    },

    /**
     * A fingerprint of a coalition's appearance choices and person links (every row's content,
     * so two changes in one millisecond still change it), for the public site's cache check.
     */
    async stamp(coalitionId: string): Promise<string> {
      const ofCoalition = db
        .selectFrom('releases')
        .select('id')
        .where('coalition_id', '=', coalitionId)
      const [appearances, links] = await Promise.all([
        db
          .selectFrom('quote_appearances')
          .select([
            'release_id',
            'quote_key',
            'mode',
            'descriptions',
            'show_title',
            'show_city',
            'show_photo',
          ])
          .where('release_id', 'in', ofCoalition)
          .orderBy('release_id')
          .orderBy('quote_key')
          .execute(),
        db
          .selectFrom('quote_links')
          .select(['release_id', 'quote_key', 'person_id'])
          .where('release_id', 'in', ofCoalition)
          .orderBy('release_id')
          .orderBy('quote_key')
          .execute(),
      ])
      return JSON.stringify([appearances.map(Object.values), links.map(Object.values)])
    },

    /** The e-mail addresses of an organization's admins (who answer for people without one). */
    async adminEmails(organizationId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select('users.email')
        .where('memberships.organization_id', '=', organizationId)
        .where('memberships.role', '=', 'admin')
        .orderBy('users.email')
        .execute()
      return rows.map((r) => r.email)
    },

    /** Every sign-off of a release, oldest first. */
    async signoffs(releaseId: string): Promise<SignoffRow[]> {
      const rows = await db
        .selectFrom('release_signoffs')
        .selectAll()
        .where('release_id', '=', releaseId)
        .orderBy('created_at')
        .execute()
      return rows.map((r) => ({
        organizationId: r.organization_id,
        contentHash: r.content_hash,
        revision: Number(r.revision),
        userId: r.user_id,
        createdAt: r.created_at,
      }))
    },

    /** Records a sign-off; answers false when the organization had signed this text already. */
    async signOff(input: {
      id: string
      releaseId: string
      organizationId: string
      contentHash: string
      revision: number
      userId: string
      at: string
    }): Promise<boolean> {
      try {
        await db
          .insertInto('release_signoffs')
          .values({
            id: input.id,
            release_id: input.releaseId,
            organization_id: input.organizationId,
            content_hash: input.contentHash,
            revision: input.revision,
            user_id: input.userId,
            created_at: input.at,
          })
          .execute()
        return true
      } catch (error) {
        if (isUniqueViolation(error)) return false
        throw error
      }
    },
  }
}

/** The quote repository's interface. */
export type QuoteRepository = ReturnType<typeof quoteRepository>
