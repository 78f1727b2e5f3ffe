/**
 * The public sign-on pages of a statement, in one language: the page with the statement's
 * headline, the form (errors per field, the values kept, a hidden honeypot) and the list of
 * signers; the "check your e-mail" and refusal pages; and the pages an e-mailed confirmation or
 * reconfirmation link opens, which ask for a click (so mail scanners that fetch links confirm
 * nothing).
 */
import type { SignonField, SignonFieldError } from '../../newsroom/signons/signon-input.js'
import type { PublicSigner } from '../../newsroom/signons/signon-service.js'
import { html, type SafeHtml } from '../../render/index.js'
import { renderPage } from './page-layout.js'
import type { PageContext, PublicRelease } from './public-model.js'
import { renderSignonList } from './signon-list.js'
import { signonStrings } from './signon-strings.js'
import type { PublicLang } from './ui-strings.js'

/** Addresses of a statement's sign-on pages. */
export function signonUrls(context: PageContext, lang: PublicLang, slug: string) {
  const release = context.urls.release(lang, slug)
  return {
    statement: release,
    sign: `${release}sign`,
    csv: `${release}signers.csv`,
    confirm: `${release}sign/confirm`,
    reconfirm: `${release}sign/reconfirm`,
    css: context.urls.css.replace(/newsroom\.css$/, 'signon.css'),
  }
}

/** The state of the form: what was typed, what is wrong, and the tokens it carries. */
export interface SignonFormState {
  values: Partial<Record<SignonField, string>>
  errors: SignonFieldError[]
  /** A message above the form (a refusal of the whole form). */
  notice: string | null
  /** The form token (binds the form to the statement and dates it). */
  token: string
  /** The session's CSRF token when a signed-in user opens the page. */
  csrfToken: string | null
}

/** What the sign-on page shows. */
export interface SignonPageData {
  release: PublicRelease
  lang: PublicLang
  open: boolean
  signers: readonly PublicSigner[]
  form: SignonFormState
}

function headlineOf(release: PublicRelease, lang: PublicLang): { text: string; lang: PublicLang } {
  const own = release.articles[lang]?.headline
  if (own) return { text: own, lang }
  const other = release.langs[0] ?? lang
  return { text: release.articles[other]?.headline ?? release.slug, lang: other }
}

/** A headline marked with its language when it is not the page's (a statement in one language). */
function headlineHtml(headline: { text: string; lang: PublicLang }, lang: PublicLang): SafeHtml {
  return headline.lang === lang
    ? html`${headline.text}`
    : html`<span lang="${headline.lang}">${headline.text}</span>`
}

function frameHead(context: PageContext, lang: PublicLang, slug: string, noindex: boolean) {
  return html`<link rel="stylesheet" href="${signonUrls(context, lang, slug).css}">
${noindex ? html`<meta name="robots" content="noindex">\n` : ''}`
}

function switchTo(release: PublicRelease, path: (l: PublicLang) => string) {
  const out: Partial<Record<PublicLang, string>> = {}
  for (const l of release.langs) out[l] = path(l)
  return out
}

function field(
  data: SignonPageData,
  name: Exclude<SignonField, 'consent' | 'logo'>,
  type: 'text' | 'email' | 'url',
  required: boolean,
  autocomplete: string,
): SafeHtml {
  const t = signonStrings[data.lang]
  const error = data.form.errors.find((e) => e.field === name)
  const hint = t.hints[name]
  const describedBy = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean)
  return html`<div class="field">
<label for="signon-${name}">${t.labels[name]}${required ? html` <span class="required">(${t.required})</span>` : ''}</label>
${hint ? html`<span class="hint" id="${name}-hint">${hint}</span>` : ''}
${error ? html`<span class="field-error" id="${name}-error">${t.problem(name, error.problem)}</span>` : ''}
<input type="${type}" id="signon-${name}" name="${name}" value="${data.form.values[name] ?? ''}" autocomplete="${autocomplete}"${required ? html` required` : ''}${error ? html` aria-invalid="true"` : ''}${describedBy.length ? html` aria-describedby="${describedBy.join(' ')}"` : ''}>
</div>`
}

