/**
 * Sending a release: the send page with live progress, the API and the per-send report (issue 8).
 *
 * - `/app/releases/:id/send` (GET: choose lists and language, `?count=1` counts recipients per
 *   language; POST: send) and `/app/releases/:id/sends/:sendId` (progress, reloaded by the
 *   browser every few seconds through a `Refresh` header while the send runs; then the report).
 * - `/api/releases/:id/sends` (GET the sends, POST `{ listIds, lang }` to send),
 *   `/api/releases/:id/sends/plan?list=…&lang=…`, `/api/sends/:sendId` (progress) and
 *   `/api/sends/:sendId/report`: the same as JSON.
 * - `POST /api/sends/:sendId/resend` `{ rowIds? }` and `POST /app/releases/:id/sends/:sendId/resend`
 *   (the report's "Resend selected" form): queue unconfirmed messages again, same Message-ID.
 */
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import { canEditRelease } from '../../newsroom/access.js'
import {
  type SendActor,
  type SendLangChoice,
  sendLangChoices,
} from '../../newsroom/distribution/outbox-service.js'
import { isPublic } from '../../newsroom/release-status.js'
import type { ContactList } from '../../store/repositories/lists.js'
import { refusalSentence, releaseTitle } from '../../web/app/index.js'
import { renderSendPage, renderSendProgressPage } from '../../web/app/send-page.js'
import { sendText } from '../../web/app/send-strings.js'
import type { AppEnv } from '../app-env.js'
import { HttpError, toHttpError } from '../http-error.js'
import { readBody } from '../read-body.js'
import type { FeatureRouteOptions } from './feature-route-options.js'
import { field, fields, pageContext, requireActor } from './workspace-kit.js'

type C = Context<AppEnv>

const sendBody = z.object({
  listIds: z.array(z.string().max(100)).min(1).max(50),
  lang: z.enum(['preferred', 'en', 'es', 'both']).optional(),
})

const resendBody = z.object({ rowIds: z.array(z.string().max(100)).max(10_000).optional() })

/** How often a running send's page reloads (seconds). */
const refreshSeconds = 3

function apiActor(c: C): SendActor {
  const actor = c.var.actor
  if (!actor)
    throw new HttpError(401, { id: 'unauthenticated', message: 'sign in to send releases' })
  return actor
}

function langOf(value: string | undefined): SendLangChoice {
  return sendLangChoices.includes(value as SendLangChoice) ? (value as SendLangChoice) : 'preferred'
}

