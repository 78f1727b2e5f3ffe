/**
 * The HTTP app: `createApp({ store, clock })` wires the newsroom's services, session and CSRF
 * middleware, body limits, secure headers and the routes, and answers every error as JSON
 * `{ error: { id, message } }`. Tests call `app.request()` without a port.
 */
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import type { Mailer } from '../mail/index.js'
import { type Clock, systemClock } from '../newsroom/clock.js'
import { createNewsroom } from '../newsroom/create-newsroom.js'
import type { Store } from '../store/index.js'
import type { AppEnv } from './app-env.js'
import { HttpError, toHttpError } from './http-error.js'
import { createRateLimiter } from './middleware/rate-limit.js'
import { sessionMiddleware } from './middleware/session.js'
import { appErrorPage, appRoutes } from './routes/app-routes.js'
import { directoryRoutes } from './routes/directory-routes.js'
import { editorRoutes } from './routes/editor-routes.js'
import { listRoutes } from './routes/list-routes.js'
import { publicRoutes } from './routes/public-routes.js'
import { quoteRoutes } from './routes/quote-routes.js'
import { releaseRoutes } from './routes/release-routes.js'
import { scheduleRoutes } from './routes/schedule-routes.js'
import { sendRoutes } from './routes/send-routes.js'
import { sessionRoutes } from './routes/session-routes.js'
import { signonRoutes } from './routes/signon-routes.js'

/** What the app is built from. */
export interface AppOptions {
  store: Store
  clock?: Clock
  /** The public base URL, for links in invitations, feeds and pages. */
  publicUrl?: string
  /** The coalition the public newsroom shows, by id or slug (default: the first one created). */
  publicCoalition?: string
  /** Mark cookies Secure (on whenever the public URL is https). */
  secureCookies?: boolean
  /** Largest request body accepted, in bytes. */
  maxBodyBytes?: number
  /** Sign-in attempts allowed per address and per e-mail in 15 minutes. */
  signInLimit?: number
  /** Where e-mail goes (default: a drop folder under ./data/mail). */
  mailer?: Mailer
  /** A fixed link-signing key (tests); by default one is made and kept in the store. */
  linkKey?: string
  /** The client's address for rate limits (the socket's, from the Node adapter). */
  clientAddress?: (c: import('hono').Context) => string
}

/** Builds the app. */
export function createApp(options: AppOptions) {
  const clock = options.clock ?? systemClock
  const publicUrl = (options.publicUrl ?? 'http://localhost:8080').replace(/\/+$/, '')
  const newsroom = createNewsroom(options.store, clock, {
    publicUrl,
    ...(options.mailer ? { mailer: options.mailer } : {}),
    ...(options.linkKey ? { linkKey: options.linkKey } : {}),
  })
  const limiter = createRateLimiter(clock, options.signInLimit ?? 10, 15 * 60 * 1000)
  const maxBody = options.maxBodyBytes ?? 2 * 1024 * 1024

  const app = new Hono<AppEnv>()
  app.onError((error, c) => {
    // The workspace answers browsers: its refusals (CSRF, body limit) are pages, not JSON.
    if (c.req.path === '/app' || c.req.path.startsWith('/app/')) return appErrorPage(c, error)
    const http = toHttpError(error)
    if (http.status >= 500) console.error(error)
    return c.json({ error: http.body }, http.status as 400)
  })
  app.notFound((c) =>
    c.json({ error: { id: 'not-found', message: `nothing at ${c.req.path}` } }, 404),
  )
  app.use(secureHeaders())
  app.use(
    bodyLimit({
      maxSize: maxBody,
      onError: () => {
        throw new HttpError(413, {
          id: 'too-large',
          message: `the request body is larger than ${maxBody} bytes`,
        })
      },
    }),
  )
  app.use(async (c, next) => {
    c.set('newsroom', newsroom)
    await next()
  })
  app.use(sessionMiddleware())

  const signIn = {
    limiter,
    secureCookies: options.secureCookies ?? publicUrl.startsWith('https:'),
    clientAddress: options.clientAddress ?? ((c) => c.req.header('x-real-ip') ?? 'local'),
  }
  const api = new Hono<AppEnv>()
  api.route('/', sessionRoutes(signIn))
  api.route('/', releaseRoutes())
  api.route('/', directoryRoutes({ publicUrl }))
  app.route('/api', api)
  // The workspace's sign-in form shares the API's limiter: one budget per address and e-mail.
  app.route('/app', appRoutes({ publicUrl, ...signIn }))
  // Each feature's routes hold their own full paths; mounted before the public catch-alls.
  for (const feature of [
    editorRoutes,
    quoteRoutes,
    scheduleRoutes,
    signonRoutes,
    listRoutes,
    sendRoutes,
  ])
    app.route(
      '/',
      feature({
        publicUrl,
        clientAddress: signIn.clientAddress,
        ...(options.publicCoalition ? { publicCoalition: options.publicCoalition } : {}),
      }),
    )
  app.all('/app/*', () => {
    throw new HttpError(404, { id: 'not-found', message: 'no such page' })
  })
  app.route(
    '/',
    publicRoutes({
      publicUrl,
      ...(options.publicCoalition ? { coalition: options.publicCoalition } : {}),
    }),
  )

  return Object.assign(app, { newsroom })
}

/** The app's type. */
export type App = ReturnType<typeof createApp>
