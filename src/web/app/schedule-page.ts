/**
 * The embargo and schedule page of a release (/app/releases/:id/schedule): the time it publishes
 * and the embargo line in each of its languages, the form to set, change or clear the time in an
 * IANA time zone, the preview links given to journalists (with their views, and revocation), and
 * the corrections of a published release with the form to publish one.
 */
import { html } from 'hono/html'
import type { ScheduleOverview } from '../../newsroom/schedule/schedule-service.js'
import { formatWallTime, timeZoneNames, wallTimeAt } from '../../newsroom/schedule/zoned-time.js'
import { statusBadge } from './dashboard-page.js'
import { csrfField, type Html, notice, type PageContext, renderLayout, timeText } from './layout.js'
import { releaseTitle } from './release-summary.js'
import { type ScheduleKey, scheduleText } from './schedule-strings.js'
import { langName, type UiKey } from './ui-strings.js'

/** What the page shows besides the overview. */
export interface SchedulePageData {
  overview: ScheduleOverview
  /** News after a form ("saved"), or null. */
  flash?: string | null
  /** A refusal to show, or null. */
  error?: string | null
  /** How many approvals the publish gate misses now (shown while a time can be set), or null. */
  blockers?: number | null
  /** A preview link just issued, shown once. */
  issued?: { email: string; url: string } | null
  /** Values to put back in the forms after a refusal. */
  form?: {
    at?: string
    timeZone?: string
    embargo?: boolean
    notes?: Record<string, string>
    /** The preview link form's recipient, put back after a refusal. */
    preview?: { email: string; name: string }
  }
}

/** A time as words in the interface language, in UTC (for sentences, where no markup goes). */
function plainTime(ctx: PageContext, iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  return `${new Intl.DateTimeFormat(ctx.lang === 'es' ? 'es' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date)} UTC`
}

/** The zone offered first when nothing is chosen yet. */
const defaultZone = 'America/Chicago'

function scheduleSection(ctx: PageContext, data: SchedulePageData): Html {
  const s = (key: ScheduleKey, params?: Record<string, string | number>) =>
    scheduleText(ctx.lang, key, params)
  const { schedule, release, lines } = data.overview
  if (!schedule) return html`<p>${s('schedule.none')}</p>`
  const failure = schedule.lastFailure
  return html`<dl class="facts">
      <dt>${s('schedule.publishesAt')}</dt>
      <dd>${timeText(ctx.lang, schedule.liftsAt)} · ${formatWallTime(wallTimeAt(new Date(schedule.liftsAt), schedule.timeZone)).replace('T', ' ')} ${schedule.timeZone}</dd>
      <dt>${s('schedule.kind')}</dt>
      <dd>${schedule.embargo ? s('schedule.kindEmbargo') : s('schedule.kindPlain')}</dd>
    </dl>
    ${
      Object.keys(lines).length > 0
        ? html`<h3>${s('schedule.lines')}</h3>
          <ul class="embargo-lines">${Object.entries(lines).map(
            ([lang, line]) =>
              html`<li><span>${langName(ctx.lang, lang)}:</span> <strong lang="${lang}" class="embargo-line">${line}</strong></li>`,
          )}</ul>`
        : html``
    }
    ${
      failure && release.status === 'scheduled'
        ? notice(
            'alert',
            s('schedule.refused', { time: plainTime(ctx, failure.at), message: failure.message }),
          )
        : html``
    }`
}

/** Warns that the publish gate would refuse now, so a time set today may not publish then. */
function blockedNotice(ctx: PageContext, data: SchedulePageData): Html {
  const { release } = data.overview
  const count = data.blockers ?? 0
  if (count === 0 || (release.status !== 'approved' && release.status !== 'scheduled'))
    return html``
  return html`<p class="notice notice-alert" role="status">${scheduleText(ctx.lang, 'schedule.blocked', { count })}
      <a href="/app/releases/${release.id}/quotes">${scheduleText(ctx.lang, 'schedule.blockedLink')}</a></p>`
}