function form(context: PageContext, data: SignonPageData): SafeHtml {
  const t = signonStrings[data.lang]
  const urls = signonUrls(context, data.lang, data.release.slug)
  const { errors } = data.form
  const logoError = errors.find((e) => e.field === 'logo')
  const consentError = errors.find((e) => e.field === 'consent')
  const summary =
    errors.length > 0
      ? html`<div class="error-summary" role="alert" tabindex="-1" id="error-summary">
<p>${t.errorSummary}</p>
<ul>${errors.map((e) => html`<li><a href="#signon-${e.field}">${t.problem(e.field, e.problem)}</a></li>`)}</ul>
</div>`
      : ''
  return html`<h2 id="form-title">${t.formTitle}</h2>
${data.form.notice ? html`<p class="notice" role="alert">${data.form.notice}</p>` : ''}
${summary}
<form class="signon-form" method="post" action="${urls.sign}" enctype="multipart/form-data" aria-labelledby="form-title">
<input type="hidden" name="formToken" value="${data.form.token}">
${data.form.csrfToken ? html`<input type="hidden" name="_csrf" value="${data.form.csrfToken}">` : ''}
${field(data, 'organization', 'text', true, 'organization')}
${field(data, 'city', 'text', true, 'address-level2')}
${field(data, 'country', 'text', true, 'country-name')}
${field(data, 'contactName', 'text', true, 'name')}
${field(data, 'email', 'email', true, 'email')}
${field(data, 'logoUrl', 'url', false, 'url')}
<div class="field">
<label for="signon-logo">${t.labels.logo}</label>
<span class="hint" id="logo-hint">${t.hints.logo}</span>
${logoError ? html`<span class="field-error" id="logo-error">${t.problem('logo', logoError.problem)} ${t.fileAgain}</span>` : ''}
<input type="file" id="signon-logo" name="logo" accept="image/png,image/jpeg,image/webp" aria-describedby="logo-hint${logoError ? ' logo-error' : ''}"${logoError ? html` aria-invalid="true"` : ''}>
</div>
<div class="signon-hp" aria-hidden="true">
<label for="signon-extra">${t.honeypot}</label>
<input type="text" id="signon-extra" name="signon_extra" value="" tabindex="-1" autocomplete="off">
</div>
<div class="field check">
${consentError ? html`<span class="field-error" id="consent-error">${t.problem('consent', consentError.problem)}</span>` : ''}
<label for="signon-consent"><input type="checkbox" id="signon-consent" name="consent" value="yes" required${data.form.values.consent === 'yes' ? html` checked` : ''}${consentError ? html` aria-invalid="true" aria-describedby="consent-error"` : ''}> ${t.labels.consent}</label>
</div>
<button type="submit">${t.submit}</button>
</form>`
}

/** The sign-on page of a statement in `data.lang`. */
export function renderSignonPage(context: PageContext, data: SignonPageData): string {
  const t = signonStrings[data.lang]
  const { release, lang } = data
  const urls = signonUrls(context, lang, release.slug)
  const headline = headlineOf(release, lang)
  const list = renderSignonList(data.signers, lang)
  return renderPage(context, {
    lang,
    title: `${t.pageTitle(headline.text)} · ${context.coalitionName}`,
    description: t.intro,
    head: frameHead(context, lang, release.slug, false),
    switchTo: switchTo(release, (l) => signonUrls(context, l, release.slug).sign),
    // The headline ends the title in both languages ("Sign on: …", "Adhesiones: …").
    body: html`<h1>${t.pageTitle('')}${headlineHtml(headline, lang)}</h1>
<p>${t.intro}</p>
<p><a href="${urls.statement}">${t.readStatement}</a></p>
${data.open ? form(context, data) : html`<p class="notice">${t.closed}</p>`}
${data.signers.length > 0 ? html`${list}<p><a href="${urls.csv}">${t.csv}</a></p>` : html`<h2>${t.signersTitle}</h2><p>${t.noSigners}</p>`}`,
  })
}

/** A page that only says something: sent, refused, confirmed. */
export function renderSignonMessagePage(
  context: PageContext,
  lang: PublicLang,
  release: PublicRelease,
  message: { title: string; text: string; tone: 'status' | 'alert' },
): string {
  const t = signonStrings[lang]
  const urls = signonUrls(context, lang, release.slug)
  return renderPage(context, {
    lang,
    title: `${message.title} · ${context.coalitionName}`,
    description: message.text,
    head: frameHead(context, lang, release.slug, true),
    switchTo: switchTo(release, (l) => signonUrls(context, l, release.slug).sign),
    body: html`<h1>${message.title}</h1>
<p class="notice" role="${message.tone}">${message.text}</p>
<p><a href="${urls.sign}">${t.backToStatement}</a></p>`,
  })
}

/** The page an e-mailed link opens: what it confirms, and the button that does it. */
export function renderSignonLinkPage(
  context: PageContext,
  lang: PublicLang,
  release: PublicRelease,
  link: {
    kind: 'confirm' | 'reconfirm'
    organization: string
    token: string
    csrfToken: string | null
  },
): string {
  const t = signonStrings[lang]
  const urls = signonUrls(context, lang, release.slug)
  const confirm = link.kind === 'confirm'
  const title = confirm ? t.confirmTitle : t.reconfirmTitle
  return renderPage(context, {
    lang,
    title: `${title} · ${context.coalitionName}`,
    description: title,
    head: frameHead(context, lang, release.slug, true),
    switchTo: {},
    body: html`<h1>${title}</h1>
<p>${confirm ? t.confirmAsk(link.organization) : t.reconfirmAsk(link.organization)}</p>
<p><a href="${urls.statement}">${t.readStatement}: ${headlineHtml(headlineOf(release, lang), lang)}</a></p>
<form class="signon-form" method="post" action="${confirm ? urls.confirm : urls.reconfirm}">
<input type="hidden" name="token" value="${link.token}">
${link.csrfToken ? html`<input type="hidden" name="_csrf" value="${link.csrfToken}">` : ''}
<button type="submit">${confirm ? t.confirmButton : t.reconfirmButton}</button>
</form>`,
  })
}
