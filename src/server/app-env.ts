/**
 * The app's context types: what middleware puts on each request (the session's actor and CSRF
 * token, the request's language) and the services routes call.
 */
import type { Actor } from '../newsroom/access.js'
import type { Newsroom } from '../newsroom/create-newsroom.js'

/** Values set on the request context. */
export interface AppVariables {
  newsroom: Newsroom
  actor: Actor | null
  csrfToken: string | null
  sessionToken: string | null
}

/** The Hono environment of the app. */
export interface AppEnv {
  Variables: AppVariables
}
