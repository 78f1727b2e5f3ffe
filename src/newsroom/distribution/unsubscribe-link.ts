/**
 * Unsubscribe links: a signed, long-lived link per list contact, put in every message's body and
 * in its `List-Unsubscribe` header (with `List-Unsubscribe-Post: List-Unsubscribe=One-Click`,
 * RFC 8058). The list routes answer it: GET shows a confirmation page, POST unsubscribes at once.
 */
import type { NewsroomDeps } from '../newsroom-deps.js'

/** What an unsubscribe link is signed for. */
export const unsubscribePurpose = 'unsubscribe'

/** How long an unsubscribe link works: long enough for any archived message (three years). */
export const unsubscribeTtlMs = 3 * 365 * 24 * 3600 * 1000

/** The unsubscribe URL of one list contact. */
export async function unsubscribeUrl(
  deps: Pick<NewsroomDeps, 'links' | 'publicUrl'>,
  contactId: string,
): Promise<string> {
  const { token } = await deps.links.sign(unsubscribePurpose, contactId, unsubscribeTtlMs)
  return `${deps.publicUrl}/unsubscribe/${token}`
}
