/**
 * What each feature's routes are built with. A feature's routes are one Hono app mounted at the
 * root, holding its own full paths (/api/…, /app/…, /{lang}/…), so features never share a file.
 */

/** Options every feature's routes receive. */
export interface FeatureRouteOptions {
  /** The public base URL without a trailing slash. */
  publicUrl: string
}