/** The send routes. */
export function sendRoutes(options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  const secure = options.publicUrl.startsWith('https:')

  // ---- API ----

  routes.get('/api/releases/:id/sends', async (c) => {
    const sends = await c.var.newsroom.outbox.sendsOf(apiActor(c), c.req.param('id'))
    return c.json({ sends })
  })

  routes.get('/api/releases/:id/sends/plan', async (c) => {
    const plan = await c.var.newsroom.outbox.plan(
      apiActor(c),
      c.req.param('id'),
      c.req.queries('list') ?? [],
      langOf(c.req.query('lang')),
    )
    return c.json({ plan })
  })

  routes.post('/api/releases/:id/sends', async (c) => {
    const body = await readBody(c, sendBody)
    const send = await c.var.newsroom.outbox.send(apiActor(c), c.req.param('id'), {
      listIds: body.listIds,
      lang: body.lang ?? 'preferred',
    })
    return c.json({ send }, 201)
  })

  routes.get('/api/sends/:sendId', async (c) => {
    const progress = await c.var.newsroom.outbox.progress(apiActor(c), c.req.param('sendId'))
    return c.json({ progress })
  })

  routes.get('/api/sends/:sendId/report', async (c) => {
    const report = await c.var.newsroom.outbox.report(apiActor(c), c.req.param('sendId'))
    return c.json({ report })
  })

  routes.post('/api/sends/:sendId/resend', async (c) => {
    const body = await readBody(c, resendBody)
    const result = await c.var.newsroom.outbox.resendUnconfirmed(
      apiActor(c),
      c.req.param('sendId'),
      body.rowIds,
    )
    return c.json(result)
  })

  // ---- Workspace pages ----

  async function showSendPage(
    c: C,
    input: { chosen: string[]; lang: SendLangChoice; count: boolean; error?: string | null },
    status = 200,
  ): Promise<Response> {
    const actor = requireActor(c)
    const ctx = await pageContext(c, secure)
    const { newsroom } = c.var
    const id = c.req.param('id') ?? ''
    const release = await newsroom.releases.get(actor, id)
    const embargo = await newsroom.schedule.embargoOf(id)
    const canSend = canEditRelease(actor, release)
    let lists: ContactList[] = []
    try {
      lists = await newsroom.lists.lists(release.coalitionId, actor)
    } catch {
      lists = []
    }
    const chosen = input.chosen.filter((l) => lists.some((x) => x.id === l))
    const plan =
      input.count && canSend && chosen.length > 0
        ? await newsroom.outbox.plan(actor, id, chosen, input.lang)
        : null
    const versions = release.content.versions
    const headline = releaseTitle(versions, ctx.lang, release.slug)
    return c.html(
      renderSendPage(ctx, {
        releaseId: id,
        headline,
        headlineLang:
          versions.find((v) => v.lang === ctx.lang)?.lang ?? versions[0]?.lang ?? ctx.lang,
        status: release.status,
        canSend,
        sendable: isPublic(release.status) || embargo !== null,
        embargoLiftsAt: embargo?.liftsAt ?? null,
        lists,
        chosen,
        lang: input.lang,
        plan,
        sends: await newsroom.outbox.sendsOf(actor, id),
        error:
          input.error ??
          (input.count && chosen.length === 0 ? sendText(ctx.lang, 'send.chooseList') : null),
      }),
      status as 200,
    )
  }

  routes.get('/app/releases/:id/send', (c) =>
    showSendPage(c, {
      chosen: c.req.queries('list') ?? [],
      lang: langOf(c.req.query('lang')),
      count: c.req.query('count') === '1',
    }),
  )

  routes.post('/app/releases/:id/send', async (c) => {
    const actor = requireActor(c)
    const form = await c.req.parseBody({ all: true })
    const chosen = fields(form, 'list')
    const lang = langOf(field(form, 'lang'))
    try {
      const send = await c.var.newsroom.outbox.send(actor, c.req.param('id'), {
        listIds: chosen,
        lang,
      })
      return c.redirect(`/app/releases/${c.req.param('id')}/sends/${send.id}`, 303)
    } catch (error) {
      const http = toHttpError(error)
      if (![403, 404, 409, 422].includes(http.status) || http.body.message.startsWith('no release'))
        throw error
      const ctx = await pageContext(c, secure)
      return showSendPage(
        c,
        {
          chosen,
          lang,
          count: false,
          error: refusalSentence(ctx, http.body),
        },
        http.status,
      )
    }
  })

  async function showProgressPage(c: C, error: string | null = null, status = 200) {
    const actor = requireActor(c)
    const ctx = await pageContext(c, secure)
    const { newsroom } = c.var
    const report = await newsroom.outbox.report(actor, c.req.param('sendId') ?? '')
    if (report.send.releaseId !== c.req.param('id'))
      throw new HttpError(404, { id: 'not-found', message: 'no such send of this release' })
    const release = await newsroom.releases.get(actor, report.send.releaseId)
    if (!report.finished) c.header('Refresh', String(refreshSeconds))
    return c.html(
      renderSendProgressPage(ctx, {
        releaseId: release.id,
        headline: releaseTitle(release.content.versions, ctx.lang, release.slug),
        report,
        canResend: canEditRelease(actor, release),
        error,
      }),
      status as 200,
    )
  }

  routes.get('/app/releases/:id/sends/:sendId', (c) => showProgressPage(c))

  routes.post('/app/releases/:id/sends/:sendId/resend', async (c) => {
    const actor = requireActor(c)
    const form = await c.req.parseBody({ all: true })
    const rowIds = fields(form, 'row')
    const path = `/app/releases/${c.req.param('id')}/sends/${c.req.param('sendId')}`
    try {
      const progress = await c.var.newsroom.outbox.progress(actor, c.req.param('sendId'))
      if (progress.send.releaseId !== c.req.param('id'))
        throw new HttpError(404, { id: 'not-found', message: 'no such send of this release' })
      if (rowIds.length === 0) {
        const ctx = await pageContext(c, secure)
        return showProgressPage(c, sendText(ctx.lang, 'resend.chooseRow'), 422)
      }
      await c.var.newsroom.outbox.resendUnconfirmed(actor, c.req.param('sendId'), rowIds)
      return c.redirect(path, 303)
    } catch (error) {
      const http = toHttpError(error)
      if (![403, 409, 422].includes(http.status)) throw error
      const ctx = await pageContext(c, secure)
      return showProgressPage(c, refusalSentence(ctx, http.body), http.status)
    }
  })

  return routes
}
