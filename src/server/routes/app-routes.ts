import { type Context, Hono } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { canEditRelease } from '../../newsroom/access.js'
import { NewsroomError, refusal } from '../../newsroom/newsroom-error.js'
import type { ReleaseView } from '../../newsroom/release-service.js'
import { isPublic, nextStatuses } from '../../newsroom/release-status.js'
import {
  appCss,
  checkVersions,
  type ImportOrganization,
  type PageContext,
  type ReleasePageData,
  renderDashboardPage,
  renderDiffPage,
  renderImportPage,
  renderInvitationPage,
  renderReleasePage,
  renderSignInPage,
  renderSignOutPage,
  translate,
  type UiKey,
  uiLangOf,
  versionHeadline,
} from '../../web/app/index.js'
import { refusalSentence } from '../../web/app/refusal-message.js'
import { createPublicUrls, isPublicLang } from '../../web/public/index.js'
import type { AppEnv } from '../app-env.js'
import { HttpError, toHttpError } from '../http-error.js'
import { createRateLimiter, type RateLimiter } from '../middleware/rate-limit.js'
import { sessionCookie } from '../middleware/session.js'
import {
  appErrorPage,
  field,
  fields,
  flashKeys,
  formTokenCookie,
  pageContext,
  RedirectSignal,
  requireActor,
  safeNext,
  sameToken,
  workspaceHeaders,
} from './workspace-kit.js'

export { appErrorPage } from './workspace-kit.js'

/** Options of the workspace pages. */
export interface AppRouteOptions {
  publicUrl: string
  /** The sign-in limiter the API uses, so pages and API share one budget per address and e-mail. */
  limiter?: RateLimiter
  /** Mark cookies Secure (default: when the public URL is https). */
  secureCookies?: boolean
  /** The client's address for rate limits (default: `X-Real-IP`, else 'local'). */
  clientAddress?: (c: Context) => string
}

type C = Context<AppEnv>

