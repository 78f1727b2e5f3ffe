/**
 * The workspace page shell: `<html lang>` in the interface language, a skip link, the header with
 * the main navigation, the signed-in user and sign-out button, the language switcher, and one
 * `<main>` holding the page's `<h1>` and content. Every page goes through {@link renderLayout}.
 */
import { html } from 'hono/html'
import type { Translate, UiLang } from './ui-strings.js'
import { uiLangs } from './ui-strings.js'

/** A rendered fragment or page (hono/html escapes every interpolated string). */
export type Html = ReturnType<typeof html>

/** What every page needs to know about the request. */
export interface PageContext {
  lang: UiLang
  t: Translate
  /** The request's path and query, for the language switcher's links. */
  url: string
  /** The signed-in user's name, or null on the sign-in and invitation pages. */
  userName: string | null
  /** The session's CSRF token (or the pre-session token on sign-in forms). */
  csrfToken: string | null
}

/** Each interface language's name in itself, for the switcher. */
const endonyms: Record<UiLang, string> = { en: 'English', es: 'Español' }

/** The path of the stylesheet, served by the workspace routes. */
export const appStylesheetPath = '/app/assets/app.css'

/** The URL `url` with its `lang` query parameter set to `lang`. */
export function withLang(url: string, lang: UiLang): string {
  const parsed = new URL(url, 'http://x')
  parsed.searchParams.set('lang', lang)
  return `${parsed.pathname}${parsed.search}`
}

/** A hidden CSRF field for a form. */
export function csrfField(ctx: PageContext): Html {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrfToken ?? ''}">`
}

/** A message box: `status` for news, `alert` for a refusal the user must act on. */
export function notice(kind: 'status' | 'alert', text: string | null | undefined): Html {
  if (!text) return html``
  return html`<p class="notice notice-${kind}" role="${kind}">${text}</p>`
}

/** A time as `<time>` in the interface language, in UTC. */
export function timeText(lang: UiLang, iso: string): Html {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return html`${iso}`
  const text = new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-US', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date)
  return html`<time datetime="${iso}">${text} UTC</time>`
}

function header(ctx: PageContext): Html {
  const { t } = ctx
  const account = ctx.userName
    ? html`<nav class="nav" aria-label="${t('nav.main')}">
          <ul>
            <li><a href="/app">${t('nav.releases')}</a></li>
            <li><a href="/app/releases/new">${t('nav.new')}</a></li>
            <li><a href="/app/lists">${t('nav.lists')}</a></li>
          </ul>
        </nav>
        <div class="account">
          <span>${t('nav.signedInAs', { name: ctx.userName })}</span>
          <form method="post" action="/app/sign-out">
            ${csrfField(ctx)}
            <button type="submit" class="link-button">${t('nav.signOut')}</button>
          </form>
        </div>`
    : html``
  const switcher = uiLangs.map(
    (l) =>
      html`<li><a href="${withLang(ctx.url, l)}" lang="${l}" hreflang="${l}"${
        l === ctx.lang ? html` aria-current="true"` : html``
      }>${endonyms[l]}</a></li>`,
  )
  return html`<header class="top">
      <p class="brand"><a href="/app">${t('app.name')}</a> <span>${t('app.workspace')}</span></p>
      ${account}
      <nav class="langs" aria-label="${t('nav.language')}"><ul>${switcher}</ul></nav>
    </header>`
}

/**
 * A whole page: `title` is the `<h1>` and the start of `<title>`; `titleLang` marks a title that
 * is content (a headline) in a language other than the interface's.
 */
export function renderLayout(
  ctx: PageContext,
  title: string,
  body: Html,
  titleLang?: string,
): Html {
  return html`<!doctype html>
<html lang="${ctx.lang}">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>${title} · ${ctx.t('app.name')}</title>
    <link rel="stylesheet" href="${appStylesheetPath}">
  </head>
  <body>
    <a class="skip" href="#main">${ctx.t('nav.skip')}</a>
    ${header(ctx)}
    <main id="main" tabindex="-1">
      <h1${titleLang && titleLang !== ctx.lang ? html` lang="${titleLang}"` : html``}>${title}</h1>
      ${body}
    </main>
  </body>
</html>`
}
