/**
 * Errors the store raises for expected conditions that callers turn into answers: a write based
 * on a stale revision, a duplicate key, a missing row.
 */

/** Why a store operation was refused. */
export type StoreErrorCode = 'conflict' | 'duplicate' | 'not-found'

/** An expected refusal by the store (not a bug): the caller decides how to answer it. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'StoreError'
  }
}

/** Whether `error` is a unique-constraint violation on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Error)) return false
  const code = (error as { code?: unknown }).code
  return (
    code === '23505' ||
    code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    code === 'SQLITE_CONSTRAINT_PRIMARYKEY'
  )
}
