/**
 * The workspace page of one contact of a list: its fields to edit (not its address), the lists it
 * is on with its state in each, and the forms that remove it from this list or mark it
 * unsubscribed from it. Editors and admins only.
 */
import { html } from 'hono/html'
import type {
  ConsentState,
  Contact,
  ContactList,
  Suppression,
} from '../../store/repositories/lists.js'
import { csrfField, type Html, notice, type PageContext, renderLayout, timeText } from './layout.js'
import { contactFields } from './lists-list-page.js'
import { type ListsKey, listsText } from './lists-strings.js'

/** Everything the contact page shows. */
export interface ContactPageData {
  list: ContactList
  contact: Contact & {
    lists: { listId: string; name: string; state: ConsentState; stateAt: string }[]
    suppression: Suppression | null
  }
  error?: string | null
  form?: Record<string, string>
}

/** The contact page. */
export function renderContactPage(ctx: PageContext, data: ContactPageData): Html {
  const l = listsText(ctx.lang)
  const { list, contact } = data
  const base = `/app/lists/${list.id}/contacts/${contact.id}`
  const values = data.form ?? {
    name: contact.name,
    outlet: contact.outlet ?? '',
    beat: contact.beat ?? '',
    lang: contact.lang ?? '',
    location: contact.location ?? '',
  }
  const onThis = contact.lists.find((m) => m.listId === list.id)
  return renderLayout(
    ctx,
    l('contactTitle', { email: contact.email }),
    html`${notice('alert', data.error)}
      <p><a href="/app/lists/${list.id}">${list.name}</a></p>
      ${contact.suppression ? html`<p class="notice notice-alert" role="status">${l('state.suppressed')} — ${l(`suppression.${contact.suppression.reason}` as ListsKey)}</p>` : html``}
      <form method="post" action="${base}" class="stack">
        ${csrfField(ctx)}
        <p class="hint">${l('contact.hint')}</p>
        ${contactFields(l, values, false)}
        <button type="submit">${l('contact.save')}</button>
      </form>
      <h2>${l('contact.lists')}</h2>
      <ul>
        ${contact.lists.map(
          (m) =>
            html`<li><a href="/app/lists/${m.listId}">${m.name}</a>: ${l(m.state === 'subscribed' ? 'state.subscribed' : 'state.unsubscribed')} (${timeText(ctx.lang, m.stateAt)})</li>`,
        )}
      </ul>
      ${
        onThis?.state === 'subscribed'
          ? html`<form method="post" action="${base}/unsubscribe" class="stack">
            ${csrfField(ctx)}
            <button type="submit" class="secondary">${l('contact.unsubscribe', { name: list.name })}</button>
          </form>`
          : html``
      }
      ${
        onThis
          ? html`<form method="post" action="${base}/remove" class="stack">
            ${csrfField(ctx)}
            <p class="hint">${l('contact.removeHint')}</p>
            <button type="submit" class="secondary">${l('contact.remove', { name: list.name })}</button>
          </form>`
          : html``
      }`,
  )
}
