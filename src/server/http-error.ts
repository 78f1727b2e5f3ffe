/**
 * HTTP errors: a status with a stable id and a one-sentence message, answered as JSON
 * `{ error: { id, message } }`. Newsroom refusals map onto statuses here and nowhere else.
 */
import { NewsroomError, type NewsroomErrorCode } from '../newsroom/newsroom-error.js'

/** An error answered to the client with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: { id: string; message: string; details?: Record<string, unknown> },
  ) {
    super(body.message)
    this.name = 'HttpError'
  }
}

const statusOf: Record<NewsroomErrorCode, number> = {
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  conflict: 409,
  invalid: 422,
  'rate-limited': 429,
}

/** The HTTP error for any thrown value: refusals keep their code, anything else is a 500. */
export function toHttpError(error: unknown): HttpError {
  if (error instanceof HttpError) return error
  if (error instanceof NewsroomError)
    return new HttpError(statusOf[error.code], {
      id: error.code,
      message: error.message,
      ...(error.details ? { details: error.details } : {}),
    })
  return new HttpError(500, {
    id: 'internal',
    message: 'something went wrong on the server; nothing was saved',
  })
}
