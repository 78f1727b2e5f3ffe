/**
 * The audit log page of a release (/app/releases/:id/audit): every entry, oldest first, with
 * when, who (a member's name, the scheduler, or the holder of a link), what (named in the
 * interface language) and the entry's details.
 */
import { html } from 'hono/html'
import { releaseStatuses } from '../../newsroom/release-status.js'
import type { AuditEntry } from '../../store/index.js'
import { type Html, type PageContext, renderLayout, timeText } from './layout.js'
import {
  auditActionNames,
  type ScheduleKey,
  scheduleKeys,
  scheduleText,
} from './schedule-strings.js'
import type { UiKey } from './ui-strings.js'

/** What the audit page shows. */
export interface AuditPageData {
  releaseId: string
  headline: string
  entries: AuditEntry[]
  /** Names of the users who acted, by id. */
  userNames: ReadonlyMap<string, string>
  /** Names of the coalition's organizations, by id (details name them instead of an id). */
  organizationNames?: ReadonlyMap<string, string>
}

const statusKeys = new Set<string>(releaseStatuses)

/** One detail value as the page shows it: statuses, times, flags and organizations named. */
function detailValue(
  ctx: PageContext,
  key: string,
  value: unknown,
  orgs: ReadonlyMap<string, string>,
): string {
  if ((key === 'from' || key === 'to') && typeof value === 'string' && statusKeys.has(value))
    return ctx.t(`status.${value}` as UiKey)
  if (key === 'liftsAt' && typeof value === 'string' && !Number.isNaN(Date.parse(value)))
    return `${new Intl.DateTimeFormat(ctx.lang === 'es' ? 'es' : 'en-US', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    }).format(new Date(value))} UTC`
  if (typeof value === 'boolean') return scheduleText(ctx.lang, value ? 'audit.yes' : 'audit.no')
  if (key === 'organization' && typeof value === 'string') return orgs.get(value) ?? value
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/** An entry's details, their names in the interface language where the page knows them. */
function detailText(
  ctx: PageContext,
  detail: Record<string, unknown>,
  orgs: ReadonlyMap<string, string>,
): string {
  return Object.entries(detail)
    .map(([key, value]) => {
      const label = `audit.key.${key}` as ScheduleKey
      const name = scheduleKeys.includes(label) ? scheduleText(ctx.lang, label) : key
      return `${name}: ${detailValue(ctx, key, value, orgs)}`
    })
    .join('; ')
}

function who(ctx: PageContext, entry: AuditEntry, names: ReadonlyMap<string, string>): string {
  const s = (key: ScheduleKey, params?: Record<string, string>) =>
    scheduleText(ctx.lang, key, params)
  if (entry.actorId) return names.get(entry.actorId) ?? s('audit.unknownUser')
  const label = entry.actorLabel ?? ''
  if (label === 'scheduler') return s('audit.scheduler')
  if (label.startsWith('link:')) return s('audit.link', { email: label.slice(5) })
  return label || s('audit.system')
}

/** The audit page. */
export function renderAuditPage(ctx: PageContext, data: AuditPageData): Html {
  const s = (key: ScheduleKey) => scheduleText(ctx.lang, key)
  const names = auditActionNames[ctx.lang]
  const body =
    data.entries.length === 0
      ? html`<p>${s('audit.empty')}</p>`
      : html`<table class="audit">
        <caption>${s('audit.caption')}</caption>
        <thead><tr><th scope="col">${s('audit.when')}</th><th scope="col">${s('audit.who')}</th><th scope="col">${s('audit.what')}</th><th scope="col">${s('audit.detail')}</th></tr></thead>
        <tbody>${data.entries.map(
          (e) => html`<tr data-action="${e.action}">
            <td>${timeText(ctx.lang, e.createdAt)}</td>
            <td>${who(ctx, e, data.userNames)}</td>
            <td>${names[e.action] ?? e.action}</td>
            <td>${detailText(ctx, e.detail, data.organizationNames ?? new Map())}</td>
          </tr>`,
        )}</tbody>
      </table>`
  return renderLayout(
    ctx,
    s('audit.title'),
    html`<p>${data.headline} · <a href="/app/releases/${data.releaseId}">${scheduleText(ctx.lang, 'schedule.back')}</a></p>
      <p>${s('audit.intro')}</p>
      ${body}`,
  )
}
