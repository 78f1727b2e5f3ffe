/**
 * The public newsroom, mounted at the root: `/` redirects by Accept-Language, `/en/…` and `/es/…`
 * serve the index, release and organization pages, per-language and per-organization feeds (RSS,
 * Atom, JSON Feed), plus `/sitemap.xml`, `/robots.txt` and `/assets/newsroom.css`. Only published
 * releases ever appear; anything else answers 404. Routes are thin: the documents come from the
 * public site in src/web/public, which the static export uses too.
 */
import { type Context, Hono } from 'hono'
import type { Newsroom } from '../../newsroom/create-newsroom.js'
import {
  createPublicSite,
  type FeedKind,
  isPublicLang,
  negotiateLang,
  type PublicDocuments,
  type PublicLang,
  type PublicResponse,
  publicDocuments,
} from '../../web/public/index.js'
import type { AppEnv } from '../app-env.js'

/** Options of the public routes. */
export interface PublicRouteOptions {
  publicUrl: string
  /** The coalition whose newsroom is public, by id or slug; the first one created by default. */
  coalition?: string
}

/** Path segments that belong to other parts of the app, never to a language. */
const reserved = new Set(['api', 'app', 'assets'])

/** Public pages, feeds and sitemap, mounted at the root. */
export function publicRoutes(options: PublicRouteOptions) {
  const app = new Hono<AppEnv>()
  const sites = new WeakMap<Newsroom, PublicDocuments>()

  function documents(c: Context<AppEnv>): PublicDocuments {
    const newsroom = c.get('newsroom')
    let docs = sites.get(newsroom)
    if (!docs) {
      docs = publicDocuments(
        createPublicSite(newsroom, {
          publicUrl: options.publicUrl,
          ...(options.coalition ? { coalition: options.coalition } : {}),
        }),
      )
      sites.set(newsroom, docs)
    }
    return docs
  }

  function send(c: Context<AppEnv>, response: PublicResponse) {
    c.header('content-type', response.type)
    c.header('cache-control', response.status === 200 ? 'public, max-age=60' : 'no-store')
    return c.body(response.body, response.status as 200)
  }

  /** Runs `handler` for a public language; reserved segments fall through, others answer 404. */
  function inLang(handler: (c: Context<AppEnv>, lang: PublicLang) => Promise<PublicResponse>) {
    return async (c: Context<AppEnv>) => {
      const tag = c.req.param('lang') ?? ''
      if (reserved.has(tag)) return c.notFound()
      if (!isPublicLang(tag)) return send(c, await documents(c).unknownLang(tag))
      return send(c, await handler(c, tag))
    }
  }

  const param = (c: Context<AppEnv>, name: string) => c.req.param(name) ?? ''

  app.get('/', (c) => {
    c.header('vary', 'Accept-Language')
    return c.redirect(`./${negotiateLang(c.req.header('accept-language'))}/`, 302)
  })
  app.get('/robots.txt', async (c) => send(c, await documents(c).robots()))
  app.get('/sitemap.xml', async (c) => send(c, await documents(c).sitemap()))
  app.get('/assets/newsroom.css', async (c) => send(c, await documents(c).css()))
  // No icon: an empty answer rather than a 404 logged by the browser on every page.
  app.get('/favicon.ico', (c) => {
    c.header('Cache-Control', 'public, max-age=86400')
    return c.body(null, 204)
  })

  app.get('/:lang', async (c) => {
    const tag = param(c, 'lang')
    if (reserved.has(tag) || tag.includes('.')) return c.notFound()
    if (!isPublicLang(tag)) return send(c, await documents(c).unknownLang(tag))
    return c.redirect(`./${tag}/`, 301)
  })
  app.get(
    '/:lang/',
    inLang((c, lang) => documents(c).index(lang)),
  )
  const feeds: [string, FeedKind][] = [
    ['feed.xml', 'rss'],
    ['atom.xml', 'atom'],
    ['feed.json', 'json'],
  ]
  for (const [file, kind] of feeds) {
    app.get(
      `/:lang/${file}`,
      inLang((c, lang) => documents(c).feed(lang, kind)),
    )
    app.get(
      `/:lang/organizations/:slug/${file}`,
      inLang((c, lang) => documents(c).feed(lang, kind, param(c, 'slug'))),
    )
  }
  app.on(
    'GET',
    ['/:lang/releases/:slug', '/:lang/releases/:slug/'],
    inLang((c, lang) => documents(c).release(lang, param(c, 'slug'))),
  )
  app.on(
    'GET',
    ['/:lang/organizations/:slug', '/:lang/organizations/:slug/'],
    inLang((c, lang) => documents(c).organization(lang, param(c, 'slug'))),
  )
  // Any other address under a language: the newsroom's own not-found page in that language.
  app.get(
    '/:lang/*',
    inLang((c, lang) => documents(c).notFound(lang)),
  )
  return app
}
