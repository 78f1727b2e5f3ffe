/**
 * Quote approval, co-issuer sign-off and spokesperson appearance: the approval link pages
 * (/approve/<token>, no account, strict headers), the workspace's quotes page
 * (/app/releases/:id/quotes and its forms) and their API (/api/releases/:id/quotes…, /signoffs).
 */
import { type Context, Hono } from 'hono'
import { z } from 'zod'
import { type Actor, hasRoleIn } from '../../newsroom/access.js'
import { NewsroomError, refusal } from '../../newsroom/newsroom-error.js'
import type {
  AppearanceChoice,
  ApprovalLinkRefusal,
  QuoteState,
  ReleaseApprovals,
} from '../../newsroom/quotes/quote-service.js'
import { canTransition } from '../../newsroom/release-status.js'
import { quotesFlashes, renderQuotesPage } from '../../web/app/quotes-page.js'
import { quotesText } from '../../web/app/quotes-strings.js'
import { refusalSentence } from '../../web/app/refusal-message.js'
import { translator } from '../../web/app/ui-strings.js'
import {
  approvalLangOf,
  renderApprovalDone,
  renderApprovalPage,
  renderApprovalRefusal,
} from '../../web/approval/approval-page.js'
import { approvalText } from '../../web/approval/approval-strings.js'
import type { AppEnv } from '../app-env.js'
import { toHttpError } from '../http-error.js'
import { readBody } from '../read-body.js'
import type { FeatureRouteOptions } from './feature-route-options.js'
import { field, pageContext, requireActor } from './workspace-kit.js'

type C = Context<AppEnv>

const refusalStatus: Record<ApprovalLinkRefusal, 404 | 409 | 410> = {
  malformed: 404,
  forged: 404,
  'wrong-purpose': 404,
  unknown: 404,
  expired: 410,
  superseded: 410,
  changed: 410,
  answered: 409,
}

const appearanceBody = z.object({
  mode: z.enum(['full', 'first', 'description']),
  descriptions: z.record(z.string(), z.string().max(200)).default({}),
  showTitle: z.boolean().default(true),
  showCity: z.boolean().default(true),
  showPhoto: z.boolean().default(true),
})
const linkBody = z.object({ personId: z.string().min(1).max(100) })
const signoffBody = z.object({ organizationId: z.string().min(1).max(100) })

/** The quote approval state as the API answers it (no token ids or hashes). */
function presentQuote(q: QuoteState) {
  return {
    key: q.key,
    speaker: { name: q.speakerName, organization: q.speakerOrganization },
    sides: q.sides.map((s) => ({
      lang: s.lang,
      text: s.text,
      speaker: s.speaker,
      attribution: s.attribution?.text ?? null,
      paragraph: s.paragraph,
    })),
    person: q.person
      ? { id: q.person.id, name: q.person.name, organizationId: q.person.organizationId }
      : null,
    linkedBy: q.linkedBy,
    status: q.status,
    approval: q.approval
      ? {
          id: q.approval.id,
          status: q.approval.status,
          sentTo: q.approval.sentTo,
          requestedAt: q.approval.requestedAt,
          expiresAt: q.approval.expiresAt,
          answeredAt: q.approval.answeredAt,
          comment: q.approval.comment,
        }
      : null,
    appearance: q.appearance,
  }
}

function presentApprovals(state: ReleaseApprovals) {
  return {
    release: {
      id: state.release.id,
      revision: state.release.revision,
      status: state.release.status,
    },
    contentHash: state.contentHash,
    quotes: state.quotes.map(presentQuote),
    signoffs: state.signoffs,
    missing: state.missing,
    publishable: state.missing.length === 0,
  }
}

/** An appearance choice from a form (`mode`, `description-<lang>`, checkboxes). */
function appearanceFromForm(form: Record<string, unknown>): AppearanceChoice {
  const descriptions: Record<string, string> = {}
  for (const [name, value] of Object.entries(form)) {
    const lang = /^description-([a-z]{2,3}(?:-[A-Za-z0-9]+)?)$/.exec(name)?.[1]
    if (lang && typeof value === 'string' && value.trim()) descriptions[lang] = value
  }
  return {
    mode: field(form, 'mode') as AppearanceChoice['mode'],
    descriptions,
    showTitle: field(form, 'showTitle') === '1',
    showCity: field(form, 'showCity') === '1',
    showPhoto: field(form, 'showPhoto') === '1',
  }
}

