/**
 * Tables of public sign-ons (issue 7). Filled in by that feature's migration 0005-signons; every table is added to
 * {@link Database} through this interface.
 */

/** The tables of public sign-ons. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature's tables are written
export interface SignonTables {}
