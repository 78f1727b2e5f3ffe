/**
 * The newsroom: every domain service over one store, one clock and one mailer, built once per
 * app. Features get their shared dependencies ({@link NewsroomDeps}) and nothing else.
 */
import { createMailer, type Mailer } from '../mail/index.js'
import type { Store } from '../store/index.js'
import { accountService } from './account-service.js'
import { auditService } from './audit-service.js'
import type { Clock } from './clock.js'
import { directoryService } from './directory-service.js'
import { listService } from './distribution/list-service.js'
import { outboxService } from './distribution/outbox-service.js'
import { editorSyncService } from './editor/sync-service.js'
import { linkSigner } from './link-signer.js'
import type { NewsroomDeps } from './newsroom-deps.js'
import { quoteService } from './quotes/quote-service.js'
import { releaseService } from './release-service.js'
import { scheduleService } from './schedule/schedule-service.js'
import { signonService } from './signons/signon-service.js'

/** Options of {@link createNewsroom}. */
export interface NewsroomOptions {
  /** Where e-mail goes (default: a drop folder under ./data/mail). */
  mailer?: Mailer
  /** The public base URL, for links in e-mails (default http://localhost:8080). */
  publicUrl?: string
  /** A fixed link-signing key (base64url); by default one is made and kept in the store. */
  linkKey?: string
}

/** Builds the newsroom's services. */
export function createNewsroom(store: Store, clock: Clock, options: NewsroomOptions = {}) {
  const audit = auditService(store, clock)
  const deps: NewsroomDeps = {
    store,
    clock,
    audit,
    links: linkSigner(store, clock, options.linkKey),
    mailer: options.mailer ?? createMailer(),
    publicUrl: (options.publicUrl ?? 'http://localhost:8080').replace(/\/+$/, ''),
  }
  const quotes = quoteService(deps)
  const schedule = scheduleService(deps)
  const signons = signonService(deps)
  return {
    store,
    clock,
    deps,
    audit,
    accounts: accountService(store, clock),
    directory: directoryService(store, clock),
    releases: releaseService(store, clock, {
      beforePublish: (view, actor, override) => quotes.assertPublishable(view, actor, override),
      afterSave: (releaseId) => signons.reconcile(releaseId),
      redact: async (view) => (await quotes.publicContent(view)).content,
      audit,
    }),
    quotes,
    schedule,
    signons,
    /** A fingerprint of everything features add to public pages (cache validation). */
    publicStamp: async (coalitionId: string): Promise<string> =>
      (
        await Promise.all([
          quotes.publicStamp(coalitionId),
          schedule.publicStamp(coalitionId),
          signons.publicStamp(coalitionId),
        ])
      ).join('|'),
    lists: listService(deps),
    outbox: outboxService(deps),
    editorSync: editorSyncService(deps),
  }
}

/** The newsroom's services. */
export type Newsroom = ReturnType<typeof createNewsroom>
