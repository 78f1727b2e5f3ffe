/**
 * Embargo, scheduling, preview links and corrections: workspace pages, API and the preview page (issue 7).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import type { FeatureRouteOptions } from './feature-route-options.js'

/** The schedule routes. */
export function scheduleRoutes(_options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  return routes
}
