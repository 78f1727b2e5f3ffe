/**
 * Tables of quote approval, co-issuer sign-off and spokesperson appearance (issue 7). Filled in by that feature's migration 0003-quotes; every table is added to
 * {@link Database} through this interface.
 */

/** The tables of quote approval, co-issuer sign-off and spokesperson appearance. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature's tables are written
export interface QuoteTables {}
