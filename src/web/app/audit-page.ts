/**
 * The audit log page of a release (/app/releases/:id/audit): every entry, oldest first, with
 * when, who (a member's name, the scheduler, or the holder of a link), what (named in the
 * interface language) and the entry's details.
 */
import { html } from 'hono/html'
import type { AuditEntry } from '../../store/index.js'
import { type Html, type PageContext, renderLayout, timeText } from './layout.js'
import { auditActionNames, type ScheduleKey, scheduleText } from './schedule-strings.js'

/** What the audit page shows. */
export interface AuditPageData {
  releaseId: string
  headline: string
  entries: AuditEntry[]
  /** Names of the users who acted, by id. */
  userNames: ReadonlyMap<string, string>
}

function detailText(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
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
            <td>${detailText(e.detail)}</td>
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
