/**
 * Where a sign-on stands, from its row and the release's current text hash: awaiting its e-mail
 * confirmation, confirmed and awaiting moderation, approved (listed publicly), rejected, merged
 * into another organization's sign-on, or awaiting reconfirmation after a material change.
 */
import type { SignonRow } from '../../store/repositories/signons.js'

/** The states the moderation queue shows. */
export const signonStates = [
  'pending',
  'confirmed',
  'approved',
  'reconfirm',
  'rejected',
  'merged',
] as const

/** One of {@link signonStates}. */
export type SignonState = (typeof signonStates)[number]

/** The state of `row` when the release's text hash is `currentHash`. */
export function signonState(
  row: Pick<SignonRow, 'merged_into' | 'moderation' | 'confirmed_at' | 'signed_hash'>,
  currentHash: string,
): SignonState {
  if (row.merged_into) return 'merged'
  if (row.moderation === 'rejected') return 'rejected'
  if (!row.confirmed_at) return 'pending'
  if (row.signed_hash !== currentHash) return 'reconfirm'
  return row.moderation === 'approved' ? 'approved' : 'confirmed'
}

/** Whether the public may see the sign-on: confirmed for the current text and approved. */
export function isListed(
  row: Pick<SignonRow, 'merged_into' | 'moderation' | 'confirmed_at' | 'signed_hash' | 'consent'>,
  currentHash: string,
): boolean {
  return row.consent === 1 && signonState(row, currentHash) === 'approved'
}
