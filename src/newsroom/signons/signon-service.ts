/**
 * Public sign-ons with double opt-in, moderation and reconfirmation (issue 7).
 */
import type { NewsroomDeps } from '../newsroom-deps.js'

/** Sign-on operations over the newsroom's dependencies. */
export function signonService(_deps: NewsroomDeps) {
  return {
    /** A fingerprint of what this feature adds to public pages, for the public site's cache. */
    async publicStamp(_coalitionId: string): Promise<string> {
      return ''
    },
  }
}

/** The service's interface. */
export type SignonService = ReturnType<typeof signonService>
