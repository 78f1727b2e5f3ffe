/**
 * The life of a release: draft → in review → approved → scheduled → published → corrected, with
 * the steps back that editors take (a review sends a draft back; a schedule can be cancelled).
 */

/** Where a release stands. */
export type ReleaseStatus =
  | 'draft'
  | 'in-review'
  | 'approved'
  | 'scheduled'
  | 'published'
  | 'corrected'

/** Every status, in order. */
export const releaseStatuses: readonly ReleaseStatus[] = [
  'draft',
  'in-review',
  'approved',
  'scheduled',
  'published',
  'corrected',
]

const next: Record<ReleaseStatus, readonly ReleaseStatus[]> = {
  draft: ['in-review'],
  'in-review': ['draft', 'approved'],
  approved: ['draft', 'scheduled', 'published'],
  scheduled: ['approved', 'published'],
  published: ['corrected'],
  corrected: ['corrected'],
}

/** Whether a release may move from `from` to `to`. */
export function canTransition(from: ReleaseStatus, to: ReleaseStatus): boolean {
  return next[from].includes(to)
}

/** The statuses a release may move to from `from`. */
export function nextStatuses(from: ReleaseStatus): readonly ReleaseStatus[] {
  return next[from]
}

/** Whether a status is one of {@link releaseStatuses}. */
export function isReleaseStatus(value: string): value is ReleaseStatus {
  return (releaseStatuses as readonly string[]).includes(value)
}

/** Whether the public may read a release in this status. */
export function isPublic(status: string): boolean {
  return status === 'published' || status === 'corrected'
}
