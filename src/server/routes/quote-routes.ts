/**
 * Quote approval, co-issuer sign-off and spokesperson appearance: the approval link pages, the workspace's quotes page and their API (issue 7).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import type { FeatureRouteOptions } from './feature-route-options.js'

/** The quote routes. */
export function quoteRoutes(_options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  return routes
}
