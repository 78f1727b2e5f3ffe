/**
 * Embargo, scheduling, preview links and corrections: workspace pages, API and the preview page
 * (issue 7).
 *
 * - `/app/releases/:id/schedule` (+ POSTs to set, clear, issue and revoke previews, correct) and
 *   `/app/releases/:id/audit`: bilingual workspace pages.
 * - `/api/releases/:id/schedule` (GET, PUT, DELETE), `/api/releases/:id/previews` (POST),
 *   `/api/releases/:id/previews/:linkId` (DELETE), `/api/releases/:id/corrections` (POST),
 *   `/api/releases/:id/audit` (GET): the same as JSON.
 * - `/preview/:token`: a journalist's preview of an embargoed release, never indexed or cached.
 */
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import { isCoalitionMember } from '../../newsroom/access.js'
import { NewsroomError } from '../../newsroom/newsroom-error.js'
import type { ScheduleInput } from '../../newsroom/schedule/schedule-service.js'
import { articleOfText } from '../../render/index.js'
import { accountRepository } from '../../store/index.js'
import { renderAuditPage } from '../../web/app/audit-page.js'
import { releaseTitle } from '../../web/app/index.js'
import { renderSchedulePage, type SchedulePageData } from '../../web/app/schedule-page.js'
import { scheduleRefusalMessage } from '../../web/app/schedule-refusal.js'
import { scheduleText } from '../../web/app/schedule-strings.js'
import { createPublicUrls, isPublicLang, type PublicLang } from '../../web/public/index.js'
import { renderPreviewPage, renderPreviewRefusal } from '../../web/public/preview-page.js'
import { organizationName } from '../../web/public/public-model.js'
import type { AppEnv } from '../app-env.js'
import { HttpError, toHttpError } from '../http-error.js'
import { readBody } from '../read-body.js'
import type { FeatureRouteOptions } from './feature-route-options.js'
import { field, pageContext, requireActor } from './workspace-kit.js'

type C = Context<AppEnv>

const scheduleBody = z.object({
  at: z.string().max(40),
  timeZone: z.string().max(64),
  embargo: z.boolean().optional(),
})
const previewBody = z.object({
  email: z.string().max(254),
  name: z.string().max(200).optional(),
})
const correctionBody = z.object({ notes: z.record(z.string(), z.string().max(5000)) })

