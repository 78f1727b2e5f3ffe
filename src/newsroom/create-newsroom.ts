/**
 * The newsroom: every domain service over one store and one clock, built once per app.
 */
import type { Store } from '../store/index.js'
import { accountService } from './account-service.js'
import type { Clock } from './clock.js'
import { directoryService } from './directory-service.js'
import { releaseService } from './release-service.js'

/** Builds the newsroom's services. */
export function createNewsroom(store: Store, clock: Clock) {
  return {
    store,
    clock,
    accounts: accountService(store, clock),
    directory: directoryService(store, clock),
    releases: releaseService(store, clock),
  }
}

/** The newsroom's services. */
export type Newsroom = ReturnType<typeof createNewsroom>
