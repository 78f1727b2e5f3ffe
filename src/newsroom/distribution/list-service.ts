/**
 * Press and member lists, CSV import, consent and suppression (issue 8).
 */
import type { NewsroomDeps } from '../newsroom-deps.js'

/** List operations over the newsroom's dependencies. */
export function listService(_deps: NewsroomDeps) {
  return {}
}

/** The service's interface. */
export type ListService = ReturnType<typeof listService>
