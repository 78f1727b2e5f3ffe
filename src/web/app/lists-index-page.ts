/**
 * The workspace's lists page: the lists of each coalition the user belongs to, with their kind and
 * how many contacts are subscribed and unsubscribed, a link to the coalition's suppression list,
 * and (for editors and admins) the form that creates a list.
 */
import { html } from 'hono/html'
import type { ContactList } from '../../store/repositories/lists.js'
import { csrfField, type Html, notice, type PageContext, renderLayout } from './layout.js'
import { type ListsText, listsText } from './lists-strings.js'

/** One coalition's lists as the page shows them. */
export interface CoalitionLists {
  id: string
  name: string
  lists: ContactList[]
  canChange: boolean
}

/** The create form's values after a refusal. */
export interface CreateListForm {
  coalitionId: string
  name: string
  kind: string
}

function createForm(
  ctx: PageContext,
  l: ListsText,
  coalition: CoalitionLists,
  typed: CreateListForm | null,
): Html {
  const id = coalition.id
  const kept = typed?.coalitionId === id ? typed : null
  return html`<form method="post" action="/app/lists" class="stack">
      ${csrfField(ctx)}
      <input type="hidden" name="coalitionId" value="${id}">
      <fieldset>
        <legend>${l('create.legend')}</legend>
        <label for="name-${id}">${l('create.name')}</label>
        <input type="text" id="name-${id}" name="name" required maxlength="120" value="${kept?.name ?? ''}">
        <label for="kind-${id}">${l('create.kind')}</label>
        <select id="kind-${id}" name="kind">
          <option value="press">${l('kind.press')}</option>
          <option value="members"${kept?.kind === 'members' ? html` selected` : html``}>${l('kind.members')}</option>
        </select>
      </fieldset>
      <button type="submit">${l('create.submit')}</button>
    </form>`
}

/** The lists page. */
export function renderListsIndexPage(
  ctx: PageContext,
  data: {
    coalitions: CoalitionLists[]
    flash?: string | null
    error?: string | null
    /** What was typed in a create form that was refused. */
    form?: CreateListForm | null
  },
): Html {
  const l = listsText(ctx.lang)
  const sections = data.coalitions.map(
    (coalition) => html`<section aria-labelledby="coalition-${coalition.id}">
        <h2 id="coalition-${coalition.id}">${l('coalition', { name: coalition.name })}</h2>
        ${
          coalition.lists.length === 0
            ? html`<p>${l('none')}</p>`
            : html`<table>
              <caption>${l('caption', { name: coalition.name })}</caption>
              <thead><tr><th scope="col">${l('col.list')}</th><th scope="col">${l('col.kind')}</th><th scope="col">${l('col.subscribed')}</th><th scope="col">${l('col.unsubscribed')}</th></tr></thead>
              <tbody>
                ${coalition.lists.map(
                  (list) => html`<tr>
                    <th scope="row"><a href="/app/lists/${list.id}">${list.name}</a></th>
                    <td>${l(list.kind === 'press' ? 'kind.press' : 'kind.members')}</td>
                    <td>${list.subscribed}</td>
                    <td>${list.unsubscribed}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
        }
        <p><a href="/app/lists/suppressions?coalition=${encodeURIComponent(coalition.id)}">${l('suppressionsLink', { name: coalition.name })}</a></p>
        ${coalition.canChange ? createForm(ctx, l, coalition, data.form ?? null) : html`<p class="hint">${l('readOnly')}</p>`}
      </section>`,
  )
  return renderLayout(
    ctx,
    l('title'),
    html`${notice('status', data.flash)}${notice('alert', data.error)}
      <p>${l('intro')}</p>
      ${data.coalitions.length === 0 ? html`<p>${l('noCoalition')}</p>` : sections}`,
  )
}
