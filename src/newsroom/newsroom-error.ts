/**
 * Refusals of newsroom operations (forbidden, not found, conflict, invalid input). The server turns
 * each code into one HTTP status; the message says what to do.
 */

/** Why an operation was refused. */
export type NewsroomErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'invalid'
  | 'rate-limited'

/** An expected refusal, with a stable code and a one-sentence message. */
export class NewsroomError extends Error {
  constructor(
    readonly code: NewsroomErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message)
    this.name = 'NewsroomError'
  }
}
