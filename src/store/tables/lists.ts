/**
 * Tables of press and member lists, consent and suppression (issue 8). Filled in by that feature's migration 0006-lists; every table is added to
 * {@link Database} through this interface.
 */

/** The tables of press and member lists, consent and suppression. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature's tables are written
export interface ListTables {}
