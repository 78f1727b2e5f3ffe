/**
 * The bilingual editor's paragraph sync state: per-paragraph hashes stored with each revision (issue 6).
 */
import type { NewsroomDeps } from '../newsroom-deps.js'

/** Editor sync operations over the newsroom's dependencies. */
export function editorSyncService(_deps: NewsroomDeps) {
  return {}
}

/** The service's interface. */
export type EditorSyncService = ReturnType<typeof editorSyncService>
