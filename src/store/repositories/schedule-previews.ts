/**
 * Preview links of embargoed releases and their views: who got a link, when it expires, whether
 * it was revoked, and every time it was opened.
 */
import type { Kysely } from 'kysely'
import type { Database, Row } from '../schema.js'

/** A preview link as read, with how often and when it was last viewed. */
export interface PreviewLink {
  id: string
  releaseId: string
  email: string
  name: string
  issuedBy: string | null
  issuedAt: string
  expiresAt: string
  revokedAt: string | null
  revokedBy: string | null
  views: number
  lastViewedAt: string | null
}

/** What {@link PreviewRepository.add} writes. */
export interface NewPreviewLink {
  id: string
  releaseId: string
  email: string
  name: string
  issuedBy: string | null
  at: string
  expiresAt: string
}

function toLink(
  row: Row<'preview_links'>,
  views: { count: number; last: string | null } = { count: 0, last: null },
): PreviewLink {
  return {
    id: row.id,
    releaseId: row.release_id,
    email: row.recipient_email,
    name: row.recipient_name,
    issuedBy: row.issued_by,
    issuedAt: row.issued_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    views: views.count,
    lastViewedAt: views.last,
  }
}

/** Preview link queries over one database. */
export function previewRepository(db: Kysely<Database>) {
  return {
    /** Records an issued link. */
    async add(input: NewPreviewLink): Promise<void> {
      await db
        .insertInto('preview_links')
        .values({
          id: input.id,
          release_id: input.releaseId,
          recipient_email: input.email,
          recipient_name: input.name,
          issued_by: input.issuedBy,
          issued_at: input.at,
          expires_at: input.expiresAt,
          revoked_at: null,
          revoked_by: null,
        })
        .execute()
    },

    /** One link, or undefined. */
    async get(id: string): Promise<PreviewLink | undefined> {
      const row = await db
        .selectFrom('preview_links')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row && toLink(row)
    },

    /** A release's links, oldest first, with their view counts. */
    async forRelease(releaseId: string): Promise<PreviewLink[]> {
      const [rows, views] = await Promise.all([
        db
          .selectFrom('preview_links')
          .selectAll()
          .where('release_id', '=', releaseId)
          .orderBy('issued_at')
          .orderBy('id')
          .execute(),
        db
          .selectFrom('preview_views')
          .select((eb) => [
            'link_id',
            eb.fn.countAll<string | number>().as('count'),
            eb.fn.max('viewed_at').as('last'),
          ])
          .where('release_id', '=', releaseId)
          .groupBy('link_id')
          .execute(),
      ])
      const byLink = new Map(
        views.map((v) => [v.link_id, { count: Number(v.count), last: v.last ?? null }]),
      )
      return rows.map((row) => toLink(row, byLink.get(row.id)))
    },

    /** Revokes a link if it is not revoked yet; answers whether this call revoked it. */
    async revoke(id: string, by: string | null, at: string): Promise<boolean> {
      const result = await db
        .updateTable('preview_links')
        .set({ revoked_at: at, revoked_by: by })
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },

    /** Logs one view. */
    async addView(input: {
      id: string
      linkId: string
      releaseId: string
      at: string
      userAgent: string | null
    }): Promise<void> {
      await db
        .insertInto('preview_views')
        .values({
          id: input.id,
          link_id: input.linkId,
          release_id: input.releaseId,
          viewed_at: input.at,
          user_agent: input.userAgent,
        })
        .execute()
    },
  }
}

/** The preview repository's interface. */
export type PreviewRepository = ReturnType<typeof previewRepository>
