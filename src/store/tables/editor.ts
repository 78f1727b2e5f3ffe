/**
 * Tables of the bilingual editor's paragraph sync state (issue 6). Filled in by that feature's migration 0008-editor; every table is added to
 * {@link Database} through this interface.
 */

/** The tables of the bilingual editor's paragraph sync state. */
// biome-ignore lint/suspicious/noEmptyInterface: filled in as the feature's tables are written
export interface EditorTables {}
