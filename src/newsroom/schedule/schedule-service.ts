/**
 * Embargoes, scheduled publication, preview links and corrections (issue 7).
 */
import type { NewsroomDeps } from '../newsroom-deps.js'
import type { ReleaseView } from '../release-service.js'

/** A correction as the public sees it: when, and the note in each language. */
export interface CorrectionNote {
  at: string
  notes: Record<string, string>
}

/** Schedule operations over the newsroom's dependencies. */
export function scheduleService(_deps: NewsroomDeps) {
  return {
    /** The corrections of a published release, oldest first. */
    async publicCorrections(_view: ReleaseView): Promise<CorrectionNote[]> {
      return []
    },
    /** A fingerprint of what this feature adds to public pages, for the public site's cache. */
    async publicStamp(_coalitionId: string): Promise<string> {
      return ''
    },
  }
}

/** The service's interface. */
export type ScheduleService = ReturnType<typeof scheduleService>
