/**
 * The workspace's sign-on moderation page of a release: whether it is open for sign-ons (and the
 * button that opens or closes it), the queue filtered by state (awaiting confirmation, confirmed,
 * approved, pending reconfirmation, rejected, merged) with approve, reject and merge actions, and
 * the full CSV export.
 */
import { html } from 'hono/html'
import type { SignonEntry } from '../../newsroom/signons/signon-service.js'
import { type SignonState, signonStates } from '../../newsroom/signons/signon-state.js'
import { csrfField, type Html, notice, type PageContext, renderLayout, timeText } from './layout.js'
import { signonsStrings } from './signons-strings.js'

/** What the moderation page shows. */
export interface SignonsPageData {
  releaseId: string
  headline: string
  headlineLang: string
  /** Whether the release is public (the sign-on page exists only then). */
  isPublic: boolean
  open: boolean
  opened: boolean
  /** The public sign-on pages by language. */
  publicPages: { lang: string; url: string }[]
  entries: SignonEntry[]
  /** The state shown, or null for all. */
  filter: SignonState | null
  flash?: string | null
}

function actions(ctx: PageContext, data: SignonsPageData, e: SignonEntry): Html {
  const s = signonsStrings[ctx.lang]
  if (e.state === 'merged') {
    const into = data.entries.find((x) => x.id === e.mergedInto)
    return html`${s.mergedInto(into?.organization ?? e.mergedInto ?? '')}`
  }
  const base = `/app/releases/${data.releaseId}/signons/${e.id}`
  const decision = (value: string, label: string, secondary: boolean) =>
    html`<form method="post" action="${base}/moderate">${csrfField(ctx)}<input type="hidden" name="decision" value="${value}"><button type="submit"${secondary ? html` class="secondary"` : html``}>${label}</button></form>`
  const candidates = data.entries.filter((x) => x.id !== e.id && x.state !== 'merged')
  return html`<div class="steps">
      ${e.state !== 'approved' && e.state !== 'reconfirm' ? decision('approved', s.approve, false) : html``}
      ${e.state !== 'rejected' ? decision('rejected', s.reject, true) : decision('pending', s.reopen, true)}
    </div>
    ${
      candidates.length > 0
        ? html`<form method="post" action="${base}/merge">${csrfField(ctx)}
        <label for="merge-${e.id}">${s.mergeInto}</label>
        <select id="merge-${e.id}" name="into">${candidates.map((x) => html`<option value="${x.id}">${x.organization} (${x.email})</option>`)}</select>
        <button type="submit" class="secondary">${s.merge}</button></form>`
        : html``
    }`
}

function row(ctx: PageContext, data: SignonsPageData, e: SignonEntry): Html {
  const s = signonsStrings[ctx.lang]
  return html`<tr>
      <td>${e.organization}${e.logoUrl ? html`<br><a href="${e.logoUrl}">${e.logoUrl}</a>` : html``}${
        e.hasUploadedLogo
          ? html`<br><a href="/app/releases/${data.releaseId}/signons/${e.id}/logo">${s.uploadedLogo}</a>`
          : html``
      }</td>
      <td>${e.city}, ${e.country}</td>
      <td>${e.contactName}<br><a href="mailto:${e.email}">${e.email}</a></td>
      <td>${e.lang}</td>
      <td>${s.states[e.state]}</td>
      <td>${timeText(ctx.lang, e.createdAt)}</td>
      <td>${actions(ctx, data, e)}</td>
    </tr>`
}

/** The moderation page. */
export function renderSignonsPage(ctx: PageContext, data: SignonsPageData): Html {
  const s = signonsStrings[ctx.lang]
  const shown = data.filter ? data.entries.filter((e) => e.state === data.filter) : data.entries
  const count = (state: SignonState) => data.entries.filter((e) => e.state === state).length
  const base = `/app/releases/${data.releaseId}/signons`
  const filters = html`<nav aria-label="${s.filter}"><ul class="steps">
      <li><a href="${base}"${data.filter === null ? html` aria-current="page"` : html``}>${s.all} (${data.entries.length})</a></li>
      ${signonStates.map(
        (state) =>
          html`<li><a href="${base}?state=${state}"${data.filter === state ? html` aria-current="page"` : html``}>${s.states[state]} (${count(state)})</a></li>`,
      )}
    </ul></nav>`
  const status = data.open ? s.isOpen : data.opened ? s.isClosed : s.neverOpened
  const body = html`${notice('status', data.flash)}
    <p lang="${data.headlineLang}"><a href="/app/releases/${data.releaseId}">${data.headline}</a></p>
    <p>${s.openIntro}</p>
    <p>${status}${data.isPublic ? html`` : html` ${s.notPublic}`}</p>
    <form method="post" action="${base}/open">${csrfField(ctx)}
      <input type="hidden" name="open" value="${data.open ? 'no' : 'yes'}">
      <button type="submit">${data.open ? s.close : s.open}</button>
    </form>
    ${
      data.isPublic && data.opened
        ? html`<ul>${data.publicPages.map((p) => html`<li><a href="${p.url}">${s.publicPage.replace('{lang}', p.lang)}</a></li>`)}</ul>`
        : html``
    }
    <p><a href="${base}.csv">${s.csv}</a></p>
    ${filters}
    ${
      shown.length === 0
        ? html`<p>${s.empty}</p>`
        : html`<table>
      <caption>${s.caption(data.filter ? s.states[data.filter] : s.all, shown.length)}</caption>
      <thead><tr><th scope="col">${s.organization}</th><th scope="col">${s.place}</th><th scope="col">${s.contact}</th><th scope="col">${s.lang}</th><th scope="col">${s.state}</th><th scope="col">${s.submitted}</th><th scope="col">${s.actions}</th></tr></thead>
      <tbody>${shown.map((e) => row(ctx, data, e))}</tbody>
    </table>`
    }`
  return renderLayout(ctx, s.title, body)
}
