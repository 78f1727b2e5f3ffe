/**
 * Press and member lists: workspace pages, CSV import with its report, the API, and the public unsubscribe endpoints (issue 8).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import type { FeatureRouteOptions } from './feature-route-options.js'

/** The list routes. */
export function listRoutes(_options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  return routes
}
