/**
 * Reads and validates a JSON request body with a zod schema: malformed JSON is a 400, a body of
 * the wrong shape a 422 naming the first field at fault.
 */
import type { Context } from 'hono'
import type { z } from 'zod'
import { HttpError } from './http-error.js'

/** The request's JSON body, validated by `schema`. */
export async function readBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown
  try {
    raw = JSON.parse(await c.req.text())
  } catch {
    throw new HttpError(400, {
      id: 'malformed-json',
      message: 'the request body is not valid JSON',
    })
  }
  const result = schema.safeParse(raw)
  if (!result.success) {
    const issue = result.error.issues[0]
    const where = issue?.path.length ? issue.path.join('.') : 'body'
    throw new HttpError(422, {
      id: 'invalid',
      message: `${where}: ${issue?.message ?? 'invalid value'}`,
    })
  }
  return result.data
}
