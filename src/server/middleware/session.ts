/**
 * Session middleware: reads the session cookie, loads the actor and the session's CSRF token,
 * and refuses state-changing requests whose CSRF token does not match (double submit: a header
 * `X-CSRF-Token`, or a `_csrf` field of an urlencoded or multipart form).
 */
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import type { AppEnv } from '../app-env.js'
import { HttpError } from '../http-error.js'

/** The session cookie's name. */
export const sessionCookie = 'comunicado_session'

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Loads the session and enforces CSRF tokens on state-changing requests that carry a session. */
export function sessionMiddleware(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, sessionCookie) ?? null
    const session = token ? await c.var.newsroom.accounts.session(token) : null
    c.set('sessionToken', session ? token : null)
    c.set('actor', session?.actor ?? null)
    c.set('csrfToken', session?.csrfToken ?? null)
    if (session && !safeMethods.has(c.req.method)) {
      let sent = c.req.header('x-csrf-token')
      // Forms send the token as a `_csrf` field, urlencoded or multipart (file uploads); the
      // body was already bounded by the body limit, and Hono caches it for the route.
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase()
      if (
        !sent &&
        (type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data')
      ) {
        // A malformed form body carries no token: refused below as CSRF, not answered as a 500.
        const form: Record<string, unknown> = await c.req.parseBody().catch((error) => {
          if (error instanceof HttpError) throw error // e.g. the body limit, met while reading
          return {}
        })
        sent = typeof form._csrf === 'string' ? form._csrf : undefined
      }
      if (sent !== session.csrfToken)
        throw new HttpError(403, {
          id: 'csrf',
          message: 'the request has no valid CSRF token; reload the page and try again',
        })
    }
    await next()
  }
}
