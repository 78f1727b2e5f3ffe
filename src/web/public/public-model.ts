/**
 * What the public pages are rendered from: published releases with one article per public
 * language (parsed once per revision), the coalition's organizations, and the addresses. Plain
 * data gathered by the public site; the page templates never query the store.
 */

import type { PublicSigner } from '../../newsroom/signons/signon-service.js'
import type { Article } from '../../render/index.js'
import type { Organization } from '../../store/index.js'
import type { PublicUrls } from './public-urls.js'
import type { PublicLang } from './ui-strings.js'

/** A published release as the public pages show it. */
export interface PublicRelease {
  id: string
  slug: string
  status: 'published' | 'corrected'
  /** ISO time of first publication. */
  publishedAt: string
  /** ISO time of the last change (a correction). */
  updatedAt: string
  organizationIds: string[]
  /** The public languages the release has, in the order of its versions. */
  langs: PublicLang[]
  articles: Partial<Record<PublicLang, Article>>
  /** Corrections of the published release, oldest first, with their note per language. */
  corrections: PublicCorrection[]
  /** The organizations that signed it (confirmed for the current text and approved). */
  signers: PublicSigner[]
  /** Whether it is open for sign-ons (its page then invites organizations to sign). */
  signOpen: boolean
}

/** A correction note of a published release. */
export interface PublicCorrection {
  /** ISO time of the correction. */
  at: string
  notes: Partial<Record<PublicLang, string>>
}

/** Everything a page template needs besides its own subject. */
export interface PageContext {
  urls: PublicUrls
  coalitionName: string
  /** The coalition's organizations by id. */
  organizations: ReadonlyMap<string, Organization>
}

/** An organization's name in a language (its own name when no translation is stored). */
export function organizationName(org: Organization, lang: string): string {
  return org.names[lang]?.trim() || org.name
}
