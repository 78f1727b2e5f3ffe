/**
 * Tables of embargoes, scheduled publication, preview links and corrections (issue 7). Filled in by that feature's migration 0004-schedule; every table is added to
 * {@link Database} through this interface.
 */

/** The tables of embargoes, scheduled publication, preview links and corrections. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature's tables are written
export interface ScheduleTables {}
