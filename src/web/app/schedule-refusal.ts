/**
 * A refusal of the schedule service in the interface language: the service marks each refusal
 * with a `reason` (and its parameters) in the error's details, so the Spanish page says it in
 * Spanish instead of repeating the service's English sentence. Anything else falls back to the
 * workspace's generic refusal sentence.
 */
import type { PageContext } from './layout.js'
import { refusalSentence } from './refusal-message.js'
import { type ScheduleKey, scheduleKeys, scheduleText } from './schedule-strings.js'
import { langName, type UiKey } from './ui-strings.js'

/** What a refusal carries: an error id, its English message and the service's details. */
export interface ScheduleRefusal {
  id: string
  message: string
  details?: Record<string, unknown>
}

/** The sentence for `refusal` in the page's language. */
export function scheduleRefusalMessage(
  ctx: Pick<PageContext, 'lang' | 't'>,
  refusal: ScheduleRefusal,
): string {
  const reason = refusal.details?.reason
  const key = `refusal.${String(reason)}` as ScheduleKey
  if (typeof reason !== 'string' || !scheduleKeys.includes(key))
    return refusalSentence(ctx, refusal)
  const params: Record<string, string> = {}
  for (const [name, value] of Object.entries(refusal.details ?? {}))
    if (typeof value === 'string') params[name] = value
  if (params.status) params.status = ctx.t(`status.${params.status}` as UiKey)
  // Spanish writes language names in lower case ("falta la nota en español").
  if (params.lang) {
    const name = langName(ctx.lang, params.lang)
    params.lang = ctx.lang === 'es' ? name.toLocaleLowerCase('es') : name
  }
  const detail = scheduleText(ctx.lang, key, params)
  const wrapper: UiKey = refusal.id === 'invalid' ? 'error.invalid' : 'error.conflict'
  return refusal.id === 'not-found' ? detail : ctx.t(wrapper, { detail })
}
