/**
 * Releases and their revisions. Every save is a new revision numbered one past the current one;
 * a save based on a stale revision is refused (optimistic concurrency), and a release and its
 * first revision are written in one transaction, so a crash never leaves half a release.
 */
import type { Kysely } from 'kysely'
import { fromJsonColumn, toJsonColumn } from '../json-column.js'
import type { Database, Row } from '../schema.js'
import { isUniqueViolation, StoreError } from '../store-error.js'

/** The text of one language version as stored in a revision. */
export interface StoredVersion {
  lang: string
  text: string
}

/** What a revision holds. */
export interface RevisionContent {
  versions: StoredVersion[]
}

/** A revision as read. */
export interface Revision {
  id: string
  releaseId: string
  number: number
  authorId: string | null
  createdAt: string
  content: RevisionContent
  note: string | null
}

/** Input of {@link ReleaseRepository.create}. */
export interface NewRelease {
  id: string
  coalitionId: string
  slug: string
  status: string
  createdBy: string | null
  at: string
  revisionId: string
  content: RevisionContent
  organizationIds?: string[]
  contactIds?: string[]
}

/** Input of {@link ReleaseRepository.saveRevision}. */
export interface NewRevision {
  releaseId: string
  /** The revision number the author started from; the save is refused if it is not current. */
  baseRevision: number
  revisionId: string
  authorId: string | null
  at: string
  content: RevisionContent
  note?: string | null
}

function toRevision(row: Row<'revisions'>): Revision {
  return {
    id: row.id,
    releaseId: row.release_id,
    number: row.number,
    authorId: row.author_id,
    createdAt: row.created_at,
    content: fromJsonColumn<RevisionContent>(row.content, { versions: [] }),
    note: row.note,
  }
}

/** Release and revision queries over one database. */
export function releaseRepository(db: Kysely<Database>) {
  return {
    /** Creates a release with its first revision, organizations and contacts, atomically. */
    async create(input: NewRelease): Promise<void> {
      try {
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto('releases')
            .values({
              id: input.id,
              coalition_id: input.coalitionId,
              slug: input.slug,
              status: input.status,
              revision: 1,
              created_by: input.createdBy,
              created_at: input.at,
              updated_at: input.at,
              published_at: null,
            })
            .execute()
          await trx
            .insertInto('revisions')
            .values({
              id: input.revisionId,
              release_id: input.id,
              number: 1,
              author_id: input.createdBy,
              created_at: input.at,
              content: toJsonColumn(input.content),
              note: null,
            })
            .execute()
          const orgs = input.organizationIds ?? []
          if (orgs.length)
            await trx
              .insertInto('release_organizations')
              .values(
                orgs.map((organization_id, position) => ({
                  release_id: input.id,
                  organization_id,
                  position,
                })),
              )
              .execute()
          const contacts = input.contactIds ?? []
          if (contacts.length)
            await trx
              .insertInto('release_contacts')
              .values(
                contacts.map((person_id, position) => ({
                  release_id: input.id,
                  person_id,
                  position,
                })),
              )
              .execute()
        })
      } catch (error) {
        if (isUniqueViolation(error))
          throw new StoreError('duplicate', `a release with the slug "${input.slug}" exists`)
        throw error
      }
    },

    /** Saves a new revision on top of `baseRevision`; refuses with a conflict when it is stale. */
    async saveRevision(input: NewRevision): Promise<Revision> {
      const number = input.baseRevision + 1
      try {
        return await db.transaction().execute(async (trx) => {
          const moved = await trx
            .updateTable('releases')
            .set({ revision: number, updated_at: input.at })
            .where('id', '=', input.releaseId)
            .where('revision', '=', input.baseRevision)
            .executeTakeFirst()
          if (Number(moved.numUpdatedRows) !== 1) {
            const current = await trx
              .selectFrom('releases')
              .select('revision')
              .where('id', '=', input.releaseId)
              .executeTakeFirst()
            if (!current) throw new StoreError('not-found', `no release ${input.releaseId}`)
            throw new StoreError(
              'conflict',
              `revision ${input.baseRevision} is stale: the release is at revision ${current.revision}`,
            )
          }
          const row = {
            id: input.revisionId,
            release_id: input.releaseId,
            number,
            author_id: input.authorId,
            created_at: input.at,
            content: toJsonColumn(input.content),
            note: input.note ?? null,
          }
          await trx.insertInto('revisions').values(row).execute()
          return toRevision(row)
        })
      } catch (error) {
        if (isUniqueViolation(error))
          throw new StoreError('conflict', `revision ${number} was saved by someone else first`)
        throw error
      }
    },

    /** A release row, or undefined. */
    get(id: string): Promise<Row<'releases'> | undefined> {
      return db.selectFrom('releases').selectAll().where('id', '=', id).executeTakeFirst()
    },

    /** A release by coalition and slug, or undefined. */
    getBySlug(coalitionId: string, slug: string): Promise<Row<'releases'> | undefined> {
      return db
        .selectFrom('releases')
        .selectAll()
        .where('coalition_id', '=', coalitionId)
        .where('slug', '=', slug)
        .executeTakeFirst()
    },

    /** Releases of a coalition, newest first, optionally only in some statuses. */
    list(coalitionId: string, statuses?: string[]): Promise<Row<'releases'>[]> {
      let query = db.selectFrom('releases').selectAll().where('coalition_id', '=', coalitionId)
      if (statuses?.length) query = query.where('status', 'in', statuses)
      return query.orderBy('updated_at', 'desc').orderBy('id').execute()
    },

    /** Changes the status (and the publication time when given). */
    async setStatus(
      id: string,
      status: string,
      at: string,
      publishedAt?: string | null,
    ): Promise<void> {
      const result = await db
        .updateTable('releases')
        .set({
          status,
          updated_at: at,
          ...(publishedAt !== undefined ? { published_at: publishedAt } : {}),
        })
        .where('id', '=', id)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1) throw new StoreError('not-found', `no release ${id}`)
    },

    /** One revision by number, or undefined. */
    async revision(releaseId: string, number: number): Promise<Revision | undefined> {
      const row = await db
        .selectFrom('revisions')
        .selectAll()
        .where('release_id', '=', releaseId)
        .where('number', '=', number)
        .executeTakeFirst()
      return row && toRevision(row)
    },

    /** Every revision of a release, oldest first. */
    async revisions(releaseId: string): Promise<Revision[]> {
      const rows = await db
        .selectFrom('revisions')
        .selectAll()
        .where('release_id', '=', releaseId)
        .orderBy('number')
        .execute()
      return rows.map(toRevision)
    },

    /** The co-issuing organizations' ids, in order. */
    async organizationIds(releaseId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('release_organizations')
        .select('organization_id')
        .where('release_id', '=', releaseId)
        .orderBy('position')
        .execute()
      return rows.map((r) => r.organization_id)
    },

    /** The media contacts' person ids, in order. */
    async contactIds(releaseId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('release_contacts')
        .select('person_id')
        .where('release_id', '=', releaseId)
        .orderBy('position')
        .execute()
      return rows.map((r) => r.person_id)
    },
  }
}

/** The release repository's interface. */
export type ReleaseRepository = ReturnType<typeof releaseRepository>
