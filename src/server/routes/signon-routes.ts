/**
 * Sign-ons: the public sign-on pages, confirmation links, moderation in the workspace and CSV export
 * (issue 7). Public: `/{lang}/releases/<slug>/sign` (the form and the list), its confirmation and
 * reconfirmation pages, `/{lang}/releases/<slug>/signers.csv`, uploaded logos under
 * `/assets/signon-logos/`. Workspace: `/app/releases/:id/signons` (queue, open/close, approve,
 * reject, merge) and its full CSV. The public form is rate limited per address and per e-mail,
 * carries a honeypot and a dated form token (minimum fill time), and has a body limit of its own.
 */
import { type Context, Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Newsroom } from '../../newsroom/create-newsroom.js'
import { NewsroomError } from '../../newsroom/newsroom-error.js'
import { isPublic } from '../../newsroom/release-status.js'
import type { SignonField, SignonFieldError } from '../../newsroom/signons/signon-input.js'
import { parseSignonInput, signonFields } from '../../newsroom/signons/signon-input.js'
import { type SignonLinkRefusal, SignonMailError } from '../../newsroom/signons/signon-service.js'
import { type SignonState, signonStates } from '../../newsroom/signons/signon-state.js'
import { releaseTitle } from '../../web/app/index.js'
import { renderSignonsPage } from '../../web/app/signons-page.js'
import { signonsStrings } from '../../web/app/signons-strings.js'
import {
  createPublicSite,
  type PublicLang,
  type PublicRelease,
  type PublicSite,
  publicLangs,
} from '../../web/public/index.js'
import { renderNotFoundPage } from '../../web/public/message-pages.js'
import { signonCss } from '../../web/public/signon-css.js'
import {
  renderSignonLinkPage,
  renderSignonMessagePage,
  renderSignonPage,
  type SignonFormState,
} from '../../web/public/signon-page.js'
import { signonStrings } from '../../web/public/signon-strings.js'
import type { AppEnv } from '../app-env.js'
import { HttpError } from '../http-error.js'
import { createRateLimiter, type RateLimiter } from '../middleware/rate-limit.js'
import type { FeatureRouteOptions } from './feature-route-options.js'
import { field, pageContext, requireActor, workspaceHeaders } from './workspace-kit.js'

type C = Context<AppEnv>

/** Limits of the public form. */
export const signonLimits = {
  /** Sign-ons accepted per client address per window. */
  perAddress: 10,
  /** Sign-ons accepted per e-mail address per window. */
  perEmail: 3,
  windowMs: 60 * 60 * 1000,
  /** Largest form body, in bytes (a 200 kB logo and the fields). */
  maxBodyBytes: 300 * 1024,
}

const linkStatus: Record<SignonLinkRefusal, 400 | 409 | 410> = {
  malformed: 400,
  forged: 400,
  'wrong-purpose': 400,
  expired: 410,
  used: 409,
  stale: 409,
}

