/**
 * Tables of the e-mail outbox (issue 8). Filled in by that feature's migration 0007-outbox; every table is added to
 * {@link Database} through this interface.
 */

/** The tables of the e-mail outbox. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature's tables are written
export interface OutboxTables {}
