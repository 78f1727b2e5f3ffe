/**
 * The public list of organizations that signed a statement, as an HTML fragment in one language:
 * name, city and country, and the logo when there is one. Only what the public may see reaches
 * it (the service's `publicSigners`: confirmed for the current text and approved; no contact
 * names or addresses). The sign-on page, the release page and the feeds render it alike.
 */
import type { PublicSigner } from '../../newsroom/signons/signon-service.js'
import { html, type SafeHtml } from '../../render/index.js'
import { signonStrings } from './signon-strings.js'
import type { PublicLang } from './ui-strings.js'

/** The list of `list` in `lang`; nothing at all when it is empty. */
export function renderSignonList(list: readonly PublicSigner[], lang: PublicLang): SafeHtml {
  if (list.length === 0) return html``
  const t = signonStrings[lang]
  return html`<section class="signers" aria-labelledby="signers-title">
<h2 id="signers-title">${t.signersTitle} <span class="signers-count">(${t.signersCount(list.length)})</span></h2>
<ul class="signer-list">
${list.map(
  (s) =>
    html`<li>${
      s.logoUrl
        ? html`<img class="signer-logo" src="${s.logoUrl}" alt="" width="48" height="48" loading="lazy" referrerpolicy="no-referrer">`
        : ''
    }<span class="signer-name">${s.organization}</span> <span class="signer-place">${s.city}, ${s.country}</span></li>\n`,
)}</ul>
</section>`
}

/**
 * The call to sign, for the release page of a statement open for sign-ons: a link to its sign-on
 * page (`href`, e.g. `/en/releases/<slug>/sign`).
 */
export function renderSignonInvitation(href: string, lang: PublicLang): SafeHtml {
  return html`<p class="signon-invitation"><a href="${href}">${signonStrings[lang].invitation}</a></p>`
}
