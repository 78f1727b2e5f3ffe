/**
 * Tables of quote approval, co-issuer sign-off and spokesperson appearance (issue 7). Filled in by
 * that feature's migration 0003-quotes; every table is added to {@link Database} through this
 * interface. A quote is named by its key within its release (see src/newsroom/quotes/quote-pairs.ts),
 * so links, approvals and appearance choices survive edits of the release's text.
 */

/** An editor's choice of the directory person a quote is linked to (automatic links are not stored). */
export interface QuoteLinkTable {
  release_id: string
  quote_key: string
  person_id: string
  set_by: string | null
  updated_at: string
}

/**
 * One approval request of a quote, sent as a signed link. `hashes` is JSON `{ lang: sha256 }` of
 * the quoted words in each language when it was sent; `texts` keeps those words as sent.
 * `status` is requested, approved or changes-requested; `superseded_at` marks a request replaced
 * by a newer one, `voided_at` an approval whose words changed since.
 */
export interface QuoteApprovalTable {
  id: string
  release_id: string
  quote_key: string
  person_id: string | null
  sent_to: string
  token_id: string
  hashes: string
  texts: string
  status: string
  comment: string | null
  requested_by: string | null
  requested_at: string
  expires_at: string
  answered_at: string | null
  superseded_at: string | null
  voided_at: string | null
}

/**
 * How the speaker of a quote appears in public: mode full, first or description; `descriptions`
 * is JSON `{ lang: text }`; the flags are 0/1.
 */
export interface QuoteAppearanceTable {
  release_id: string
  quote_key: string
  mode: string
  descriptions: string
  show_title: number
  show_city: number
  show_photo: number
  set_by: string
  updated_at: string
}

/** A co-issuing organization's sign-off of the whole release, bound to a hash of all its text. */
export interface ReleaseSignoffTable {
  id: string
  release_id: string
  organization_id: string
  content_hash: string
  revision: number
  user_id: string
  created_at: string
}

/** The tables of quote approval, co-issuer sign-off and spokesperson appearance. */
export interface QuoteTables {
  quote_links: QuoteLinkTable
  quote_approvals: QuoteApprovalTable
  quote_appearances: QuoteAppearanceTable
  release_signoffs: ReleaseSignoffTable
}
