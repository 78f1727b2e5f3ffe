/**
 * The coalition directory: coalitions, their member organizations (names and boilerplates per
 * language) and the people of those organizations (titles per language, roles).
 */
import type { Kysely } from 'kysely'
import { fromJsonColumn, toJsonColumn } from '../json-column.js'
import type { Database, Row } from '../schema.js'
import { isUniqueViolation, StoreError } from '../store-error.js'

/** Text per language, keyed by BCP 47 tag. */
export type PerLang = Record<string, string>

/** An organization as read. */
export interface Organization {
  id: string
  coalitionId: string
  slug: string
  name: string
  names: PerLang
  boilerplates: PerLang
  website: string | null
  logoUrl: string | null
}

/** A person as read. */
export interface Person {
  id: string
  organizationId: string
  name: string
  titles: PerLang
  email: string | null
  phone: string | null
  spokesperson: boolean
  mediaContact: boolean
}

function toOrganization(row: Row<'organizations'>): Organization {
  return {
    id: row.id,
    coalitionId: row.coalition_id,
    slug: row.slug,
    name: row.name,
    names: fromJsonColumn<PerLang>(row.names, {}),
    boilerplates: fromJsonColumn<PerLang>(row.boilerplates, {}),
    website: row.website,
    logoUrl: row.logo_url,
  }
}

function toPerson(row: Row<'people'>): Person {
  return {
    id: row.id,
    organizationId: row.organization_id,
    name: row.name,
    titles: fromJsonColumn<PerLang>(row.titles, {}),
    email: row.email,
    phone: row.phone,
    spokesperson: row.is_spokesperson === 1,
    mediaContact: row.is_media_contact === 1,
  }
}

async function insertUnique(what: string, run: () => Promise<unknown>): Promise<void> {
  try {
    await run()
  } catch (error) {
    if (isUniqueViolation(error)) throw new StoreError('duplicate', `${what} exists already`)
    throw error
  }
}

/** Directory queries over one database. */
export function directoryRepository(db: Kysely<Database>) {
  return {
    /** Creates a coalition. */
    createCoalition(input: { id: string; slug: string; name: string; at: string }): Promise<void> {
      return insertUnique(`the coalition "${input.slug}"`, () =>
        db
          .insertInto('coalitions')
          .values({ id: input.id, slug: input.slug, name: input.name, created_at: input.at })
          .execute(),
      )
    },

    /** A coalition by id or slug. */
    coalition(idOrSlug: string): Promise<Row<'coalitions'> | undefined> {
      return db
        .selectFrom('coalitions')
        .selectAll()
        .where((eb) => eb.or([eb('id', '=', idOrSlug), eb('slug', '=', idOrSlug)]))
        .executeTakeFirst()
    },

    /** Every coalition, oldest first. */
    coalitions(): Promise<Row<'coalitions'>[]> {
      return db.selectFrom('coalitions').selectAll().orderBy('created_at').orderBy('id').execute()
    },

    /** Creates an organization. */
    createOrganization(
      input: Omit<Organization, 'logoUrl' | 'website'> & {
        website?: string | null
        logoUrl?: string | null
        at: string
      },
    ): Promise<void> {
      return insertUnique(`the organization "${input.slug}"`, () =>
        db
          .insertInto('organizations')
          .values({
            id: input.id,
            coalition_id: input.coalitionId,
            slug: input.slug,
            name: input.name,
            names: toJsonColumn(input.names),
            boilerplates: toJsonColumn(input.boilerplates),
            website: input.website ?? null,
            logo_url: input.logoUrl ?? null,
            created_at: input.at,
          })
          .execute(),
      )
    },

    /** Updates an organization's names, boilerplates and links. */
    async updateOrganization(
      id: string,
      changes: Partial<
        Pick<Organization, 'name' | 'names' | 'boilerplates' | 'website' | 'logoUrl'>
      >,
    ): Promise<void> {
      const set: Partial<Row<'organizations'>> = {}
      if (changes.name !== undefined) set.name = changes.name
      if (changes.names !== undefined) set.names = toJsonColumn(changes.names)
      if (changes.boilerplates !== undefined) set.boilerplates = toJsonColumn(changes.boilerplates)
      if (changes.website !== undefined) set.website = changes.website
      if (changes.logoUrl !== undefined) set.logo_url = changes.logoUrl
      if (Object.keys(set).length === 0) return
      const result = await db
        .updateTable('organizations')
        .set(set)
        .where('id', '=', id)
        .executeTakeFirst()
      if (Number(result.numUpdatedRows) !== 1)
        throw new StoreError('not-found', `no organization ${id}`)
    },

    /** An organization by id. */
    async organization(id: string): Promise<Organization | undefined> {
      const row = await db
        .selectFrom('organizations')
        .selectAll()
        .where('id', '=', id)
        .executeTakeFirst()
      return row && toOrganization(row)
    },

    /** An organization by coalition and slug. */
    async organizationBySlug(coalitionId: string, slug: string): Promise<Organization | undefined> {
      const row = await db
        .selectFrom('organizations')
        .selectAll()
        .where('coalition_id', '=', coalitionId)
        .where('slug', '=', slug)
        .executeTakeFirst()
      return row && toOrganization(row)
    },

    /** The organizations of a coalition, by name. */
    async organizations(coalitionId: string): Promise<Organization[]> {
      const rows = await db
        .selectFrom('organizations')
        .selectAll()
        .where('coalition_id', '=', coalitionId)
        .orderBy('name')
        .execute()
      return rows.map(toOrganization)
    },

    /** Creates a person. */
    async createPerson(input: Person & { at: string }): Promise<void> {
      await db
        .insertInto('people')
        .values({
          id: input.id,
          organization_id: input.organizationId,
          name: input.name,
          titles: toJsonColumn(input.titles),
          email: input.email,
          phone: input.phone,
          is_spokesperson: input.spokesperson ? 1 : 0,
          is_media_contact: input.mediaContact ? 1 : 0,
          created_at: input.at,
        })
        .execute()
    },

    /** A person by id. */
    async person(id: string): Promise<Person | undefined> {
      const row = await db.selectFrom('people').selectAll().where('id', '=', id).executeTakeFirst()
      return row && toPerson(row)
    },

    /** The people of an organization, by name. */
    async people(organizationId: string): Promise<Person[]> {
      const rows = await db
        .selectFrom('people')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('name')
        .execute()
      return rows.map(toPerson)
    },
  }
}

/** The directory repository's interface. */
export type DirectoryRepository = ReturnType<typeof directoryRepository>
