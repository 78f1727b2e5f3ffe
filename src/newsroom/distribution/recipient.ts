/**
 * A recipient of a send: one address resolved from the lists, with the languages it reads. The
 * outbox copies these fields into its rows at enqueue time, so a later change to a list never
 * alters a send in progress.
 */

/** A language a recipient can be sent. */
export type RecipientLang = 'en' | 'es'

/** One resolved recipient: subscribed, not suppressed, de-duplicated by address. */
export interface Recipient {
  contactId: string
  /** Lower-cased address. */
  email: string
  name: string
  /** The versions this recipient gets, in order of preference (one, or both by choice). */
  langs: RecipientLang[]
  /** Press contacts get embargo previews; members get nothing until an embargo lifts. */
  kind: 'press' | 'member'
}
