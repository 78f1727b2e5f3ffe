/**
 * The bilingual editor: its page (/app/releases/:id/edit), its browser bundle and stylesheet, and
 * its JSON API — GET /api/releases/:id/editor (the state), PUT /api/releases/:id/editor (save a
 * revision; a stale base is merged paragraph-wise, or answered 409 with the conflicts), PUT
 * /api/releases/:id/editor/sync (mark a paragraph pair up to date). State-changing requests carry
 * the session's CSRF header like every API call.
 */
import { randomBytes } from 'node:crypto'
import { Hono } from 'hono'
import { z } from 'zod'
import type { Actor } from '../../newsroom/access.js'
import { NewsroomError } from '../../newsroom/newsroom-error.js'
import { editorBundle } from '../../web/app/editor-bundle.js'
import { editorCss } from '../../web/app/editor-css.js'
import { renderEditorPage } from '../../web/app/editor-page.js'
import { releaseTitle } from '../../web/app/index.js'
import type { AppEnv } from '../app-env.js'
import { readBody } from '../read-body.js'
import type { FeatureRouteOptions } from './feature-route-options.js'
import { pageContext, requireActor } from './workspace-kit.js'

const version = z.object({ lang: z.string().min(2).max(35), text: z.string().max(500_000) })
const saveBody = z.object({
  baseRevision: z.number().int().min(1),
  versions: z.array(version).min(1).max(10),
  note: z.string().max(2000).optional(),
})
const hash = z.string().regex(/^[0-9a-f]{16}$/, 'a paragraph hash is 16 hex digits')
const syncBody = z.object({
  sourceLang: z.string().min(2).max(35),
  targetLang: z.string().min(2).max(35),
  sourceHash: hash,
  targetHash: hash,
})

/** A quote's approval status as the quotes feature reports it, matched to quotes by their text. */
export interface QuoteStatusLine {
  lang: string
  text: string
  status: string
}

/**
 * The approval status of each side of each quote, from the quotes feature's overview; null when
 * the reader may not see approvals (a viewer), and the editor shows "unknown".
 */
async function quoteStatuses(
  newsroom: AppEnv['Variables']['newsroom'],
  actor: Actor | null,
  releaseId: string,
): Promise<QuoteStatusLine[] | null> {
  try {
    const overview = await newsroom.quotes.overview(actor, releaseId)
    return overview.quotes.flatMap((q) =>
      q.sides.map((side) => ({ lang: side.lang, text: side.text, status: q.status })),
    )
  } catch (error) {
    if (error instanceof NewsroomError) return null
    throw error
  }
}

/** The Content-Security-Policy of the editor page: its own script and styles, calls to itself. */
function editorPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
  ].join('; ')
}

/** The editor routes. */
export function editorRoutes(options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  const secure = options.publicUrl.startsWith('https:')

  routes.get('/app/releases/:id/edit', async (c) => {
    const actor = requireActor(c)
    const view = await c.var.newsroom.releases.get(actor, c.req.param('id'))
    const ctx = await pageContext(c, secure)
    const nonce = randomBytes(16).toString('base64')
    const title = releaseTitle(view.content.versions, ctx.lang, view.slug)
    const titleVersion = view.content.versions.find(
      (v) => (v.lang.split('-')[0] ?? '') === ctx.lang,
    )
    c.header('Content-Security-Policy', editorPolicy(nonce))
    return c.html(
      renderEditorPage(ctx, {
        releaseId: view.id,
        title,
        ...(titleVersion ? {} : { titleLang: view.content.versions[0]?.lang ?? ctx.lang }),
        langs: view.content.versions.map((v) => v.lang),
        nonce,
      }),
    )
  })

  routes.get('/app/editor/editor.js', async (c) => {
    const bundle = await editorBundle()
    c.header('Content-Type', 'text/javascript; charset=utf-8')
    c.header('X-Bundle-Origin', bundle.origin)
    return c.body(bundle.code)
  })

  routes.get('/app/editor/editor.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8')
    return c.body(editorCss)
  })

  routes.get('/api/releases/:id/editor', async (c) => {
    const { newsroom, actor } = c.var
    const id = c.req.param('id')
    const state = await newsroom.editorSync.state(actor, id)
    c.header('Cache-Control', 'no-store')
    return c.json({ state, quoteStatuses: await quoteStatuses(newsroom, actor, id) })
  })

  routes.put('/api/releases/:id/editor', async (c) => {
    const body = await readBody(c, saveBody)
    const result = await c.var.newsroom.editorSync.save(
      c.var.actor,
      c.req.param('id'),
      body.baseRevision,
      body.versions,
      body.note,
    )
    return c.json(result)
  })

  routes.put('/api/releases/:id/editor/sync', async (c) => {
    const body = await readBody(c, syncBody)
    const state = await c.var.newsroom.editorSync.markInSync(c.var.actor, c.req.param('id'), body)
    return c.json({ state })
  })

  return routes
}
