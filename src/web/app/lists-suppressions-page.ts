/**
 * The workspace page of a coalition's suppression list: every suppressed address with why and
 * since when, and (for editors and admins) the forms that suppress an address by hand and remove
 * one.
 */
import { html } from 'hono/html'
import type { Suppression } from '../../store/repositories/lists.js'
import { csrfField, type Html, notice, type PageContext, renderLayout, timeText } from './layout.js'
import { type ListsKey, listsText } from './lists-strings.js'

/** The suppression list page. */
export function renderSuppressionsPage(
  ctx: PageContext,
  data: {
    coalitionId: string
    coalitionName: string
    suppressions: Suppression[]
    canChange: boolean
    flash?: string | null
    error?: string | null
    /** The add form's values after a refusal. */
    form?: { email: string; detail: string }
  },
): Html {
  const l = listsText(ctx.lang)
  const rows = data.suppressions.map(
    (s) => html`<tr>
      <th scope="row">${s.email}</th>
      <td>${l(`suppression.${s.reason}` as ListsKey)}</td>
      <td>${s.detail ?? ''}</td>
      <td>${timeText(ctx.lang, s.createdAt)}</td>
      ${
        data.canChange
          ? html`<td><form method="post" action="/app/lists/suppressions/remove">
            ${csrfField(ctx)}
            <input type="hidden" name="coalitionId" value="${data.coalitionId}">
            <input type="hidden" name="email" value="${s.email}">
            <button type="submit" class="secondary" aria-label="${l('suppressions.remove', { email: s.email })}">${l('suppressions.removeSubmit')}</button>
          </form></td>`
          : html``
      }
    </tr>`,
  )
  return renderLayout(
    ctx,
    l('suppressions.title', { name: data.coalitionName }),
    html`${notice('status', data.flash)}${notice('alert', data.error)}
      <p><a href="/app/lists">${l('back')}</a></p>
      <p>${l('suppressions.intro')}</p>
      ${
        data.suppressions.length === 0
          ? html`<p>${l('suppressions.none')}</p>`
          : html`<table>
            <caption>${l('suppressions.caption')}</caption>
            <thead><tr><th scope="col">${l('col.email')}</th><th scope="col">${l('col.reason')}</th><th scope="col">${l('suppressions.detail')}</th><th scope="col">${l('suppressions.since')}</th>${data.canChange ? html`<th scope="col">${l('col.actions')}</th>` : html``}</tr></thead>
            <tbody>${rows}</tbody>
          </table>`
      }
      ${
        data.canChange
          ? html`<h2>${l('suppressions.add')}</h2>
          <form method="post" action="/app/lists/suppressions" class="stack">
            ${csrfField(ctx)}
            <input type="hidden" name="coalitionId" value="${data.coalitionId}">
            <label for="suppress-email">${l('col.email')}</label>
            <input type="email" id="suppress-email" name="email" required value="${data.form?.email ?? ''}">
            <label for="suppress-detail">${l('suppressions.detail')}</label>
            <input type="text" id="suppress-detail" name="detail" maxlength="300" value="${data.form?.detail ?? ''}">
            <button type="submit">${l('suppressions.addSubmit')}</button>
          </form>`
          : html`<p class="hint">${l('readOnly')}</p>`
      }`,
  )
}
