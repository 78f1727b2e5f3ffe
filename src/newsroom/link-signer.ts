/**
 * Signed links: a token that carries its purpose, subject and expiry, signed with HMAC-SHA256
 * under the installation's key (made once and kept in the settings table). Links sent to people
 * without an account — quote approvals, embargo previews, sign-on confirmations, unsubscribes —
 * are these tokens; a feature that must refuse reuse or allow revocation also records the
 * token's id and checks it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { type Store, settingsRepository } from '../store/index.js'
import type { Clock } from './clock.js'

/** What a signed link says. */
export interface LinkClaims {
  /** What the link is for, e.g. `quote-approval`; a token for one purpose fails every other. */
  purpose: string
  /** The thing it is about, e.g. an approval request's id. */
  subject: string
  /** Expiry, milliseconds since the epoch. */
  expires: number
  /** A random id, for features that record use or revocation. */
  id: string
}

/** Why a token was refused. */
export type LinkRefusal = 'malformed' | 'forged' | 'wrong-purpose' | 'expired'

/** The answer of {@link LinkSigner.verify}. */
export type LinkCheck = { ok: true; claims: LinkClaims } | { ok: false; reason: LinkRefusal }

/** Signs and verifies links with the installation's key. */
export function linkSigner(store: Pick<Store, 'db'>, clock: Clock, fixedKey?: string) {
  let key: Promise<Buffer> | undefined
  function signingKey(): Promise<Buffer> {
    key ??= (
      fixedKey !== undefined
        ? Promise.resolve(fixedKey)
        : settingsRepository(store.db).getOrCreate('link-signing-key', () =>
            randomBytes(32).toString('base64url'),
          )
    ).then((k) => Buffer.from(k, 'base64url'))
    return key
  }
  const mac = (k: Buffer, body: string) => createHmac('sha256', k).update(body).digest()

  return {
    /** A token for `purpose` and `subject`, valid for `ttlMs` from now. */
    async sign(
      purpose: string,
      subject: string,
      ttlMs: number,
    ): Promise<{ token: string; claims: LinkClaims }> {
      const claims: LinkClaims = {
        purpose,
        subject,
        expires: clock.now().getTime() + ttlMs,
        id: randomBytes(12).toString('base64url'),
      }
      const body = Buffer.from(JSON.stringify(claims)).toString('base64url')
      const signature = mac(await signingKey(), body).toString('base64url')
      return { token: `${body}.${signature}`, claims }
    },

    /** Verifies a token for `purpose`: its signature, its purpose and that it has not expired. */
    async verify(purpose: string, token: string): Promise<LinkCheck> {
      const [body, signature, extra] = token.split('.')
      if (!body || !signature || extra !== undefined) return { ok: false, reason: 'malformed' }
      const expected = mac(await signingKey(), body)
      const given = Buffer.from(signature, 'base64url')
      if (given.length !== expected.length || !timingSafeEqual(given, expected))
        return { ok: false, reason: 'forged' }
      let claims: LinkClaims
      try {
        claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as LinkClaims
      } catch {
        return { ok: false, reason: 'malformed' }
      }
      if (typeof claims?.expires !== 'number' || typeof claims.subject !== 'string')
        return { ok: false, reason: 'malformed' }
      if (claims.purpose !== purpose) return { ok: false, reason: 'wrong-purpose' }
      if (clock.now().getTime() >= claims.expires) return { ok: false, reason: 'expired' }
      return { ok: true, claims }
    },
  }
}

/** The link signer's interface. */
export type LinkSigner = ReturnType<typeof linkSigner>
