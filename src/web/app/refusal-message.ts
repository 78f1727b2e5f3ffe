/**
 * Turns a refusal (a newsroom error code or an HTTP error id, with its English detail) into one
 * sentence in the interface language, so the workspace never shows a raw error id or JSON.
 */
import type { Translate, UiKey } from './ui-strings.js'

const keys: Record<string, UiKey> = {
  unauthenticated: 'error.unauthenticated',
  forbidden: 'error.forbidden',
  'not-found': 'error.not-found',
  conflict: 'error.conflict',
  invalid: 'error.invalid',
  'malformed-json': 'error.invalid',
  'too-large': 'error.invalid',
  'rate-limited': 'error.rate-limited',
  csrf: 'error.csrf',
}

/** The sentence for a refusal with id `id` and English detail `detail`. */
export function refusalMessage(t: Translate, id: string, detail: string): string {
  return t(keys[id] ?? 'error.internal', { detail })
}
