/**
 * Account operations: sign-up through an invitation, sign-in and sign-out, sessions and their
 * CSRF tokens, and invitations by link. Tokens go to the user; only their hashes are stored.
 */
import { randomUUID } from 'node:crypto'
import { accountRepository, type Role, roles, type Store, StoreError } from '../store/index.js'
import { type Actor, canInvite } from './access.js'
import { type Clock, isoNow } from './clock.js'
import { NewsroomError } from './newsroom-error.js'
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets.js'

/** How long a session lasts. */
export const sessionLifetimeMs = 14 * 24 * 3600 * 1000
/** How long an invitation link stays valid. */
export const invitationLifetimeMs = 7 * 24 * 3600 * 1000
/** The shortest password accepted. */
export const minPasswordLength = 10

/** A new session: the token goes in the cookie, the CSRF token in pages and headers. */
export interface SessionGrant {
  token: string
  csrfToken: string
  expiresAt: string
  userId: string
}

// A real hash to compare against when the e-mail is unknown, so timing does not reveal accounts.
const decoyHash = hashPassword('decoy password that never matches')

/** Account operations over one store. */
export function accountService(store: Store, clock: Clock) {
  const repo = accountRepository(store.db)

  async function grant(userId: string): Promise<SessionGrant> {
    const token = newToken()
    const csrfToken = newToken(24)
    const at = clock.now()
    const expiresAt = new Date(at.getTime() + sessionLifetimeMs).toISOString()
    await repo.createSession({
      idHash: hashToken(token),
      userId,
      csrfToken,
      at: at.toISOString(),
      expiresAt,
    })
    return { token, csrfToken, expiresAt, userId }
  }

  /** Validates a new account's input and hashes its password (before any transaction). */
  async function newUser(input: {
    email: string
    name: string
    password: string
    locale?: string | undefined
  }) {
    if (input.password.length < minPasswordLength)
      throw new NewsroomError(
        'invalid',
        `a password needs at least ${minPasswordLength} characters`,
      )
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(input.email.trim()))
      throw new NewsroomError('invalid', 'that is not an e-mail address')
    return {
      id: randomUUID(),
      email: input.email,
      name: input.name.trim() || input.email,
      passwordHash: await hashPassword(input.password),
      locale: input.locale ?? 'en',
      at: isoNow(clock),
    }
  }

  async function insertUser(
    target: ReturnType<typeof accountRepository>,
    user: Awaited<ReturnType<typeof newUser>>,
  ): Promise<void> {
    try {
      await target.createUser(user)
    } catch (error) {
      if (error instanceof StoreError) throw new NewsroomError('conflict', error.message)
      throw error
    }
  }

  return {
    /** Creates a user directly (seeding, first admin); the password is hashed here. */
    async createUser(input: {
      email: string
      name: string
      password: string
      locale?: string | undefined
    }): Promise<string> {
      const user = await newUser(input)
      await insertUser(repo, user)
      return user.id
    },

    /** Signs in with e-mail and password; the same refusal for an unknown e-mail and a wrong password. */
    async signIn(email: string, password: string): Promise<SessionGrant> {
      const user = await repo.userByEmail(email)
      const ok = await verifyPassword(password, user?.password_hash ?? (await decoyHash))
      if (!user || !ok)
        throw new NewsroomError('unauthenticated', 'the e-mail or the password is not right')
      return grant(user.id)
    },

    /** The actor and CSRF token of a session token, or null when it is unknown or expired. */
    async session(
      token: string | undefined,
    ): Promise<{ actor: Actor; csrfToken: string; locale: string } | null> {
      if (!token) return null
      const session = await repo.session(hashToken(token), isoNow(clock))
      if (!session) return null
      const user = await repo.user(session.user_id)
      if (!user) return null
      return {
        actor: { userId: user.id, name: user.name, memberships: await repo.memberships(user.id) },
        csrfToken: session.csrf_token,
        locale: user.locale,
      }
    },

    /** Ends a session. */
    async signOut(token: string): Promise<void> {
      await repo.deleteSession(hashToken(token))
    },

    /** Gives a user a role in an organization (for seeding and admins). */
    async addMember(userId: string, organizationId: string, role: Role): Promise<void> {
      await repo.setMembership({ userId, organizationId, role, at: isoNow(clock) })
    },

    /** Creates an invitation link token for an organization; admins only. */
    async invite(
      actor: Actor | null,
      organizationId: string,
      role: string,
      email: string | null,
    ): Promise<{ token: string; expiresAt: string }> {
      if (!actor) throw new NewsroomError('unauthenticated', 'sign in to invite people')
      if (!canInvite(actor, organizationId))
        throw new NewsroomError('forbidden', 'only admins of the organization can invite people')
      if (!(roles as readonly string[]).includes(role))
        throw new NewsroomError('invalid', `"${role}" is not a role`)
      const token = newToken()
      const at = clock.now()
      const expiresAt = new Date(at.getTime() + invitationLifetimeMs).toISOString()
      await repo.createInvitation({
        id: randomUUID(),
        tokenHash: hashToken(token),
        organizationId,
        role: role as Role,
        email,
        createdBy: actor.userId,
        at: at.toISOString(),
        expiresAt,
      })
      return { token, expiresAt }
    },

    /** Accepts an invitation: creates the account and membership, and signs the new user in. */
    async acceptInvitation(
      token: string,
      input: { email: string; name: string; password: string; locale?: string | undefined },
    ): Promise<SessionGrant> {
      const invitation = await repo.invitation(hashToken(token))
      if (!invitation || invitation.accepted_at || invitation.expires_at <= isoNow(clock))
        throw new NewsroomError(
          'not-found',
          'this invitation link is not valid: it was used, it expired, or it never existed',
        )
      if (invitation.email && invitation.email.toLowerCase() !== input.email.trim().toLowerCase())
        throw new NewsroomError('forbidden', 'this invitation is for another e-mail address')
      const user = await newUser(input)
      // Claim, account and membership are one transaction: two people racing for one link
      // leave exactly one account with its membership, and the loser's account is not made.
      await store.db.transaction().execute(async (trx) => {
        const tx = accountRepository(trx)
        await insertUser(tx, user)
        if (!(await tx.acceptInvitation(invitation.id, user.id, user.at)))
          throw new NewsroomError('conflict', 'this invitation was used a moment ago')
        await tx.setMembership({
          userId: user.id,
          organizationId: invitation.organization_id,
          role: invitation.role as Role,
          at: user.at,
        })
      })
      return grant(user.id)
    },
  }
}

/** The account service's interface. */
export type AccountService = ReturnType<typeof accountService>
