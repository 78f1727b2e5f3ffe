/**
 * Turns a refusal (a newsroom error code or an HTTP error id, with its English detail) into one
 * sentence in the interface language, so the workspace never shows a raw error id or JSON. A
 * refusal whose details carry a known `reason` is said entirely in the interface language
 * (src/web/app/refusal-reasons.ts); the English message stays for the API and logs.
 */
import { isReleaseStatus } from '../../newsroom/release-status.js'
import {
  type MissingQuoteStatus,
  type RefusalKey,
  refusalKeys,
  refusalText,
} from './refusal-reasons.js'
import { langName, type Translate, type UiKey, type UiLang } from './ui-strings.js'

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

/** A refusal as the server answers it: an error id, its English message and the details. */
export interface Refusal {
  id: string
  message: string
  details?: Record<string, unknown>
}

const quoteStatuses: readonly MissingQuoteStatus[] = [
  'none',
  'requested',
  'changes-requested',
  'voided',
]

function sentence(text: string): string {
  const trimmed = text.trim()
  const capital = trimmed.charAt(0).toLocaleUpperCase() + trimmed.slice(1)
  return /[.!?]$/.test(capital) ? capital : `${capital}.`
}

/** The publish gate's missing approvals (details.approvals) as clauses joined by semicolons. */
function approvalsList(lang: UiLang, approvals: unknown): string {
  if (!Array.isArray(approvals)) return ''
  const clauses: string[] = []
  for (const item of approvals) {
    if (!item || typeof item !== 'object') continue
    const a = item as Record<string, unknown>
    if (a.kind === 'signoff' && typeof a.organization === 'string')
      clauses.push(refusalText(lang, 'approval.signoff', { organization: a.organization }))
    if (a.kind === 'quote') {
      const status = quoteStatuses.find((s) => s === a.status) ?? 'none'
      const speaker =
        typeof a.speaker === 'string' && a.speaker
          ? a.speaker
          : refusalText(lang, 'approval.quote.unnamed', { key: String(a.key ?? '') })
      clauses.push(refusalText(lang, `approval.quote.${status}`, { speaker }))
    }
  }
  return clauses.length ? sentence(clauses.join('; ')) : ''
}

/** The parameters of a reason, statuses and content languages named in `lang` (lower case). */
function paramsOf(ctx: { lang: UiLang; t: Translate }, details: Record<string, unknown>) {
  const params: Record<string, string | number> = {}
  for (const [name, value] of Object.entries(details))
    if (typeof value === 'string' || typeof value === 'number') params[name] = value
  if (typeof details.currentRevision === 'number') params.revision = details.currentRevision
  for (const name of ['status', 'from', 'to']) {
    const value = params[name]
    if (typeof value === 'string' && isReleaseStatus(value))
      params[name] = ctx.t(`status.${value}` as UiKey).toLocaleLowerCase(ctx.lang)
  }
  // Spanish writes language names in lower case ("falta la nota en español").
  if (typeof params.lang === 'string') {
    const name = langName(ctx.lang, params.lang)
    params.lang = ctx.lang === 'es' ? name.toLocaleLowerCase('es') : name
  }
  params.list = approvalsList(ctx.lang, details.approvals)
  return params
}

/**
 * The sentence for `refusal` in the page's language: its reason's sentence when the details
 * carry a known reason, else the generic sentence for its id with the English detail.
 */
export function refusalSentence(ctx: { lang: UiLang; t: Translate }, refusal: Refusal): string {
  const reason = refusal.details?.reason
  if (typeof reason !== 'string' || !refusalKeys.includes(reason as RefusalKey))
    return refusalMessage(ctx.t, refusal.id, refusal.message)
  const clause = refusalText(ctx.lang, reason as RefusalKey, paramsOf(ctx, refusal.details ?? {}))
  // A forbidden or missing thing, and the publish gate's list, read best as sentences of their
  // own; other refusals keep the workspace's "That could not be done now: …" framing.
  if (refusal.id === 'conflict' && reason !== 'publish-approvals-missing')
    return ctx.t('error.conflict', { detail: clause })
  if (refusal.id === 'invalid') return ctx.t('error.invalid', { detail: clause })
  return sentence(clause)
}
