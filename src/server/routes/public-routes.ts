/** The public newsroom (placeholder: pages per language, feeds and sitemap land here). */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'

/** Options of the public routes. */
export interface PublicRouteOptions {
  publicUrl: string
}

/** Public pages, feeds and sitemap, mounted at the root. */
export function publicRoutes(_options: PublicRouteOptions) {
  return new Hono<AppEnv>()
}