function scheduleForm(ctx: PageContext, data: SchedulePageData): Html {
  const s = (key: ScheduleKey, params?: Record<string, string | number>) =>
    scheduleText(ctx.lang, key, params)
  const { schedule, release, canEdit } = data.overview
  if (!canEdit) return html`<p>${s('schedule.readOnly')}</p>`
  if (release.status !== 'approved' && release.status !== 'scheduled')
    return html`<p>${s('schedule.notSchedulable', { status: ctx.t(`status.${release.status}` as UiKey) })}</p>`
  const zone = data.form?.timeZone ?? schedule?.timeZone ?? defaultZone
  const at =
    data.form?.at ??
    (schedule ? formatWallTime(wallTimeAt(new Date(schedule.liftsAt), schedule.timeZone)) : '')
  const embargo = data.form?.embargo ?? schedule?.embargo ?? true
  const zones = timeZoneNames()
  return html`<form method="post" action="/app/releases/${release.id}/schedule" class="stack">
      ${csrfField(ctx)}
      <h3>${schedule ? s('schedule.formChange') : s('schedule.form')}</h3>
      <p><label for="schedule-at">${s('schedule.when')}</label><br>
        <input type="datetime-local" id="schedule-at" name="at" value="${at}" required></p>
      <p><label for="schedule-zone">${s('schedule.zone')}</label><br>
        <select id="schedule-zone" name="timeZone">${zones.map(
          (z) => html`<option value="${z}"${z === zone ? html` selected` : html``}>${z}</option>`,
        )}</select></p>
      <p><input type="checkbox" id="schedule-embargo" name="embargo" value="1"${embargo ? html` checked` : html``}>
        <label for="schedule-embargo">${s('schedule.embargo')}</label></p>
      <p><button type="submit">${s('schedule.submit')}</button></p>
    </form>
    ${
      schedule
        ? html`<form method="post" action="/app/releases/${release.id}/schedule/clear">
          ${csrfField(ctx)}
          <p><button type="submit" class="secondary">${s('schedule.clear')}</button> ${s('schedule.clearHint')}</p>
        </form>`
        : html``
    }`
}

function previewSection(ctx: PageContext, data: SchedulePageData): Html {
  const s = (key: ScheduleKey, params?: Record<string, string | number>) =>
    scheduleText(ctx.lang, key, params)
  const { schedule, release, previews, canEdit } = data.overview
  if (!canEdit) return html``
  const embargoed = schedule?.embargo === true && release.status === 'scheduled'
  const issued = data.issued
    ? html`<div class="notice notice-status" role="status"><p>${s('previews.issued', { email: data.issued.email })}</p>
        <p><input type="text" readonly aria-label="URL" value="${data.issued.url}" size="60"></p></div>`
    : html``
  const form = embargoed
    ? html`<form method="post" action="/app/releases/${release.id}/schedule/previews" class="stack">
        ${csrfField(ctx)}
        <p><label for="preview-email">${s('previews.email')}</label><br>
          <input type="email" id="preview-email" name="email" required autocomplete="off" value="${data.form?.preview?.email ?? ''}"></p>
        <p><label for="preview-name">${s('previews.name')}</label><br>
          <input type="text" id="preview-name" name="name" maxlength="200" autocomplete="off" value="${data.form?.preview?.name ?? ''}"></p>
        <p><button type="submit">${s('previews.issue')}</button></p>
      </form>`
    : html`<p>${s('previews.needsEmbargo')}</p>`
  const table =
    previews.length === 0
      ? html`<p>${s('previews.none')}</p>`
      : html`<table>
        <caption>${s('previews.caption')}</caption>
        <thead><tr><th scope="col">${s('previews.recipient')}</th><th scope="col">${s('previews.issuedAt')}</th><th scope="col">${s('previews.expires')}</th><th scope="col">${s('previews.views')}</th><th scope="col">${s('previews.lastView')}</th><th scope="col">${s('previews.state')}</th></tr></thead>
        <tbody>${previews.map(
          (p) => html`<tr>
            <td>${p.name ? html`${p.name} ` : html``}&lt;${p.email}&gt;</td>
            <td>${timeText(ctx.lang, p.issuedAt)}</td>
            <td>${timeText(ctx.lang, p.expiresAt)}</td>
            <td>${p.views}</td>
            <td>${p.lastViewedAt ? timeText(ctx.lang, p.lastViewedAt) : html`—`}</td>
            <td>${
              p.revokedAt
                ? s('previews.revoked', { time: p.revokedAt.slice(0, 16).replace('T', ' ') })
                : html`${s('previews.active')}
                <form method="post" action="/app/releases/${release.id}/schedule/previews/${p.id}/revoke" class="inline">
                  ${csrfField(ctx)}<button type="submit" class="secondary">${s('previews.revoke')}</button>
                </form>`
            }</td>
          </tr>`,
        )}</tbody>
      </table>`
  return html`<section aria-labelledby="previews-title">
      <h2 id="previews-title">${s('previews.title')}</h2>
      <p>${s('previews.intro')}</p>
      ${issued}${form}${table}
    </section>`
}

