/**
 * Sign-ons: the public sign-on pages, confirmation links, moderation in the workspace and CSV export (issue 7).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import type { FeatureRouteOptions } from './feature-route-options.js'

/** The sign-on routes. */
export function signonRoutes(_options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  return routes
}