/** Server-rendered workspace pages, mounted at /app. */
export function appRoutes(options: AppRouteOptions) {
  const app = new Hono<AppEnv>()
  const secure = options.secureCookies ?? options.publicUrl.startsWith('https:')
  const clientAddress =
    options.clientAddress ?? ((c: Context) => c.req.header('x-real-ip') ?? 'local')
  const publicUrls = createPublicUrls(options.publicUrl)
  let ownLimiter: RateLimiter | undefined
  const limiter = (c: C) => {
    if (options.limiter) return options.limiter
    ownLimiter ??= createRateLimiter(c.var.newsroom.clock, 10, 15 * 60 * 1000)
    return ownLimiter
  }
  const page = (c: C) => pageContext(c, secure)

  /** Refuses a form posted without a session unless it carries the pre-session token. */
  function checkFormToken(c: C, form: Record<string, unknown>): void {
    if (c.var.actor) return // the session middleware checked the session's token
    if (!sameToken(getCookie(c, formTokenCookie), field(form, '_csrf')))
      throw new HttpError(403, {
        id: 'csrf',
        message: 'the request has no valid CSRF token; reload the page and try again',
      })
  }

  function setSession(c: C, grant: { token: string; expiresAt: string }): void {
    setCookie(c, sessionCookie, grant.token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      expires: new Date(grant.expiresAt),
    })
    deleteCookie(c, formTokenCookie, { path: '/app' })
  }

  app.onError((error, c) => {
    if (error instanceof RedirectSignal) return c.redirect(error.location, 303)
    return appErrorPage(c, error)
  })

  app.use(workspaceHeaders(secure))

  app.get('/assets/app.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8')
    return c.body(appCss)
  })

  // Sign in, sign out.

  app.get('/sign-in', async (c) => {
    const next = safeNext(c.req.query('next'))
    if (c.var.actor) return c.redirect(next ?? '/app', 303)
    return c.html(renderSignInPage(await page(c), { next }))
  })

  app.post('/sign-in', async (c) => {
    const form = await c.req.parseBody()
    checkFormToken(c, form)
    const ctx = await page(c)
    const email = field(form, 'email').trim()
    const password = field(form, 'password')
    const next = safeNext(form.next)
    const other = ctx.lang === 'en' ? 'es' : 'en'
    const refuse = (key: UiKey, status: 401 | 422 | 429, params = {}) =>
      c.html(
        renderSignInPage(ctx, {
          email,
          next,
          error: ctx.t(key, params),
          errorOther: { lang: other, text: translate(other, key, params) },
        }),
        status,
      )
    if (!email || !password) return refuse('signIn.missing', 422)
    for (const key of [`ip:${clientAddress(c)}`, `email:${email.toLowerCase()}`]) {
      const verdict = limiter(c).hit(key)
      if (!verdict.ok) {
        c.header('Retry-After', String(verdict.retryAfterSeconds))
        return refuse('signIn.limited', 429, {
          minutes: Math.max(1, Math.ceil(verdict.retryAfterSeconds / 60)),
        })
      }
    }
    try {
      const grant = await c.var.newsroom.accounts.signIn(email, password)
      limiter(c).reset(`email:${email.toLowerCase()}`)
      // Signing in over an open session (another tab, another account) ends the old one.
      if (c.var.sessionToken) await c.var.newsroom.accounts.signOut(c.var.sessionToken)
      setSession(c, grant)
      return c.redirect(next ?? '/app', 303)
    } catch (error) {
      if (error instanceof NewsroomError && error.code === 'unauthenticated')
        return refuse('signIn.wrong', 401)
      throw error
    }
  })

  app.get('/sign-out', async (c) => {
    requireActor(c)
    return c.html(renderSignOutPage(await page(c)))
  })

  app.post('/sign-out', async (c) => {
    const token = c.var.sessionToken
    if (token) await c.var.newsroom.accounts.signOut(token)
    deleteCookie(c, sessionCookie, { path: '/' })
    return c.redirect('/app/sign-in', 303)
  })

  // The dashboard.

  app.get('/', async (c) => {
    const actor = requireActor(c)
    const { releases, directory } = c.var.newsroom
    const coalitionIds = [...new Set(actor.memberships.map((m) => m.coalitionId))]
    const groups = await Promise.all(
      coalitionIds.map(async (id) => ({
        coalitionName: (await directory.repo.coalition(id))?.name ?? id,
        releases: (await releases.list(actor, id)).sort((a, b) =>
          b.updatedAt.localeCompare(a.updatedAt),
        ),
      })),
    )
    return c.html(renderDashboardPage(await page(c), groups))
  })

  // Import.

  async function importChoices(c: C) {
    const actor = requireActor(c)
    const { directory } = c.var.newsroom
    const coalitionIds = [...new Set(actor.memberships.map((m) => m.coalitionId))]
    const all: ImportOrganization[] = []
    for (const coalitionId of coalitionIds) {
      const coalitionName = (await directory.repo.coalition(coalitionId))?.name ?? coalitionId
      for (const o of await directory.organizations(coalitionId))
        all.push({ id: o.id, name: o.name, coalitionId, coalitionName })
    }
    const issuerIds = new Set(
      actor.memberships
        .filter((m) => m.role === 'editor' || m.role === 'admin')
        .map((m) => m.organizationId),
    )
    return { actor, issuers: all.filter((o) => issuerIds.has(o.id)), coIssuers: all }
  }

  app.get('/releases/new', async (c) => {
    const { issuers, coIssuers } = await importChoices(c)
    return c.html(renderImportPage(await page(c), { issuers, coIssuers }))
  })

  app.post('/releases/new', async (c) => {
    const { actor, issuers, coIssuers } = await importChoices(c)
    const form = await c.req.parseBody({ all: true })
    const ctx = await page(c)
    const organizationId = field(form, 'organizationId')
    const textEn = field(form, 'textEn')
    const textEs = field(form, 'textEs')
    const issuer = issuers.find((o) => o.id === organizationId)
    // Co-issuers come from the issuer's coalition only; the issuer itself is not repeated.
    const coIssuerIds = fields(form, 'coIssuerIds').filter(
      (id) =>
        id !== organizationId &&
        coIssuers.some((o) => o.id === id && o.coalitionId === issuer?.coalitionId),
    )
    const again = (error: string, status: 403 | 409 | 422) =>
      c.html(
        renderImportPage(ctx, {
          issuers,
          coIssuers,
          organizationId,
          coIssuerIds,
          textEn,
          textEs,
          error,
        }),
        status,
      )
    if (!issuer) return again(ctx.t('error.forbidden'), 403)
    const file = form.file instanceof File && form.file.size > 0 ? form.file : null
    // Both a file and pasted text: which one was meant is not ours to guess.
    if (file && (textEn.trim() || textEs.trim())) return again(ctx.t('import.both'), 422)
    try {
      let release: ReleaseView
      if (file) {
        release = await c.var.newsroom.releases.importFile(actor, {
          coalitionId: issuer.coalitionId,
          organizationId,
          coIssuerIds,
          file: file.name || 'release.txt',
          bytes: new Uint8Array(await file.arrayBuffer()),
        })
      } else {
        const versions = [
          { lang: 'en', text: textEn.replace(/\r\n?/g, '\n').trim() },
          { lang: 'es', text: textEs.replace(/\r\n?/g, '\n').trim() },
        ].filter((v) => v.text)
        if (versions.length === 0) return again(ctx.t('import.nothing'), 422)
        release = await createWithFreeSlug(
          c,
          actor,
          issuer.coalitionId,
          organizationId,
          coIssuerIds,
          versions,
        )
      }
      return c.redirect(`/app/releases/${release.id}?done=imported`, 303)
    } catch (error) {
      const http = toHttpError(error)
      if (http.status === 403 || http.status === 409 || http.status === 422)
        return again(refusalSentence(ctx, http.body), http.status)
      throw error
    }
  })

  // One release: read, change status, save, diff.

  async function releaseData(
    c: C,
    ctx: PageContext,
    release: ReleaseView,
  ): Promise<ReleasePageData> {
    const actor = c.var.actor
    const { directory, releases } = c.var.newsroom
    const names = new Map(
      (await directory.organizations(release.coalitionId)).map((o) => [o.id, o.name]),
    )
    const canEdit = canEditRelease(actor, release)
    return {
      release,
      issuers: release.organizationIds.map((id) => names.get(id) ?? id),
      revisions: await releases.revisions(actor, release.id),
      canEdit,
      nextSteps: canEdit ? nextStatuses(release.status) : [],
      // The public newsroom has a page per public language; a version in another has none.
      publicLinks: isPublic(release.status)
        ? release.content.versions.flatMap((v) =>
            isPublicLang(v.lang)
              ? [{ lang: v.lang, url: publicUrls.release(v.lang, release.slug) }]
              : [],
          )
        : [],
      checks: checkVersions(
        `${release.id}:${release.revision}`,
        release.content.versions,
        ctx.lang,
      ),
    }
  }

  app.get('/releases/:id', async (c) => {
    const actor = requireActor(c)
    const ctx = await page(c)
    const release = await c.var.newsroom.releases.get(actor, c.req.param('id'))
    const done = c.req.query('done') ?? ''
    const flash =
      done === 'moved'
        ? ctx.t('release.moved', { status: ctx.t(`status.${release.status}` as UiKey) })
        : flashKeys[done]
          ? ctx.t(flashKeys[done])
          : null
    return c.html(renderReleasePage(ctx, { ...(await releaseData(c, ctx, release)), flash }))
  })

  app.post('/releases/:id/status', async (c) => {
    const actor = requireActor(c)
    const id = c.req.param('id')
    const form = await c.req.parseBody()
    const { releases } = c.var.newsroom
    const current = await releases.get(actor, id)
    const seen = Number(field(form, 'revision'))
    try {
      // A step decided on an older text is refused: the reviewer must see what they approve.
      if (field(form, 'revision') && seen !== current.revision)
        throw refusal(
          'conflict',
          'release-stale',
          `the release changed since you loaded it (now revision ${current.revision}); read it again`,
          { currentRevision: current.revision },
        )
      await releases.transition(actor, id, field(form, 'status'))
      return c.redirect(`/app/releases/${id}?done=moved`, 303)
    } catch (error) {
      const http = toHttpError(error)
      if (http.status !== 403 && http.status !== 409 && http.status !== 422) throw error
      const ctx = await page(c)
      const data = await releaseData(c, ctx, await releases.get(actor, id))
      const message = refusalSentence(ctx, http.body)
      return c.html(renderReleasePage(ctx, { ...data, error: message }), http.status as 409)
    }
  })

  app.post('/releases/:id/save', async (c) => {
    const actor = requireActor(c)
    const id = c.req.param('id')
    const form = await c.req.parseBody()
    const { releases } = c.var.newsroom
    const current = await releases.get(actor, id)
    const texts: Record<string, string> = {}
    for (const v of current.content.versions)
      texts[v.lang] = field(form, `text-${v.lang}`).replace(/\r\n?/g, '\n')
    const note = field(form, 'note').trim()
    try {
      await releases.save(
        actor,
        id,
        Number(field(form, 'baseRevision')),
        {
          versions: current.content.versions.map((v) => ({
            lang: v.lang,
            text: texts[v.lang] ?? '',
          })),
        },
        note || undefined,
      )
      return c.redirect(`/app/releases/${id}?done=saved`, 303)
    } catch (error) {
      const http = toHttpError(error)
      if (http.status !== 403 && http.status !== 409 && http.status !== 422) throw error
      const ctx = await page(c)
      const data = await releaseData(c, ctx, await releases.get(actor, id))
      const message = refusalSentence(ctx, http.body)
      // Nothing is lost: the unsaved text comes back in the form, over the current revision.
      return c.html(
        renderReleasePage(ctx, { ...data, error: message, draft: { texts, note } }),
        http.status as 409,
      )
    }
  })

  app.get('/releases/:id/diff', async (c) => {
    const actor = requireActor(c)
    const id = c.req.param('id')
    const [from, to] = [c.req.query('from'), c.req.query('to')].map(Number)
    if (!Number.isInteger(from) || !Number.isInteger(to) || (from ?? 0) < 1 || (to ?? 0) < 1)
      throw new HttpError(400, { id: 'invalid', message: 'from and to must be revision numbers' })
    const diff = await c.var.newsroom.releases.diff(actor, id, from as number, to as number)
    return c.html(
      renderDiffPage(await page(c), {
        releaseId: id,
        from: from as number,
        to: to as number,
        diff,
      }),
    )
  })

  // Invitations.

  app.get('/invitations/:token', async (c) =>
    c.html(renderInvitationPage(await page(c), { token: c.req.param('token') })),
  )

  app.post('/invitations/:token', async (c) => {
    const form = await c.req.parseBody()
    checkFormToken(c, form)
    const ctx = await page(c)
    const token = c.req.param('token')
    const input = {
      name: field(form, 'name').trim(),
      email: field(form, 'email').trim(),
      password: field(form, 'password'),
      locale: uiLangOf(field(form, 'locale')) ?? ctx.lang,
    }
    try {
      setSession(c, await c.var.newsroom.accounts.acceptInvitation(token, input))
      return c.redirect(`/app?lang=${input.locale}`, 303)
    } catch (error) {
      const http = toHttpError(error)
      if (http.status >= 500) throw error
      const { password: _password, ...kept } = input
      return c.html(
        renderInvitationPage(ctx, {
          token,
          ...kept,
          error: refusalSentence(ctx, http.body),
        }),
        http.status as 400,
      )
    }
  })

  return app
}

/** Creates a release from pasted versions, numbering the slug if the headline's is taken. */
async function createWithFreeSlug(
  c: C,
  actor: NonNullable<AppEnv['Variables']['actor']>,
  coalitionId: string,
  organizationId: string,
  coIssuerIds: string[],
  versions: { lang: string; text: string }[],
): Promise<ReleaseView> {
  const base = versions.map((v) => versionHeadline(v)).find(Boolean) ?? 'release'
  for (let n = 1; ; n++) {
    try {
      return await c.var.newsroom.releases.create(actor, {
        coalitionId,
        organizationId,
        coIssuerIds,
        slug: n === 1 ? base : `${base.slice(0, 70)} ${n}`,
        content: { versions },
      })
    } catch (error) {
      if (!(error instanceof NewsroomError && error.code === 'conflict') || n >= 50) throw error
    }
  }
}
