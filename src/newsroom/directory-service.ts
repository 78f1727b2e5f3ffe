/**
 * Directory operations: coalitions, organizations and their people, with access checks.
 * Organization profiles are public (they appear in the public newsroom); changes need editors.
 */
import { randomUUID } from 'node:crypto'
import {
  directoryRepository,
  type Organization,
  type Person,
  type Store,
  StoreError,
} from '../store/index.js'
import { type Actor, canEditOrganization, isCoalitionMember } from './access.js'
import { type Clock, isoNow } from './clock.js'
import { NewsroomError } from './newsroom-error.js'
import { slugify } from './release-service.js'

/** Input for a new organization. */
export interface OrganizationInput {
  name: string
  names?: Record<string, string>
  boilerplates?: Record<string, string>
  website?: string | null
  logoUrl?: string | null
  slug?: string
}

/** Input for a new person. */
export interface PersonInput {
  name: string
  titles?: Record<string, string>
  email?: string | null
  phone?: string | null
  spokesperson?: boolean
  mediaContact?: boolean
}

function refuse(error: unknown): never {
  if (error instanceof StoreError)
    throw new NewsroomError(error.code === 'duplicate' ? 'conflict' : error.code, error.message)
  throw error
}

/** Directory operations over one store. */
export function directoryService(store: Store, clock: Clock) {
  const repo = directoryRepository(store.db)

  async function organization(id: string): Promise<Organization> {
    const org = await repo.organization(id)
    if (!org) throw new NewsroomError('not-found', `no organization ${id}`)
    return org
  }

  return {
    repo,

    /** Creates a coalition (seeding and operators). */
    async createCoalition(name: string, slug = slugify(name)): Promise<string> {
      const id = randomUUID()
      await repo.createCoalition({ id, slug, name, at: isoNow(clock) }).catch(refuse)
      return id
    },

    /** Creates an organization in a coalition; `actor` null is for seeding only. */
    async createOrganization(
      actor: Actor | null | 'system',
      coalitionId: string,
      input: OrganizationInput,
    ): Promise<Organization> {
      if (actor !== 'system' && !isCoalitionMember(actor, coalitionId))
        throw new NewsroomError('forbidden', 'only members of the coalition can add organizations')
      const id = randomUUID()
      await repo
        .createOrganization({
          id,
          coalitionId,
          slug: slugify(input.slug ?? input.name),
          name: input.name,
          names: input.names ?? {},
          boilerplates: input.boilerplates ?? {},
          website: input.website ?? null,
          logoUrl: input.logoUrl ?? null,
          at: isoNow(clock),
        })
        .catch(refuse)
      return organization(id)
    },

    /** Changes an organization's profile; editors of that organization only. */
    async updateOrganization(
      actor: Actor | null,
      id: string,
      changes: Partial<OrganizationInput>,
    ): Promise<Organization> {
      await organization(id)
      if (!canEditOrganization(actor, id))
        throw new NewsroomError('forbidden', 'only editors of this organization can change it')
      const { slug: _slug, ...rest } = changes
      await repo.updateOrganization(id, rest).catch(refuse)
      return organization(id)
    },

    /** One organization (profiles are public). */
    organization,

    /** The organizations of a coalition. */
    organizations: (coalitionId: string) => repo.organizations(coalitionId),

    /** Adds a person to an organization; editors of that organization, or 'system'. */
    async createPerson(
      actor: Actor | null | 'system',
      organizationId: string,
      input: PersonInput,
    ): Promise<Person> {
      await organization(organizationId)
      if (actor !== 'system' && !canEditOrganization(actor, organizationId))
        throw new NewsroomError('forbidden', 'only editors of this organization can add people')
      const person: Person = {
        id: randomUUID(),
        organizationId,
        name: input.name,
        titles: input.titles ?? {},
        email: input.email ?? null,
        phone: input.phone ?? null,
        spokesperson: input.spokesperson ?? false,
        mediaContact: input.mediaContact ?? false,
      }
      await repo.createPerson({ ...person, at: isoNow(clock) })
      return person
    },

    /** The people of an organization; their contact details only for coalition members. */
    async people(actor: Actor | null, organizationId: string): Promise<Person[]> {
      const org = await organization(organizationId)
      const people = await repo.people(organizationId)
      if (isCoalitionMember(actor, org.coalitionId)) return people
      return people.map((p) => ({ ...p, email: null, phone: null }))
    },
  }
}

/** The directory service's interface. */
export type DirectoryService = ReturnType<typeof directoryService>