/** The sign-on routes. */
export function signonRoutes(options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  const secure = options.publicUrl.startsWith('https:')
  const sites = new WeakMap<Newsroom, PublicSite>()
  const limiters = new WeakMap<Newsroom, { address: RateLimiter; email: RateLimiter }>()

  function site(c: C): PublicSite {
    const newsroom = c.var.newsroom
    let s = sites.get(newsroom)
    if (!s) {
      s = createPublicSite(newsroom, {
        publicUrl: options.publicUrl,
        ...(options.publicCoalition ? { coalition: options.publicCoalition } : {}),
      })
      sites.set(newsroom, s)
    }
    return s
  }

  function limiter(c: C) {
    const newsroom = c.var.newsroom
    let l = limiters.get(newsroom)
    if (!l) {
      l = {
        address: createRateLimiter(newsroom.clock, signonLimits.perAddress, signonLimits.windowMs),
        email: createRateLimiter(newsroom.clock, signonLimits.perEmail, signonLimits.windowMs),
      }
      limiters.set(newsroom, l)
    }
    return l
  }

  /** The published statement at `slug`, with the page context; null when there is none. */
  async function statement(c: C, slug: string) {
    const s = site(c)
    const [context, release] = await Promise.all([s.context(), s.release(slug)])
    return release ? { context, release } : null
  }

  function html(c: C, body: string, status = 200) {
    c.header('content-type', 'text/html; charset=utf-8')
    c.header('cache-control', 'no-store')
    return c.body(body, status as 200)
  }

  async function notFound(c: C, lang: PublicLang) {
    const context = await site(c).context()
    return html(c, renderNotFoundPage(context, lang), 404)
  }

  async function signPage(
    c: C,
    lang: PublicLang,
    found: { context: Awaited<ReturnType<PublicSite['context']>>; release: PublicRelease },
    form: Partial<SignonFormState>,
    status = 200,
  ) {
    const { signons } = c.var.newsroom
    const [open, signers, token] = await Promise.all([
      signons.isOpen(found.release.id),
      signons.publicSigners(found.release.id),
      signons.formToken(found.release.id),
    ])
    return html(
      c,
      renderSignonPage(found.context, {
        release: found.release,
        lang,
        open,
        signers,
        form: {
          values: form.values ?? {},
          errors: form.errors ?? [],
          notice: form.notice ?? null,
          token,
          csrfToken: c.var.csrfToken,
        },
      }),
      status,
    )
  }

  /**
   * A statement that was never opened for sign-ons has no sign-on pages; a closed one keeps its
   * page (the list, and a note that it no longer takes sign-ons) even before anyone was listed.
   */
  async function opened(c: C, releaseId: string): Promise<boolean> {
    return c.var.newsroom.signons.wasOpened(releaseId)
  }

  routes.get('/assets/signon.css', (c) => {
    c.header('content-type', 'text/css; charset=utf-8')
    c.header('cache-control', 'public, max-age=3600')
    return c.body(signonCss)
  })

  routes.get('/assets/signon-logos/:id', async (c) => {
    const logo = await c.var.newsroom.signons.logo(c.req.param('id'))
    if (!logo) throw new HttpError(404, { id: 'not-found', message: 'no such logo' })
    c.header('content-type', logo.mime)
    c.header('cache-control', 'public, max-age=300')
    c.header('content-security-policy', "default-src 'none'; sandbox")
    return c.body(new Uint8Array(logo.bytes))
  })

  for (const lang of publicLangs) {
    const t = signonStrings[lang]

    routes.get(`/${lang}/releases/:slug/sign`, async (c) => {
      const found = await statement(c, c.req.param('slug'))
      if (!found || !(await opened(c, found.release.id))) return notFound(c, lang)
      return signPage(c, lang, found, {})
    })

    routes.post(
      `/${lang}/releases/:slug/sign`,
      bodyLimit({
        maxSize: signonLimits.maxBodyBytes,
        onError: () => {
          throw new HttpError(413, { id: 'too-large', message: t.tooLarge })
        },
      }),
      async (c) => {
        const found = await statement(c, c.req.param('slug'))
        if (!found || !(await opened(c, found.release.id))) return notFound(c, lang)
        // Closed while the form was open: the page says it no longer takes sign-ons.
        if (!(await c.var.newsroom.signons.isOpen(found.release.id)))
          return signPage(c, lang, found, {}, 409)
        const { signons } = c.var.newsroom
        const body = await c.req.parseBody().catch((error) => {
          if (error instanceof HttpError) throw error
          return {} as Record<string, unknown>
        })
        const values: Partial<Record<SignonField, string>> = {}
        for (const name of signonFields) {
          const value = body[name]
          if (typeof value === 'string') values[name] = value.slice(0, 1000)
        }
        const again = (notice: string | null, errors: SignonFieldError[], status: number) =>
          signPage(c, lang, found, { values, errors, notice }, status)
        const limited = (retryAfter: number) => {
          c.header('retry-after', String(retryAfter))
          return again(t.rateLimited(Math.max(1, Math.ceil(retryAfter / 60))), [], 429)
        }

        const byAddress = limiter(c).address.hit(`ip:${options.clientAddress(c)}`)
        if (!byAddress.ok) return limited(byAddress.retryAfterSeconds)
        const sentPage = () =>
          html(
            c,
            renderSignonMessagePage(found.context, lang, found.release, {
              title: t.sentTitle,
              text: t.sent,
              tone: 'status',
            }),
          )
        // The honeypot: a filled hidden field is a robot; it is told what a person is told.
        if (field(body, 'signon_extra').trim() !== '') return sentPage()
        const check = await signons.checkFormToken(found.release.id, field(body, 'formToken'))
        if (check === 'too-fast') return again(t.tooFast, [], 422)
        if (check !== 'ok') return again(t.formExpired, [], 422)
        // Only a form that would send an e-mail counts against its address: correcting a
        // mistyped field is not a flood.
        const email = field(body, 'email').trim().toLowerCase()
        if (parseSignonInput(body).ok) {
          const byEmail = limiter(c).email.hit(`email:${email}`)
          if (!byEmail.ok) return limited(byEmail.retryAfterSeconds)
        }
        const file = body.logo
        const logo =
          file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null
        try {
          await signons.submit(found.release.id, lang, body, logo)
        } catch (error) {
          if (error instanceof NewsroomError && error.code === 'invalid')
            return again(null, (error.details?.fields as SignonFieldError[]) ?? [], 422)
          if (error instanceof NewsroomError && error.code === 'not-found') return notFound(c, lang)
          if (error instanceof SignonMailError) {
            console.error(error.cause)
            return again(t.mailFailed, [], 503)
          }
          throw error
        }
        return sentPage()
      },
    )

    for (const kind of ['confirm', 'reconfirm'] as const) {
      const refused = (
        c: C,
        found: NonNullable<Awaited<ReturnType<typeof statement>>>,
        reason: SignonLinkRefusal,
      ) =>
        html(
          c,
          renderSignonMessagePage(found.context, lang, found.release, {
            title: kind === 'confirm' ? t.confirmTitle : t.reconfirmTitle,
            text: t.linkRefused[reason],
            tone: 'alert',
          }),
          linkStatus[reason],
        )

      routes.get(`/${lang}/releases/:slug/sign/${kind}`, async (c) => {
        const found = await statement(c, c.req.param('slug'))
        if (!found) return notFound(c, lang)
        const token = c.req.query('token') ?? ''
        const check = await c.var.newsroom.signons.inspectLink(kind, token)
        if (!check.ok) return refused(c, found, check.reason)
        if (check.releaseId !== found.release.id) return refused(c, found, 'forged')
        return html(
          c,
          renderSignonLinkPage(found.context, lang, found.release, {
            kind,
            organization: check.signon.organization,
            token,
            csrfToken: c.var.csrfToken,
          }),
        )
      })

      routes.post(`/${lang}/releases/:slug/sign/${kind}`, async (c) => {
        const found = await statement(c, c.req.param('slug'))
        if (!found) return notFound(c, lang)
        const body = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>)
        const token = field(body, 'token')
        const { signons } = c.var.newsroom
        const peek = await signons.inspectLink(kind, token)
        if (peek.ok && peek.releaseId !== found.release.id) return refused(c, found, 'forged')
        const result =
          kind === 'confirm' ? await signons.confirm(token) : await signons.reconfirm(token)
        if (!result.ok) return refused(c, found, result.reason)
        const merged = 'merged' in result && result.merged
        return html(
          c,
          renderSignonMessagePage(found.context, lang, found.release, {
            title: kind === 'confirm' ? t.confirmTitle : t.reconfirmTitle,
            text: kind === 'reconfirm' ? t.reconfirmed : merged ? t.confirmedMerged : t.confirmed,
            tone: 'status',
          }),
        )
      })
    }

    routes.get(`/${lang}/releases/:slug/signers.csv`, async (c) => {
      const found = await statement(c, c.req.param('slug'))
      if (!found || !(await opened(c, found.release.id))) return notFound(c, lang)
      const csv = await c.var.newsroom.signons.publicCsv(found.release.id, lang)
      c.header('content-type', 'text/csv; charset=utf-8')
      c.header('content-disposition', `attachment; filename="${found.release.slug}-signers.csv"`)
      c.header('cache-control', 'public, max-age=60')
      return c.body(csv)
    })
  }

  // The workspace: moderation of one release's sign-ons.

  routes.use('/app/releases/:id/signons', workspaceHeaders(secure))
  routes.use('/app/releases/:id/signons/*', workspaceHeaders(secure))
  routes.use('/app/releases/:id/signons.csv', workspaceHeaders(secure))

  routes.get('/app/releases/:id/signons', async (c) => {
    const actor = requireActor(c)
    const id = c.req.param('id')
    const { signons, releases } = c.var.newsroom
    const ctx = await pageContext(c, secure)
    const view = await releases.get(actor, id)
    const queue = await signons.queue(actor, id)
    const requested = c.req.query('state')
    const filter = (signonStates as readonly string[]).includes(requested ?? '')
      ? (requested as SignonState)
      : null
    const headlineVersion =
      view.content.versions.find((v) => v.lang.split('-')[0] === ctx.lang) ??
      view.content.versions[0]
    const s = site(c)
    return c.html(
      renderSignonsPage(ctx, {
        releaseId: id,
        headline: releaseTitle(view.content.versions, ctx.lang, view.slug),
        headlineLang: headlineVersion?.lang ?? ctx.lang,
        isPublic: isPublic(view.status),
        open: queue.open,
        opened: queue.opened,
        publicPages: publicLangs
          .filter((l) => view.content.versions.some((v) => v.lang.split('-')[0] === l))
          .map((l) => ({ lang: l, url: s.urls.absolute(`${s.urls.release(l, view.slug)}sign`) })),
        entries: queue.entries,
        filter,
        flash: c.req.query('saved') ? signonsStrings[ctx.lang].saved : null,
      }),
    )
  })

  const back = (c: C, id: string) => c.redirect(`/app/releases/${id}/signons?saved=1`, 303)

  routes.post('/app/releases/:id/signons/open', async (c) => {
    const actor = requireActor(c)
    const id = c.req.param('id')
    const form = await c.req.parseBody()
    await c.var.newsroom.signons.setOpen(actor, id, field(form, 'open') === 'yes')
    return back(c, id)
  })

  routes.post('/app/releases/:id/signons/:signonId/moderate', async (c) => {
    const actor = requireActor(c)
    const id = c.req.param('id')
    const decision = field(await c.req.parseBody(), 'decision')
    if (decision !== 'approved' && decision !== 'rejected' && decision !== 'pending')
      throw new NewsroomError('invalid', 'the decision must be approved, rejected or pending')
    await c.var.newsroom.signons.moderate(actor, id, c.req.param('signonId'), decision)
    return back(c, id)
  })

  routes.post('/app/releases/:id/signons/:signonId/merge', async (c) => {
    const actor = requireActor(c)
    const id = c.req.param('id')
    const into = field(await c.req.parseBody(), 'into')
    await c.var.newsroom.signons.merge(actor, id, c.req.param('signonId'), into)
    return back(c, id)
  })

  routes.get('/app/releases/:id/signons/:signonId/logo', async (c) => {
    const actor = requireActor(c)
    const { signons } = c.var.newsroom
    const entry = (await signons.queue(actor, c.req.param('id'))).entries.find(
      (e) => e.id === c.req.param('signonId'),
    )
    const logoId = entry?.hasUploadedLogo ? await signons.logoIdOf(entry.id) : undefined
    const logo = logoId ? await signons.logo(logoId, actor) : undefined
    if (!logo) throw new HttpError(404, { id: 'not-found', message: 'no logo' })
    c.header('content-type', logo.mime)
    c.header('content-security-policy', "default-src 'none'; sandbox")
    return c.body(new Uint8Array(logo.bytes))
  })

  routes.get('/app/releases/:id/signons.csv', async (c) => {
    const actor = requireActor(c)
    const id = c.req.param('id')
    const csv = await c.var.newsroom.signons.fullCsv(actor, id)
    c.header('content-type', 'text/csv; charset=utf-8')
    c.header('content-disposition', `attachment; filename="signons-${id}.csv"`)
    return c.body(csv)
  })

  routes.get('/api/releases/:id/signons', async (c) => {
    const actor = c.var.actor
    if (!actor) throw new NewsroomError('unauthenticated', 'sign in to read sign-ons')
    return c.json(await c.var.newsroom.signons.queue(actor, c.req.param('id')))
  })

  return routes
}
