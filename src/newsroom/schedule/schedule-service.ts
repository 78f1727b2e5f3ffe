/**
 * Embargoes, scheduled publication, preview links and corrections (issue 7).
 */
import type { AuditActor } from '../audit-service.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import { NewsroomError } from '../newsroom-error.js'
import type { ReleaseView } from '../release-service.js'

/** A release's embargo: when it lifts, and the time zone it is announced in. */
export interface Embargo {
  /** ISO time (UTC) at which every language version publishes. */
  liftsAt: string
  /** IANA time zone the embargo is stated in, e.g. America/Chicago. */
  timeZone: string
}

/** A correction as the public sees it: when, and the note in each language. */
export interface CorrectionNote {
  at: string
  notes: Record<string, string>
}

/** Schedule operations over the newsroom's dependencies. */
export function scheduleService(_deps: NewsroomDeps) {
  return {
    /** The embargo of a release, or null when it has none (or it has lifted). */
    async embargoOf(_releaseId: string): Promise<Embargo | null> {
      return null
    },

    /** The embargo line as journalists expect it, in `lang` ("EMBARGOED UNTIL …"). */
    embargoLine(embargo: Embargo, _lang: string): string {
      return `EMBARGOED UNTIL ${embargo.liftsAt}`
    },

    /**
     * A signed, per-recipient, revocable preview link of an embargoed release; issuing it is
     * logged. Refuses when the release has no embargo.
     */
    async issuePreview(
      _actor: AuditActor,
      _releaseId: string,
      _recipient: { email: string; name: string },
    ): Promise<{ url: string; id: string }> {
      throw new NewsroomError('conflict', 'preview links are not available yet')
    },

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
