/**
 * Sign-in, sign-out and "who am I": the session cookie is HttpOnly, SameSite=Lax, Secure when
 * served over HTTPS; sign-in is rate-limited per client address and per e-mail.
 */
import { Hono } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { z } from 'zod'
import type { AppEnv } from '../app-env.js'
import { HttpError } from '../http-error.js'
import type { RateLimiter } from '../middleware/rate-limit.js'
import { sessionCookie } from '../middleware/session.js'
import { readBody } from '../read-body.js'

const signInBody = z.object({
  email: z.string().min(3).max(320),
  password: z.string().min(1).max(1024),
})
const acceptBody = z.object({
  email: z.string().min(3).max(320),
  name: z.string().min(1).max(200),
  password: z.string().min(1).max(1024),
  locale: z.enum(['en', 'es']).optional(),
})

/** Options of the session routes. */
export interface SessionRouteOptions {
  limiter: RateLimiter
  secureCookies: boolean
  clientAddress: (c: import('hono').Context) => string
}

/** Routes under /api for sessions and invitations. */
export function sessionRoutes(options: SessionRouteOptions) {
  const app = new Hono<AppEnv>()

  function setSession(c: import('hono').Context<AppEnv>, token: string, expiresAt: string) {
    setCookie(c, sessionCookie, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure: options.secureCookies,
      path: '/',
      expires: new Date(expiresAt),
    })
  }

  app.post('/session', async (c) => {
    const body = await readBody(c, signInBody)
    for (const key of [
      `ip:${options.clientAddress(c)}`,
      `email:${body.email.trim().toLowerCase()}`,
    ]) {
      const verdict = options.limiter.hit(key)
      if (!verdict.ok) {
        c.header('Retry-After', String(verdict.retryAfterSeconds))
        throw new HttpError(429, {
          id: 'rate-limited',
          message: `too many sign-in attempts; try again in ${verdict.retryAfterSeconds} seconds`,
        })
      }
    }
    const grant = await c.var.newsroom.accounts.signIn(body.email, body.password)
    options.limiter.reset(`email:${body.email.trim().toLowerCase()}`)
    setSession(c, grant.token, grant.expiresAt)
    return c.json({ userId: grant.userId, csrfToken: grant.csrfToken })
  })

  app.delete('/session', async (c) => {
    const token = c.var.sessionToken
    if (token) await c.var.newsroom.accounts.signOut(token)
    deleteCookie(c, sessionCookie, { path: '/' })
    return c.body(null, 204)
  })

  app.get('/me', (c) => {
    const actor = c.var.actor
    if (!actor) throw new HttpError(401, { id: 'unauthenticated', message: 'not signed in' })
    return c.json({
      userId: actor.userId,
      name: actor.name,
      memberships: actor.memberships,
      csrfToken: c.var.csrfToken,
    })
  })

  app.post('/invitations/:token/accept', async (c) => {
    const body = await readBody(c, acceptBody)
    const grant = await c.var.newsroom.accounts.acceptInvitation(c.req.param('token'), body)
    setSession(c, grant.token, grant.expiresAt)
    return c.json({ userId: grant.userId, csrfToken: grant.csrfToken }, 201)
  })

  return app
}
