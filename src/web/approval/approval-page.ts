/**
 * The approval link's pages, for a person quoted who has no account: the quote in each language
 * in its paragraph (the quoted words marked), the answer form (approve, or ask for changes with a
 * comment; optionally how they appear in public), the thank-you page and the refusal page. Each
 * page is whole (its own shell, no workspace navigation) and offers English and Spanish.
 */
import { html } from 'hono/html'
import type { ApprovalLinkRefusal, ApprovalLinkView } from '../../newsroom/quotes/quote-service.js'
import {
  type ApprovalKey,
  type ApprovalLang,
  type ApprovalText,
  approvalText,
} from './approval-strings.js'

/** A rendered page. */
export type ApprovalHtml = ReturnType<typeof html>

/** The interface language of the request: `?lang=`, else Accept-Language, else English. */
export function approvalLangOf(
  query: string | undefined,
  acceptLanguage: string | undefined,
): ApprovalLang {
  if (query === 'en' || query === 'es') return query
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? ''
    if (tag.startsWith('es')) return 'es'
    if (tag.startsWith('en')) return 'en'
  }
  return 'en'
}

function shell(
  lang: ApprovalLang,
  t: ApprovalText,
  title: string,
  body: ApprovalHtml,
): ApprovalHtml {
  return html`<!doctype html>
<html lang="${lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <meta name="referrer" content="no-referrer">
    <title>${title} · Comunicado</title>
    <link rel="stylesheet" href="/app/assets/app.css">
  </head>
  <body>
    <header class="top">
      <p class="brand">Comunicado</p>
      <nav class="langs" aria-label="${t('switch')}"><ul>
        <li><a href="?lang=en" lang="en" hreflang="en"${lang === 'en' ? html` aria-current="true"` : html``}>English</a></li>
        <li><a href="?lang=es" lang="es" hreflang="es"${lang === 'es' ? html` aria-current="true"` : html``}>Español</a></li>
      </ul></nav>
    </header>
    <main id="main">
      <h1>${title}</h1>
      ${body}
    </main>
  </body>
</html>`
}

function langLabel(t: ApprovalText, tag: string): string {
  const primary = tag.split('-')[0]
  return primary === 'en' ? t('langEn') : primary === 'es' ? t('langEs') : tag
}

/** The page asking for an answer. */
export function renderApprovalPage(
  lang: ApprovalLang,
  data: {
    view: ApprovalLinkView
    csrfToken: string | null
    error?: string | null
    comment?: string
  },
): ApprovalHtml {
  const t = approvalText(lang)
  const { view } = data
  const quote = view.quote
  const sides = quote.sides.map(
    (s) => html`<section class="version" aria-labelledby="quote-${s.lang}">
      <h2 id="quote-${s.lang}">${t('quoteIn', { lang: langLabel(t, s.lang) })}</h2>
      <blockquote lang="${s.lang}" class="approval-quote"><p>${s.text}</p></blockquote>
      <h3>${t('paragraph')}</h3>
      <p lang="${s.lang}" class="approval-context">${s.paragraph.slice(0, s.quoteStart)}<mark>${s.paragraph.slice(
        s.quoteStart,
        s.quoteEnd,
      )}</mark>${s.paragraph.slice(s.quoteEnd)}</p>
    </section>`,
  )
  const a = quote.appearance
  const langs = quote.sides.map((s) => s.lang)
  for (const l of ['en', 'es']) if (!langs.includes(l)) langs.push(l)
  const form = html`<form method="post">
    ${data.csrfToken ? html`<input type="hidden" name="_csrf" value="${data.csrfToken}">` : html``}
    <fieldset>
      <legend>${t('decision')}</legend>
      <label class="check"><input type="radio" name="decision" value="approve" required> ${t('approve')}</label>
      <label class="check"><input type="radio" name="decision" value="changes"> ${t('changes')}</label>
    </fieldset>
    <label for="comment">${t('comment')}</label>
    <textarea id="comment" name="comment" rows="4" maxlength="5000">${data.comment ?? ''}</textarea>
    <fieldset>
      <legend>${t('appearance')}</legend>
      <p class="hint">${t('appearanceHint')}</p>
      <label class="check"><input type="radio" name="mode" value="" checked> ${t('keep')}</label>
      ${(['full', 'first', 'description'] as const).map(
        (m) =>
          html`<label class="check"><input type="radio" name="mode" value="${m}"> ${t(`mode.${m}` as ApprovalKey)}</label>`,
      )}
      ${langs.map(
        (
          l,
        ) => html`<label for="description-${l}">${t('description', { lang: langLabel(t, l) })}</label>
          <input id="description-${l}" name="description-${l}" lang="${l}" maxlength="200" value="${a?.descriptions[l] ?? ''}">`,
      )}
      <p class="hint">${t('descriptionHint')}</p>
      ${(['showTitle', 'showCity', 'showPhoto'] as const).map(
        (name) =>
          html`<label class="check"><input type="checkbox" name="${name}" value="1"${
            (a ? a[name] : true) ? html` checked` : html``
          }> ${t(name)}</label>`,
      )}
    </fieldset>
    <button type="submit">${t('submit')}</button>
  </form>`
  const expires = view.approval.expiresAt.slice(0, 16).replace('T', ' ')
  return shell(
    lang,
    t,
    t('title'),
    html`${data.error ? html`<p class="notice notice-alert" role="alert">${data.error}</p>` : html``}
      <p>${t('intro', { headline: view.headline })}</p>
      <div class="columns">${sides}</div>
      ${form}
      <p class="hint">${t('expires', { time: expires })}</p>`,
  )
}

/** The page after an answer. */
export function renderApprovalDone(
  lang: ApprovalLang,
  decision: 'approved' | 'changes',
): ApprovalHtml {
  const t = approvalText(lang)
  const key: ApprovalKey = decision === 'approved' ? 'done.approved' : 'done.changes'
  return shell(
    lang,
    t,
    t('title'),
    html`<p class="notice notice-status" role="status">${t(key)}</p><p>${t('doneHint')}</p>`,
  )
}

/** The page of a refused link, in the interface language and the other one. */
export function renderApprovalRefusal(
  lang: ApprovalLang,
  reason: ApprovalLinkRefusal,
): ApprovalHtml {
  const t = approvalText(lang)
  const other: ApprovalLang = lang === 'en' ? 'es' : 'en'
  const key = `refusal.${reason}` as ApprovalKey
  return shell(
    lang,
    t,
    t('refused'),
    html`<p class="notice notice-alert" role="alert" data-reason="${reason}">${t(key)}</p>
      <p lang="${other}">${approvalText(other)(key)}</p>`,
  )
}