/** The quote routes. */
export function quoteRoutes(options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  const secure = options.publicUrl.startsWith('https:')

  // The approval link: a page for someone without an account, reached from an e-mail.

  routes.use('/approve/*', async (c, next) => {
    await next()
    c.header('Cache-Control', 'no-store')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('X-Robots-Tag', 'noindex')
    c.header(
      'Content-Security-Policy',
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    )
  })

  const approvalLang = (c: C) =>
    approvalLangOf(c.req.query('lang'), c.req.header('accept-language'))

  routes.get('/approve/:token', async (c) => {
    const lang = approvalLang(c)
    const check = await c.var.newsroom.quotes.openLink(c.req.param('token'))
    if (!check.ok)
      return c.html(renderApprovalRefusal(lang, check.reason), refusalStatus[check.reason])
    return c.html(renderApprovalPage(lang, { view: check.view, csrfToken: c.var.csrfToken }))
  })

  routes.post('/approve/:token', async (c) => {
    const lang = approvalLang(c)
    const t = approvalText(lang)
    const token = c.req.param('token')
    const form = await c.req.parseBody()
    const decision = field(form, 'decision')
    const comment = field(form, 'comment')
    const mode = field(form, 'mode')
    const { quotes } = c.var.newsroom
    const again = async (error: string) => {
      const check = await quotes.openLink(token)
      if (!check.ok)
        return c.html(renderApprovalRefusal(lang, check.reason), refusalStatus[check.reason])
      return c.html(
        renderApprovalPage(lang, { view: check.view, csrfToken: c.var.csrfToken, error, comment }),
        422,
      )
    }
    if (decision !== 'approve' && decision !== 'changes')
      return again(t('error.invalid', { detail: t('decision') }))
    if (decision === 'changes' && !comment.trim()) return again(t('error.comment'))
    try {
      const answered = await quotes.answerLink(token, {
        decision,
        comment,
        ...(mode ? { appearance: appearanceFromForm(form) } : {}),
      })
      if (!answered.ok)
        return c.html(renderApprovalRefusal(lang, answered.reason), refusalStatus[answered.reason])
      return c.html(renderApprovalDone(lang, decision === 'approve' ? 'approved' : 'changes'))
    } catch (error) {
      if (error instanceof NewsroomError && error.code === 'invalid') {
        // A refusal with a reason is said in the page's language; others keep their detail.
        const refused = { id: error.code, message: error.message, details: error.details ?? {} }
        return again(
          error.details?.reason
            ? refusalSentence({ lang, t: translator(lang) }, refused)
            : t('error.invalid', { detail: error.message }),
        )
      }
      throw error
    }
  })

  // The workspace page.

  async function showPage(
    c: C,
    actor: Actor,
    id: string,
    extra: { flash?: string | null; error?: string | null } = {},
    status: 200 | 403 | 409 | 422 = 200,
  ) {
    const { quotes } = c.var.newsroom
    const approvals = await quotes.overview(actor, id)
    const release = approvals.release
    const people = (await quotes.linkablePeople(actor, id)).map((p) => ({
      id: p.person.id,
      name: p.person.name,
      organization: p.organization,
    }))
    const appearanceKeys = approvals.quotes
      .filter((q) =>
        hasRoleIn(actor, q.person ? [q.person.organizationId] : release.organizationIds, 'admin'),
      )
      .map((q) => q.key)
    const ctx = { ...(await pageContext(c, secure)), url: `/app/releases/${id}/quotes` }
    return c.html(
      renderQuotesPage(ctx, {
        approvals,
        people,
        appearanceKeys,
        signable: release.organizationIds.filter((o) => hasRoleIn(actor, [o], 'editor')),
        canOverride: hasRoleIn(actor, release.organizationIds, 'admin'),
        canPublish: canTransition(release.status, 'published'),
        ...extra,
      }),
      status,
    )
  }

  /** Runs a form's action; a refusal shows the page again with the reason, nothing lost. */
  async function formAction(c: C, run: (actor: Actor) => Promise<string>) {
    const actor = requireActor(c)
    const id = c.req.param('id') ?? ''
    try {
      const done = await run(actor)
      return c.redirect(done, 303)
    } catch (error) {
      const http = toHttpError(error)
      if (http.status !== 403 && http.status !== 409 && http.status !== 422) throw error
      const ctx = await pageContext(c, secure)
      return showPage(c, actor, id, { error: refusalSentence(ctx, http.body) }, http.status as 403)
    }
  }

  routes.get('/app/releases/:id/quotes', async (c) => {
    const actor = requireActor(c)
    const ctx = await pageContext(c, secure)
    const flash = quotesFlashes[c.req.query('done') ?? '']
    return showPage(c, actor, c.req.param('id'), {
      flash: flash ? quotesText(ctx.lang)(flash) : null,
    })
  })

  routes.post('/app/releases/:id/quotes/publish', (c) =>
    formAction(c, async (actor) => {
      const id = c.req.param('id')
      const form = await c.req.parseBody()
      const { releases } = c.var.newsroom
      const current = await releases.get(actor, id)
      if (field(form, 'revision') && Number(field(form, 'revision')) !== current.revision)
        throw refusal(
          'conflict',
          'release-stale',
          `the release changed since you loaded it (now revision ${current.revision}); read it again`,
          { currentRevision: current.revision },
        )
      await releases.transition(actor, id, 'published', {
        override: { reason: field(form, 'reason') },
      })
      return `/app/releases/${id}?done=moved`
    }),
  )

  routes.post('/app/releases/:id/quotes/:key/link', (c) =>
    formAction(c, async (actor) => {
      const id = c.req.param('id')
      const form = await c.req.parseBody()
      await c.var.newsroom.quotes.linkPerson(actor, id, c.req.param('key'), field(form, 'personId'))
      return `/app/releases/${id}/quotes?done=linked`
    }),
  )

  routes.post('/app/releases/:id/quotes/:key/request', (c) =>
    formAction(c, async (actor) => {
      const id = c.req.param('id')
      await c.var.newsroom.quotes.requestApproval(actor, id, c.req.param('key'))
      return `/app/releases/${id}/quotes?done=requested`
    }),
  )

  routes.post('/app/releases/:id/quotes/:key/appearance', (c) =>
    formAction(c, async (actor) => {
      const id = c.req.param('id')
      const form = await c.req.parseBody()
      await c.var.newsroom.quotes.setAppearance(
        actor,
        id,
        c.req.param('key'),
        appearanceFromForm(form),
      )
      return `/app/releases/${id}/quotes?done=appearance`
    }),
  )

  routes.post('/app/releases/:id/signoffs', (c) =>
    formAction(c, async (actor) => {
      const id = c.req.param('id')
      const form = await c.req.parseBody()
      await c.var.newsroom.quotes.signOff(actor, id, field(form, 'organizationId'))
      return `/app/releases/${id}/quotes?done=signed`
    }),
  )

  // The API.

  routes.get('/api/releases/:id/quotes', async (c) =>
    c.json(presentApprovals(await c.var.newsroom.quotes.overview(c.var.actor, c.req.param('id')))),
  )

  routes.post('/api/releases/:id/quotes/:key/link', async (c) => {
    const body = await readBody(c, linkBody)
    const quote = await c.var.newsroom.quotes.linkPerson(
      c.var.actor,
      c.req.param('id'),
      c.req.param('key'),
      body.personId,
    )
    return c.json({ quote: presentQuote(quote) })
  })

  routes.post('/api/releases/:id/quotes/:key/approval-requests', async (c) => {
    const approval = await c.var.newsroom.quotes.requestApproval(
      c.var.actor,
      c.req.param('id'),
      c.req.param('key'),
    )
    return c.json(
      {
        approval: {
          id: approval.id,
          status: approval.status,
          sentTo: approval.sentTo,
          requestedAt: approval.requestedAt,
          expiresAt: approval.expiresAt,
        },
      },
      201,
    )
  })

  routes.put('/api/releases/:id/quotes/:key/appearance', async (c) => {
    const body = await readBody(c, appearanceBody)
    const quote = await c.var.newsroom.quotes.setAppearance(
      c.var.actor,
      c.req.param('id'),
      c.req.param('key'),
      body,
    )
    return c.json({ quote: presentQuote(quote) })
  })

  routes.post('/api/releases/:id/signoffs', async (c) => {
    const body = await readBody(c, signoffBody)
    const signoff = await c.var.newsroom.quotes.signOff(
      c.var.actor,
      c.req.param('id'),
      body.organizationId,
    )
    return c.json({ signoff }, 201)
  })

  return routes
}
