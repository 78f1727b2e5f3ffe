/**
 * The public unsubscribe pages, in English and Spanish at once (the reader's preferred language
 * first): the confirmation with its one button (the form posts `List-Unsubscribe=One-Click`, the
 * same request a mail client sends under RFC 8058), the answer once unsubscribed, and the refusal
 * of a forged or expired link. The address is shown masked, in case the message was forwarded.
 */
import { html } from 'hono/html'
import { appStylesheetPath, type Html } from './layout.js'
import type { UiLang } from './ui-strings.js'
import { type UnsubscribeKey, unsubscribeText } from './unsubscribe-strings.js'

/** Which unsubscribe page. */
export type UnsubscribePageKind = 'confirm' | 'done' | 'already' | 'forged' | 'expired' | 'gone'

/** An address with most of its local part hidden: `a•••@example.org`. */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@')
  if (at < 1) return '•••'
  return `${email.slice(0, 1)}•••${email.slice(at)}`
}

const titles: Record<UnsubscribePageKind, UnsubscribeKey> = {
  confirm: 'title',
  done: 'doneTitle',
  already: 'doneTitle',
  forged: 'invalidTitle',
  expired: 'invalidTitle',
  gone: 'invalidTitle',
}

/** An unsubscribe page. */
export function renderUnsubscribePage(
  kind: UnsubscribePageKind,
  data: {
    /** The reader's preferred language first. */
    langs: UiLang[]
    coalition?: string
    email?: string
    /** The form's target (confirm only). */
    action?: string
    /** A workspace session's CSRF token, when the browser has one (its check covers this form). */
    csrfToken?: string | null
  },
): Html {
  const params = { coalition: data.coalition ?? '', email: data.email ? maskEmail(data.email) : '' }
  const [first = 'en'] = data.langs
  const blocks = data.langs.map((lang) => {
    const u = unsubscribeText(lang)
    const body =
      kind === 'confirm'
        ? html`<p>${u('question', params)}</p><p>${u('explain', params)}</p>`
        : kind === 'done'
          ? html`<p>${u('done', params)}</p>`
          : kind === 'already'
            ? html`<p>${u('already', params)}</p>`
            : html`<p>${u(kind, params)}</p>`
    return html`<section lang="${lang}"><h2>${u(titles[kind])}</h2>${body}</section>`
  })
  const button =
    kind === 'confirm' && data.action
      ? html`<form method="post" action="${data.action}">
          <input type="hidden" name="List-Unsubscribe" value="One-Click">
          ${data.csrfToken ? html`<input type="hidden" name="_csrf" value="${data.csrfToken}">` : html``}
          <button type="submit">${data.langs.map((lang, i) => html`${i > 0 ? ' · ' : ''}<span lang="${lang}">${unsubscribeText(lang)('button')}</span>`)}</button>
        </form>`
      : html``
  const title = data.langs.map((lang) => unsubscribeText(lang)(titles[kind])).join(' · ')
  return html`<!doctype html>
<html lang="${first}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${title}</title>
    <link rel="stylesheet" href="${appStylesheetPath}">
  </head>
  <body>
    <main id="main">
      <h1>${data.langs.map((lang, i) => html`${i > 0 ? ' · ' : ''}<span lang="${lang}">${unsubscribeText(lang)(titles[kind])}</span>`)}</h1>
      ${blocks}
      ${button}
    </main>
  </body>
</html>`
}
