/**
 * Accounts: users, their memberships in organizations (with a role), sessions and invitations.
 * Secrets are never stored in the clear: sessions and invitations keep only token hashes, users
 * only password hashes (made by the newsroom's password module).
 */
import type { Kysely } from 'kysely'
import type { Database, Row } from '../schema.js'
import { isUniqueViolation, StoreError } from '../store-error.js'

/** A role in an organization, from most to least powerful. */
export type Role = 'admin' | 'editor' | 'spokesperson' | 'viewer'

/** Every role, most powerful first. */
export const roles: readonly Role[] = ['admin', 'editor', 'spokesperson', 'viewer']

/** A membership joined with its organization's coalition. */
export interface Membership {
  userId: string
  organizationId: string
  coalitionId: string
  role: Role
}

/** Account queries over one database. */
export function accountRepository(db: Kysely<Database>) {
  return {
    /** Creates a user; the e-mail is stored lower-cased and must be unique. */
    async createUser(input: {
      id: string
      email: string
      name: string
      passwordHash: string
      locale: string
      at: string
    }): Promise<void> {
      try {
        await db
          .insertInto('users')
          .values({
            id: input.id,
            email: input.email.trim().toLowerCase(),
            name: input.name,
            password_hash: input.passwordHash,
            locale: input.locale,
            created_at: input.at,
          })
          .execute()
      } catch (error) {
        if (isUniqueViolation(error))
          throw new StoreError('duplicate', 'an account with this e-mail exists')
        throw error
      }
    },

    /** A user by e-mail (case-insensitive). */
    userByEmail(email: string): Promise<Row<'users'> | undefined> {
      return db
        .selectFrom('users')
        .selectAll()
        .where('email', '=', email.trim().toLowerCase())
        .executeTakeFirst()
    },

    /** A user by id. */
    user(id: string): Promise<Row<'users'> | undefined> {
      return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst()
    },

    /** Gives a user a role in an organization (replacing an earlier role). */
    async setMembership(input: {
      userId: string
      organizationId: string
      role: Role
      at: string
    }): Promise<void> {
      const replace = async (trx: Kysely<Database>) => {
        await trx
          .deleteFrom('memberships')
          .where('user_id', '=', input.userId)
          .where('organization_id', '=', input.organizationId)
          .execute()
        await trx
          .insertInto('memberships')
          .values({
            user_id: input.userId,
            organization_id: input.organizationId,
            role: input.role,
            created_at: input.at,
          })
          .execute()
      }
      // Inside a caller's transaction (accepting an invitation) it joins that one.
      if (db.isTransaction) await replace(db)
      else await db.transaction().execute(replace)
    },

    /** A user's memberships with their coalitions. */
    async memberships(userId: string): Promise<Membership[]> {
      const rows = await db
        .selectFrom('memberships')
        .innerJoin('organizations', 'organizations.id', 'memberships.organization_id')
        .select([
          'memberships.user_id',
          'memberships.organization_id',
          'memberships.role',
          'organizations.coalition_id',
        ])
        .where('memberships.user_id', '=', userId)
        .execute()
      return rows.map((r) => ({
        userId: r.user_id,
        organizationId: r.organization_id,
        coalitionId: r.coalition_id,
        role: r.role as Role,
      }))
    },

    /** Records a session by the hash of its token. */
    async createSession(input: {
      idHash: string
      userId: string
      csrfToken: string
      at: string
      expiresAt: string
    }): Promise<void> {
      await db
        .insertInto('sessions')
        .values({
          id_hash: input.idHash,
          user_id: input.userId,
          csrf_token: input.csrfToken,
          created_at: input.at,
          expires_at: input.expiresAt,
        })
        .execute()
    },

    /** A session that has not expired at `now`. */
    session(idHash: string, now: string): Promise<Row<'sessions'> | undefined> {
      return db
        .selectFrom('sessions')
        .selectAll()
        .where('id_hash', '=', idHash)
        .where('expires_at', '>', now)
        .executeTakeFirst()
    },

    /** Ends a session. */
    async deleteSession(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute()
    },

    /** Records an invitation by the hash of its token. */
    async createInvitation(input: {
      id: string
      tokenHash: string
      organizationId: string
      role: Role
      email: string | null
      createdBy: string
      at: string
      expiresAt: string
    }): Promise<void> {
      await db
        .insertInto('invitations')
        .values({
          id: input.id,
          token_hash: input.tokenHash,
          organization_id: input.organizationId,
          role: input.role,
          email: input.email,
          created_by: input.createdBy,
          created_at: input.at,
          expires_at: input.expiresAt,
          accepted_at: null,
          accepted_by: null,
        })
        .execute()
    },

    /** An invitation by the hash of its token. */
    invitation(tokenHash: string): Promise<Row<'invitations'> | undefined> {
      return db
        .selectFrom('invitations')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst()
    },

    /** Marks an invitation accepted, once: answers false when it was accepted already. */
    async acceptInvitation(id: string, userId: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('invitations')
        .set({ accepted_at: at, accepted_by: userId })
        .where('id', '=', id)
        .where('accepted_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) === 1
    },
  }
}

/** The account repository's interface. */
export type AccountRepository = ReturnType<typeof accountRepository>
