/**
 * Tables of public sign-ons (issue 7). Filled in by that feature's migration 0005-signons; every
 * table is added to {@link Database} through this interface.
 */

/**
 * A release opened for sign-ons. `current_hash` is the hash of the release's text as the feature
 * last saw it (a change starts reconfirmation); `version` counts every change of its public list.
 */
export interface SignonCampaignTable {
  release_id: string
  coalition_id: string
  open: number
  current_hash: string
  version: number
  opened_by: string | null
  created_at: string
  updated_at: string
}

/**
 * One organization's sign-on. `org_key` is the normalised name plus the e-mail's domain (or the
 * whole address for free-mail domains), the key duplicates are merged on. `signed_hash` is the
 * hash of the text the signer confirmed; `moderation` is pending, approved or rejected.
 */
export interface SignonTable {
  id: string
  release_id: string
  coalition_id: string
  lang: string
  organization: string
  org_key: string
  city: string
  country: string
  contact_name: string
  email: string
  logo_url: string | null
  logo_id: string | null
  consent: number
  signed_hash: string
  confirmed_at: string | null
  moderation: string
  moderated_by: string | null
  merged_into: string | null
  reconfirm_hash: string | null
  created_at: string
  updated_at: string
}

/** An uploaded logo (PNG, JPEG or WebP, checked by its magic bytes), base64 text. */
export interface SignonLogoTable {
  id: string
  signon_id: string
  mime: string
  data: string
  created_at: string
}

/** A confirmation or reconfirmation link sent by e-mail, by its token id; used once. */
export interface SignonLinkTable {
  id: string
  signon_id: string
  purpose: string
  /** The text hash a reconfirmation link is for. */
  for_hash: string | null
  created_at: string
  used_at: string | null
}

/** The tables of public sign-ons. */
export interface SignonTables {
  signon_campaigns: SignonCampaignTable
  signons: SignonTable
  signon_logos: SignonLogoTable
  signon_links: SignonLinkTable
}
