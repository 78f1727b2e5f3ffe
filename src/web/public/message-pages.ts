/**
 * Pages that answer instead of content: "not found" in the reader's language (or in both when
 * the language itself is unknown), "not published in this language" with a link to the language
 * it exists in, and the bilingual language chooser the static export puts at its root.
 */
import { html } from '../../render/index.js'
import { renderPage } from './page-layout.js'
import type { PageContext } from './public-model.js'
import { type PublicLang, publicLangs, publicStrings } from './ui-strings.js'

/** "Not found" in `lang`. */
export function renderNotFoundPage(
  context: PageContext,
  lang: PublicLang,
  message?: string,
): string {
  const t = publicStrings[lang]
  return renderPage(context, {
    lang,
    title: `${t.notFoundTitle} · ${t.newsroomOf(context.coalitionName)}`,
    description: t.notFound,
    head: html`<meta name="robots" content="noindex">\n`,
    switchTo: {},
    body: html`<h1>${t.notFoundTitle}</h1>
<p>${message ?? t.notFound}</p>
<p><a href="${context.urls.index(lang)}">${t.backToIndex}</a></p>`,
  })
}

/** A release that exists in `available` but not in `lang`. */
export function renderNotInLangPage(
  context: PageContext,
  lang: PublicLang,
  available: { lang: PublicLang; href: string; headline: string },
): string {
  const t = publicStrings[lang]
  return renderPage(context, {
    lang,
    title: `${t.notFoundTitle} · ${t.newsroomOf(context.coalitionName)}`,
    description: t.notInThisLang(t.langNames[available.lang]),
    head: html`<meta name="robots" content="noindex">\n`,
    switchTo: { [available.lang]: available.href },
    body: html`<h1>${t.notFoundTitle}</h1>
<p>${t.notInThisLang(t.langNames[available.lang])}</p>
<p><a href="${available.href}" lang="${available.lang}" hreflang="${available.lang}">${available.headline}</a></p>
<p><a href="${context.urls.index(lang)}">${t.backToIndex}</a></p>`,
  })
}

/** A page for a language the newsroom does not have: the message in English and Spanish. */
export function renderUnknownLangPage(context: PageContext, tag: string): string {
  return renderPage(context, {
    lang: 'en',
    title: `${publicStrings.en.notFoundTitle} · ${publicStrings.en.newsroomOf(context.coalitionName)}`,
    description: publicStrings.en.notFound,
    head: html`<meta name="robots" content="noindex">\n`,
    switchTo: {},
    body: html`<h1>${publicStrings.en.notFoundTitle}</h1>
<p>The newsroom has no pages in the language “${tag}”. It is published in English and Spanish.</p>
<p lang="es">La sala de prensa no tiene páginas en el idioma «${tag}». Se publica en inglés y en español.</p>
<ul>${publicLangs.map((l) => html`<li><a href="${context.urls.index(l)}" lang="${l}" hreflang="${l}">${publicStrings[l].newsroomOf(context.coalitionName)}</a></li>`)}</ul>`,
  })
}

/** The bilingual root page of the static export (the server redirects by Accept-Language). */
export function renderLanguageChooser(context: PageContext): string {
  return renderPage(context, {
    lang: 'en',
    title: publicStrings.en.newsroomOf(context.coalitionName),
    description: publicStrings.en.feedDescription(context.coalitionName),
    switchTo: {},
    body: html`<h1>${publicStrings.en.chooseLanguage} · <span lang="es">${publicStrings.es.chooseLanguage}</span></h1>
<ul>${publicLangs.map((l) => html`<li><a href="${context.urls.index(l)}" lang="${l}" hreflang="${l}">${publicStrings[l].newsroomOf(context.coalitionName)}</a></li>`)}</ul>`,
  })
}
