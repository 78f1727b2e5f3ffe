/**
 * The dashboard: per coalition the user belongs to, the releases they may read, newest first,
 * each with its headline (in the interface language when that version exists), status, languages
 * and last change.
 */
import { html } from 'hono/html'
import type { ReleaseView } from '../../newsroom/release-service.js'
import { type Html, notice, type PageContext, renderLayout, timeText } from './layout.js'
import { releaseTitle } from './release-summary.js'
import { langName, type UiKey } from './ui-strings.js'

/** One coalition's releases as the dashboard lists them. */
export interface DashboardGroup {
  coalitionName: string
  releases: ReleaseView[]
}

/** The badge of a status. */
export function statusBadge(ctx: PageContext, status: string): Html {
  return html`<span class="status status-${status}">${ctx.t(`status.${status}` as UiKey)}</span>`
}

function titleLang(release: ReleaseView, lang: string): string {
  const versions = release.content.versions
  return (versions.find((v) => v.lang.split('-')[0] === lang) ?? versions[0])?.lang ?? lang
}

function table(ctx: PageContext, group: DashboardGroup): Html {
  const { t } = ctx
  if (group.releases.length === 0) return html`<p>${t('dashboard.empty')}</p>`
  const rows = group.releases.map(
    (r) => html`<tr>
        <td><a href="/app/releases/${r.id}" lang="${titleLang(r, ctx.lang)}">${releaseTitle(
          r.content.versions,
          ctx.lang,
          r.slug,
        )}</a></td>
        <td>${statusBadge(ctx, r.status)}</td>
        <td>${r.content.versions.map((v) => langName(ctx.lang, v.lang)).join(', ')}</td>
        <td>${timeText(ctx.lang, r.updatedAt)}</td>
      </tr>`,
  )
  return html`<table>
      <caption>${t('dashboard.caption', { name: group.coalitionName })}</caption>
      <thead><tr>
        <th scope="col">${t('dashboard.headline')}</th>
        <th scope="col">${t('dashboard.status')}</th>
        <th scope="col">${t('dashboard.languages')}</th>
        <th scope="col">${t('dashboard.updated')}</th>
      </tr></thead>
      <tbody>${rows}</tbody>
    </table>`
}

/** The dashboard page; `flash` is a confirmation to announce. */
export function renderDashboardPage(
  ctx: PageContext,
  groups: DashboardGroup[],
  flash: string | null = null,
): Html {
  const { t } = ctx
  const body =
    groups.length === 0
      ? html`<p>${t('dashboard.none')}</p>`
      : groups.map(
          (g) => html`<section>
              <h2>${t('dashboard.coalition', { name: g.coalitionName })}</h2>
              ${table(ctx, g)}
            </section>`,
        )
  return renderLayout(
    ctx,
    t('dashboard.title'),
    html`${notice('status', flash)}
      <p><a href="/app/releases/new">${t('nav.new')}</a></p>
      ${body}`,
  )
}
