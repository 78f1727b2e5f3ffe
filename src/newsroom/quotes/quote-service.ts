/**
 * Quote approval, co-issuer sign-off, the publish gate and spokesperson appearance (issue 7).
 */
import type { RevisionContent } from '../../store/index.js'
import type { Actor } from '../access.js'
import type { NewsroomDeps } from '../newsroom-deps.js'
import type { ReleaseView } from '../release-service.js'

/** An admin's decision to publish despite missing approvals, with the reason that is logged. */
export interface PublishOverride {
  reason: string
}

/** Quote operations over the newsroom's dependencies. */
export function quoteService(_deps: NewsroomDeps) {
  return {
    /**
     * Refuses (with a NewsroomError) to publish `view` while a quote or a co-issuer sign-off is
     * missing, unless an admin gives an override. Called by every path that publishes.
     */
    async assertPublishable(
      _view: ReleaseView,
      _actor: Actor | null,
      _override?: PublishOverride,
    ): Promise<void> {},

    /**
     * The versions as the public sees them (spokesperson appearance applied) and a key that
     * changes whenever that text changes, for caches.
     */
    async publicContent(view: ReleaseView): Promise<{ content: RevisionContent; key: string }> {
      return { content: view.content, key: `${view.id}@${view.revision}` }
    },

    /** A fingerprint of what this feature changes on public pages, for the public site's cache. */
    async publicStamp(_coalitionId: string): Promise<string> {
      return ''
    },
  }
}

/** The service's interface. */
export type QuoteService = ReturnType<typeof quoteService>
