/**
 * What each feature's routes are built with. A feature's routes are one Hono app mounted at the
 * root, holding its own full paths (/api/…, /app/…, /{lang}/…), so features never share a file.
 */

import type { Context } from 'hono'

/** Options every feature's routes receive. */
export interface FeatureRouteOptions {
  /** The public base URL without a trailing slash. */
  publicUrl: string
  /** The client's address for rate limits (the socket's under the Node server). */
  clientAddress: (c: Context) => string
  /** The coalition the public newsroom shows, by id or slug (default: the first created). */
  publicCoalition?: string
}
