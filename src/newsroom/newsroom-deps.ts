/**
 * What every newsroom service is built from: the store, the clock, the audit log, the link
 * signer, the mailer and the public address links point to.
 */
import type { Mailer } from '../mail/index.js'
import type { Store } from '../store/index.js'
import type { AuditService } from './audit-service.js'
import type { Clock } from './clock.js'
import type { LinkSigner } from './link-signer.js'

/** The shared dependencies of the newsroom's services. */
export interface NewsroomDeps {
  store: Store
  clock: Clock
  audit: AuditService
  links: LinkSigner
  mailer: Mailer
  /** The public base URL without a trailing slash, for links in e-mails. */
  publicUrl: string
}