function correctionSection(ctx: PageContext, data: SchedulePageData): Html {
  const s = (key: ScheduleKey, params?: Record<string, string | number>) =>
    scheduleText(ctx.lang, key, params)
  const { release, corrections, canEdit } = data.overview
  const published = release.status === 'published' || release.status === 'corrected'
  const list =
    corrections.length === 0
      ? html`<p>${s('corrections.none')}</p>`
      : html`<ol>${corrections.map(
          (c) =>
            html`<li>${timeText(ctx.lang, c.at)}<ul>${Object.entries(c.notes).map(
              ([lang, note]) =>
                html`<li>${langName(ctx.lang, lang)}: <span lang="${lang}">${note}</span></li>`,
            )}</ul></li>`,
        )}</ol>`
  const form = !canEdit
    ? html``
    : !published
      ? html`<p>${s('corrections.onlyPublished')}</p>`
      : html`<form method="post" action="/app/releases/${release.id}/schedule/correct" class="stack">
          ${csrfField(ctx)}
          <p>${s('corrections.intro')}</p>
          ${release.content.versions.map(
            (
              v,
            ) => html`<p><label for="note-${v.lang}">${s('corrections.note', { lang: langName(ctx.lang, v.lang) })}</label><br>
              <textarea id="note-${v.lang}" name="note-${v.lang}" lang="${v.lang}" rows="3" cols="60" maxlength="2000" required>${data.form?.notes?.[v.lang] ?? ''}</textarea></p>`,
          )}
          <p><button type="submit">${s('corrections.submit')}</button></p>
        </form>`
  return html`<section aria-labelledby="corrections-title">
      <h2 id="corrections-title">${s('corrections.title')}</h2>
      ${list}${form}
    </section>`
}

/** The schedule page. */
export function renderSchedulePage(ctx: PageContext, data: SchedulePageData): Html {
  const s = (key: ScheduleKey, params?: Record<string, string | number>) =>
    scheduleText(ctx.lang, key, params)
  const { release } = data.overview
  const headline = releaseTitle(release.content.versions, ctx.lang, release.slug)
  return renderLayout(
    ctx,
    s('schedule.title'),
    html`${notice('status', data.flash)}${notice('alert', data.error)}
      <p>${s('schedule.of', { headline })} · <a href="/app/releases/${release.id}">${s('schedule.back')}</a> · <a href="/app/releases/${release.id}/audit">${s('schedule.auditLink')}</a></p>
      <dl class="facts"><dt>${s('schedule.status')}</dt><dd>${statusBadge(ctx, release.status)}</dd></dl>
      <section aria-labelledby="time-title">
        <h2 id="time-title">${s('schedule.timeTitle')}</h2>
        ${blockedNotice(ctx, data)}
        ${scheduleSection(ctx, data)}
        ${scheduleForm(ctx, data)}
      </section>
      ${previewSection(ctx, data)}
      ${correctionSection(ctx, data)}`,
  )
}
