/**
 * The workspace page of one list: its contacts (a page at a time) with language, consent state
 * and whether they are suppressed; for editors and admins the form that adds a contact, links to
 * import and export, and the forms that rename and delete the list.
 */
import { html } from 'hono/html'
import type { ContactList, ListMember } from '../../store/repositories/lists.js'
import { csrfField, type Html, notice, type PageContext, renderLayout, timeText } from './layout.js'
import { type ListsKey, type ListsText, listsText } from './lists-strings.js'

/** Everything the list page shows. */
export interface ListPageData {
  list: ContactList
  members: ListMember[]
  canChange: boolean
  /** The page of members shown (0-based) and whether there is a next one. */
  page: number
  hasNext: boolean
  flash?: string | null
  error?: string | null
  /** The add-contact form's values after a refusal. */
  form?: Record<string, string>
  /** The name typed in the rename form, put back after a refusal. */
  renameTo?: string
}

/** The name of a language preference. */
export function langLabel(l: ListsText, lang: string | null): string {
  return l(
    lang === 'en' || lang === 'es' || lang === 'both'
      ? (`lang.${lang}` as ListsKey)
      : 'lang.unknown',
  )
}

/** The fields of a contact form (add or edit), with values. */
export function contactFields(
  l: ListsText,
  values: Record<string, string>,
  withEmail: boolean,
): Html {
  const text = (name: string, key: ListsKey, type = 'text') =>
    html`<label for="contact-${name}">${l(key)}</label>
      <input type="${type}" id="contact-${name}" name="${name}" maxlength="300" value="${values[name] ?? ''}"${name === 'email' ? html` required autocomplete="off"` : html``}>`
  const lang = values.lang ?? ''
  return html`${withEmail ? text('email', 'col.email', 'email') : html``}
    ${text('name', 'col.name')}
    ${text('outlet', 'col.outlet')}
    ${text('beat', 'col.beat')}
    <label for="contact-lang">${l('col.lang')}</label>
    <select id="contact-lang" name="lang">
      ${(['', 'en', 'es', 'both'] as const).map(
        (v) =>
          html`<option value="${v}"${v === lang ? html` selected` : html``}>${langLabel(l, v || null)}</option>`,
      )}
    </select>
    ${text('location', 'col.location')}`
}

function stateCell(ctx: PageContext, l: ListsText, m: ListMember): Html {
  const state = l(m.state === 'subscribed' ? 'state.subscribed' : 'state.unsubscribed')
  return html`${state} <span class="hint">(${l('since', { time: '' }).trim()} ${timeText(ctx.lang, m.stateAt)})</span>${
    m.suppressed ? html`<br><strong>${l('state.suppressed')}</strong>` : html``
  }`
}

/** The list page. */
export function renderListPage(ctx: PageContext, data: ListPageData): Html {
  const l = listsText(ctx.lang)
  const { list } = data
  const base = `/app/lists/${list.id}`
  const table =
    data.members.length === 0
      ? html`<p>${l('empty')}</p>`
      : html`<table>
          <caption>${l('listCaption', { name: list.name })}</caption>
          <thead><tr>
            <th scope="col">${l('col.email')}</th><th scope="col">${l('col.name')}</th>
            <th scope="col">${l('col.outlet')}</th><th scope="col">${l('col.lang')}</th>
            <th scope="col">${l('col.state')}</th>
            ${data.canChange ? html`<th scope="col">${l('col.actions')}</th>` : html``}
          </tr></thead>
          <tbody>
            ${data.members.map(
              (m) => html`<tr>
                <th scope="row">${m.email}</th>
                <td>${m.name}</td>
                <td>${m.outlet ?? ''}</td>
                <td>${langLabel(l, m.lang)}</td>
                <td>${stateCell(ctx, l, m)}</td>
                ${data.canChange ? html`<td><a href="${base}/contacts/${m.id}" aria-label="${l('edit')} ${m.email}">${l('edit')}</a></td>` : html``}
              </tr>`,
            )}
          </tbody>
        </table>`
  const pager = html`<p>${data.page > 0 ? html`<a href="${base}?page=${data.page - 1}" rel="prev">←</a> ` : html``}${
    data.hasNext ? html`<a href="${base}?page=${data.page + 1}" rel="next">→</a>` : html``
  }</p>`
  const forms = data.canChange
    ? html`<h2>${l('add.legend')}</h2>
      <form method="post" action="${base}/contacts" class="stack">
        ${csrfField(ctx)}
        ${contactFields(l, data.form ?? {}, true)}
        <p class="hint">${l('add.hint')}</p>
        <button type="submit">${l('add.submit')}</button>
      </form>
      <h2>${l('rename.legend')}</h2>
      <form method="post" action="${base}/rename" class="stack">
        ${csrfField(ctx)}
        <label for="list-name">${l('create.name')}</label>
        <input type="text" id="list-name" name="name" required maxlength="120" value="${data.renameTo ?? list.name}">
        <button type="submit" class="secondary">${l('rename.submit')}</button>
      </form>
      <h2>${l('delete.legend')}</h2>
      <form method="post" action="${base}/delete" class="stack">
        ${csrfField(ctx)}
        <p class="hint">${l('delete.hint')}</p>
        <button type="submit" class="secondary">${l('delete.submit')}</button>
      </form>`
    : html`<p class="hint">${l('readOnly')}</p>`
  return renderLayout(
    ctx,
    list.name,
    html`${notice('status', data.flash)}${notice('alert', data.error)}
      <p><a href="/app/lists">${l('back')}</a></p>
      <p>${l(list.kind === 'press' ? 'kind.press' : 'kind.members')} · ${l('counts', {
        subscribed: list.subscribed,
        unsubscribed: list.unsubscribed,
      })}</p>
      <ul>
        ${data.canChange ? html`<li><a href="${base}/import">${l('importLink')}</a></li>` : html``}
        <li><a href="${base}/export.csv">${l('exportLink')}</a></li>
      </ul>
      ${table}${pager}${forms}`,
  )
}
