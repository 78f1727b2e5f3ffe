/**
 * The bilingual editor: its page, its browser bundle, and the save and sync API (issue 6).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.js'
import type { FeatureRouteOptions } from './feature-route-options.js'

/** The editor routes. */
export function editorRoutes(_options: FeatureRouteOptions) {
  const routes = new Hono<AppEnv>()
  return routes
}
