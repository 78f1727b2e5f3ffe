/**
 * The workspace's shared page kit: the page context of a request (interface language, user, CSRF
 * token), the pre-session form token, the signed-in actor or a redirect to sign-in, the error
 * page, form field readers and the workspace headers. The workspace routes and every feature's
 * workspace pages use it, so all /app pages behave alike.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto'
import type { Context, MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { accountRepository } from '../../store/index.js'
import {
  chooseUiLang,
  type PageContext,
  refusalSentence,
  renderErrorPage,
  translator,
  type UiKey,
  uiLangOf,
} from '../../web/app/index.js'
import type { AppEnv } from '../app-env.js'
import { toHttpError } from '../http-error.js'

type C = Context<AppEnv>

/** The cookie remembering the interface language chosen with the switcher. */
export const langCookie = 'comunicado_lang'
/** The cookie holding the CSRF token of forms shown before a session exists. */
export const formTokenCookie = 'comunicado_form'
export const flashKeys: Record<string, UiKey> = {
  imported: 'release.imported',
  saved: 'release.saved',
}

export function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

/** A workspace path to return to after sign-in, or null for anything else (no open redirects). */
export function safeNext(value: unknown): string | null {
  return typeof value === 'string' &&
    /^\/app(?:[/?][^\s\\]*)?$/.test(value) &&
    !value.includes('//')
    ? value
    : null
}

export function field(form: Record<string, unknown>, name: string): string {
  const value = form[name]
  return typeof value === 'string' ? value : ''
}

export function fields(form: Record<string, unknown>, name: string): string[] {
  const value = form[name]
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value]
  return list.filter((v): v is string => typeof v === 'string' && v.length > 0)
}

const contexts = new WeakMap<Request, PageContext>()

/** The page context of a request: interface language, user, CSRF token (memoized per request). */
export async function pageContext(c: C, secure: boolean | null): Promise<PageContext> {
  const known = contexts.get(c.req.raw)
  if (known) return known
  const actor = c.var.actor
  const query = c.req.query('lang')
  const remembered = getCookie(c, langCookie)
  let userLocale: string | null = null
  if (actor && !uiLangOf(query) && !uiLangOf(remembered))
    userLocale =
      (await accountRepository(c.var.newsroom.store.db).user(actor.userId))?.locale ?? null
  const lang = chooseUiLang({
    query,
    remembered,
    userLocale,
    acceptLanguage: c.req.header('accept-language'),
  })
  const url = new URL(c.req.url)
  // A form answered with a page (a refusal) keeps the form's URL; the language switcher must
  // lead to a page that can be fetched, so it points at the page the form belongs to.
  const here =
    c.req.method === 'GET'
      ? `${url.pathname}${url.search}`
      : url.pathname.replace(/\/(status|save)$/, '')
  const ctx: PageContext = {
    lang,
    t: translator(lang),
    url: here,
    userName: actor?.name ?? null,
    // Without a session, forms carry the pre-session token; error pages (secure null) need none.
    csrfToken: c.var.csrfToken ?? (secure === null ? null : formToken(c, secure)),
  }
  contexts.set(c.req.raw, ctx)
  return ctx
}

/** The pre-session form token: read from its cookie, or made and set now. */
export function formToken(c: C, secure: boolean): string {
  const existing = getCookie(c, formTokenCookie)
  if (existing && /^[A-Za-z0-9_-]{20,}$/.test(existing)) return existing
  const token = randomBytes(24).toString('base64url')
  setCookie(c, formTokenCookie, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure,
    path: '/app',
    maxAge: 2 * 3600,
  })
  return token
}

/**
 * Any error under /app as an HTML page in the interface language, with its status. The app's
 * error handler calls this for /app paths, so refusals raised before the workspace routes (a CSRF
 * mismatch, a body over the limit) reach a browser as a page rather than JSON.
 */
export async function appErrorPage(c: Context<AppEnv>, error: unknown): Promise<Response> {
  if (error instanceof RedirectSignal) return c.redirect(error.location, 303)
  const http = toHttpError(error)
  if (http.status >= 500) console.error(error)
  const ctx = await pageContext(c, null)
  c.header('Cache-Control', 'no-store')
  return c.html(renderErrorPage(ctx, refusalSentence(ctx, http.body)), http.status as 400)
}

/** The signed-in actor, or a redirect to sign-in that comes back here (see {@link RedirectSignal}). */
export function requireActor(c: C) {
  const actor = c.var.actor
  if (actor) return actor
  const url = new URL(c.req.url)
  const next = c.req.method === 'GET' ? `${url.pathname}${url.search}` : '/app'
  throw new RedirectSignal(`/app/sign-in?next=${encodeURIComponent(next)}`)
}

/** Thrown by routes that need a signed-in user; answered with a 303 to the sign-in page. */
export class RedirectSignal extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`)
  }
}

/**
 * The workspace's response headers and language switch: a `?lang=` choice is remembered in a
 * cookie; pages are never cached and get a strict Content-Security-Policy unless the route set
 * its own (the editor allows its own script).
 */
export function workspaceHeaders(secure: boolean): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const chosen = uiLangOf(c.req.query('lang'))
    if (chosen)
      setCookie(c, langCookie, chosen, {
        httpOnly: true,
        sameSite: 'Lax',
        secure,
        path: '/app',
        maxAge: 365 * 24 * 3600,
      })
    await next()
    c.header('Cache-Control', 'no-store')
    if (!c.res.headers.has('Content-Security-Policy'))
      c.header(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      )
  }
}