/** The schedule routes. */
export function scheduleRoutes(options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  const secure = options.publicUrl.startsWith('https:')
  const urls = createPublicUrls(options.publicUrl)

  // ---- API ----

  routes.get('/api/releases/:id/schedule', async (c) => {
    const overview = await c.var.newsroom.schedule.overview(c.var.actor, c.req.param('id'))
    return c.json({
      schedule: overview.schedule,
      embargoLines: overview.lines,
      previews: overview.previews,
      corrections: overview.corrections,
    })
  })

  routes.put('/api/releases/:id/schedule', async (c) => {
    const body = await readBody(c, scheduleBody)
    const input: ScheduleInput = { at: body.at, timeZone: body.timeZone }
    if (body.embargo !== undefined) input.embargo = body.embargo
    const schedule = await c.var.newsroom.schedule.set(c.var.actor, c.req.param('id'), input)
    return c.json({ schedule })
  })

  routes.delete('/api/releases/:id/schedule', async (c) => {
    await c.var.newsroom.schedule.clear(c.var.actor, c.req.param('id'))
    return c.body(null, 204)
  })

  routes.post('/api/releases/:id/previews', async (c) => {
    const body = await readBody(c, previewBody)
    if (!c.var.actor)
      throw new HttpError(401, { id: 'unauthenticated', message: 'sign in to issue preview links' })
    const link = await c.var.newsroom.schedule.issuePreview(c.var.actor, c.req.param('id'), {
      email: body.email,
      name: body.name ?? '',
    })
    return c.json({ preview: link }, 201)
  })

  routes.delete('/api/releases/:id/previews/:linkId', async (c) => {
    await c.var.newsroom.schedule.revokePreview(
      c.var.actor,
      c.req.param('id'),
      c.req.param('linkId'),
    )
    return c.body(null, 204)
  })

  routes.post('/api/releases/:id/corrections', async (c) => {
    const body = await readBody(c, correctionBody)
    const release = await c.var.newsroom.releases.correct(
      c.var.actor,
      c.req.param('id'),
      body.notes,
    )
    return c.json({ release }, 201)
  })

  /** The release's audit entries, for members of its coalition who may read the release. */
  async function auditOf(c: C, id: string) {
    const actor = c.var.actor
    if (!actor)
      throw new HttpError(401, { id: 'unauthenticated', message: 'sign in to read the audit log' })
    const release = await c.var.newsroom.releases.get(actor, id)
    if (!isCoalitionMember(actor, release.coalitionId))
      throw new HttpError(404, { id: 'not-found', message: `no release ${id}` })
    return { release, entries: await c.var.newsroom.audit.forRelease(id) }
  }

  routes.get('/api/releases/:id/audit', async (c) => {
    const { entries } = await auditOf(c, c.req.param('id'))
    return c.json({ entries })
  })

  // ---- Workspace pages ----

  const page = (c: C) => pageContext(c, secure)

  async function showSchedule(
    c: C,
    extra: Omit<SchedulePageData, 'overview'> = {},
    status = 200,
  ): Promise<Response> {
    const actor = requireActor(c)
    const ctx = await page(c)
    const overview = await c.var.newsroom.schedule.overview(actor, c.req.param('id') ?? '')
    // What the publish gate misses now: a time set today publishes then only if it is in.
    const blockers =
      overview.canEdit && ['approved', 'scheduled'].includes(overview.release.status)
        ? await c.var.newsroom.quotes
            .overview(actor, overview.release.id)
            .then((approvals) => approvals.missing.length)
            .catch(() => null)
        : null
    return c.html(renderSchedulePage(ctx, { overview, blockers, ...extra }), status as 200)
  }

  /** Runs a form's action; a refusal the user can act on re-renders the page with it. */
  async function formAction(
    c: C,
    action: (form: Record<string, unknown>) => Promise<Response>,
    refill: (form: Record<string, unknown>) => SchedulePageData['form'] = () => ({}),
  ): Promise<Response> {
    requireActor(c)
    const form = await c.req.parseBody()
    try {
      return await action(form)
    } catch (error) {
      const http = toHttpError(error)
      if (![403, 409, 422].includes(http.status)) throw error
      const ctx = await page(c)
      return showSchedule(
        c,
        {
          error: scheduleRefusalMessage(ctx, http.body),
          form: refill(form) ?? {},
        },
        http.status,
      )
    }
  }

  const done = (c: C, what: string) =>
    c.redirect(`/app/releases/${c.req.param('id')}/schedule?done=${what}`, 303)

  routes.get('/app/releases/:id/schedule', async (c) => {
    const ctx = await page(c)
    const flashes: Record<string, Parameters<typeof scheduleText>[1]> = {
      saved: 'schedule.saved',
      cleared: 'schedule.cleared',
      revoked: 'previews.revokedDone',
      corrected: 'corrections.done',
    }
    const key = flashes[c.req.query('done') ?? '']
    return showSchedule(c, { flash: key ? scheduleText(ctx.lang, key) : null })
  })

  routes.post('/app/releases/:id/schedule', (c) =>
    formAction(
      c,
      async (form) => {
        await c.var.newsroom.schedule.set(requireActor(c), c.req.param('id'), {
          at: field(form, 'at'),
          timeZone: field(form, 'timeZone'),
          embargo: field(form, 'embargo') === '1',
        })
        return done(c, 'saved')
      },
      (form) => ({
        at: field(form, 'at'),
        timeZone: field(form, 'timeZone'),
        embargo: field(form, 'embargo') === '1',
      }),
    ),
  )

  routes.post('/app/releases/:id/schedule/clear', (c) =>
    formAction(c, async () => {
      await c.var.newsroom.schedule.clear(requireActor(c), c.req.param('id'))
      return done(c, 'cleared')
    }),
  )

  routes.post('/app/releases/:id/schedule/previews', (c) =>
    formAction(
      c,
      async (form) => {
        const email = field(form, 'email')
        const link = await c.var.newsroom.schedule.issuePreview(
          requireActor(c),
          c.req.param('id'),
          { email, name: field(form, 'name') },
        )
        // Shown once, on this answer: the token is not kept anywhere it could be read again.
        return showSchedule(c, { issued: { email: email.trim().toLowerCase(), url: link.url } })
      },
      (form) => ({ preview: { email: field(form, 'email'), name: field(form, 'name') } }),
    ),
  )

  // The forms above answer on their own addresses (a refusal, a new preview link): the language
  // switcher links there, so a GET of any of them goes back to the page rather than to a 404.
  routes.get('/app/releases/:id/schedule/*', (c) => {
    const lang = c.req.query('lang')
    const query = lang === 'en' || lang === 'es' ? `?lang=${lang}` : ''
    return c.redirect(`/app/releases/${c.req.param('id')}/schedule${query}`, 303)
  })

  routes.post('/app/releases/:id/schedule/previews/:linkId/revoke', (c) =>
    formAction(c, async () => {
      await c.var.newsroom.schedule.revokePreview(
        requireActor(c),
        c.req.param('id'),
        c.req.param('linkId'),
      )
      return done(c, 'revoked')
    }),
  )

  routes.post('/app/releases/:id/schedule/correct', (c) =>
    formAction(
      c,
      async (form) => {
        const actor = requireActor(c)
        const notes = notesOf(form)
        // The same check the release service makes, said here with a reason the page translates.
        const view = await c.var.newsroom.releases.get(actor, c.req.param('id'))
        if (view.status === 'published' || view.status === 'corrected')
          for (const { lang } of view.content.versions)
            if (!(notes[lang] ?? '').trim())
              throw new NewsroomError(
                'invalid',
                `write the correction note in every language: the ${lang} note is missing`,
                { reason: 'missingNote', lang },
              )
        await c.var.newsroom.releases.correct(actor, c.req.param('id'), notes)
        return done(c, 'corrected')
      },
      (form) => ({ notes: notesOf(form) }),
    ),
  )

  routes.get('/app/releases/:id/audit', async (c) => {
    requireActor(c)
    const ctx = await page(c)
    const { release, entries } = await auditOf(c, c.req.param('id'))
    const accounts = accountRepository(c.var.newsroom.store.db)
    const userNames = new Map<string, string>()
    for (const id of new Set(entries.flatMap((e) => (e.actorId ? [e.actorId] : [])))) {
      const user = await accounts.user(id)
      if (user) userNames.set(id, user.name)
    }
    const organizationNames = new Map(
      (await c.var.newsroom.directory.organizations(release.coalitionId)).map((o) => [
        o.id,
        o.name,
      ]),
    )
    return c.html(
      renderAuditPage(ctx, {
        releaseId: release.id,
        headline: releaseTitle(release.content.versions, ctx.lang, release.slug),
        entries,
        userNames,
        organizationNames,
      }),
    )
  })

  // ---- The preview page ----

  routes.get('/preview/:token', async (c) => {
    c.header('X-Robots-Tag', 'noindex, nofollow, noarchive')
    c.header('Cache-Control', 'no-store, private')
    c.header('Referrer-Policy', 'no-referrer')
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'self'; img-src 'self' https: data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    )
    const { newsroom } = c.var
    const opened = await newsroom.schedule.openPreview(
      c.req.param('token'),
      c.req.header('user-agent') ?? null,
    )
    if (opened.kind === 'refused')
      return c.html(
        renderPreviewRefusal(opened.reason, urls.css),
        opened.reason === 'expired' || opened.reason === 'revoked' ? 410 : 404,
      )
    if (opened.kind === 'withdrawn') return c.html(renderPreviewRefusal('withdrawn', urls.css), 410)
    const { content } = await newsroom.quotes.publicContent(opened.release)
    if (opened.kind === 'public') {
      const lang = content.versions
        .map((v) => v.lang.split('-')[0] ?? '')
        .find((l): l is PublicLang => isPublicLang(l))
      return c.redirect(urls.release(lang ?? 'en', opened.release.slug), 303)
    }
    const orgs = await newsroom.directory.organizations(opened.release.coalitionId)
    const issuers = opened.release.organizationIds.flatMap((id) => {
      const org = orgs.find((o) => o.id === id)
      return org ? [org] : []
    })
    const organizations: Partial<Record<PublicLang, { name: string; href: string }[]>> = {}
    for (const lang of ['en', 'es'] as const)
      organizations[lang] = issuers.map((o) => ({
        name: organizationName(o, lang),
        href: urls.organization(lang, o.slug),
      }))
    const versions = content.versions
      .filter((v) => v.text.trim())
      .map((v) => ({
        lang: v.lang,
        article: articleOfText(v.lang, v.text),
        embargoLine: newsroom.schedule.embargoLine(opened.embargo, v.lang),
      }))
    return c.html(
      renderPreviewPage({
        recipient: { name: opened.link.name, email: opened.link.email },
        versions,
        organizations,
        stylesheet: urls.css,
      }),
    )
  })

  return routes
}

function notesOf(form: Record<string, unknown>): Record<string, string> {
  const notes: Record<string, string> = {}
  for (const [key, value] of Object.entries(form))
    if (key.startsWith('note-') && typeof value === 'string') notes[key.slice(5)] = value
  return notes
}
