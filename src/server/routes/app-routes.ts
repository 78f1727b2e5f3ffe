/** The workspace pages under /app (placeholder: sign-in, dashboard, import and publish land here). */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'

/** Options of the workspace pages. */
export interface AppRouteOptions {
  publicUrl: string
}

/** Server-rendered workspace pages, mounted at /app. */
export function appRoutes(_options: AppRouteOptions) {
  return new Hono<AppEnv>()
}
