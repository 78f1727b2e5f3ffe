/**
 * The frame of every public page: `<html lang>`, head (title, description, stylesheet, the
 * page's own head tags), a skip link, the site header with the language switcher, the main
 * content and a footer with the feeds of the page's language.
 */
import { type HtmlValue, html, type SafeHtml } from '../../render/index.js'
import type { PageContext } from './public-model.js'
import { type PublicLang, publicLangs, publicStrings } from './ui-strings.js'

/** What a page puts into the frame. */
export interface PageFrame {
  lang: PublicLang
  title: string
  description: string
  /** Extra head tags (canonical, hreflang, Open Graph, JSON-LD, feed links). */
  head?: HtmlValue
  /** Where the switcher sends each other language (the same page there, or its index). */
  switchTo: Partial<Record<PublicLang, string>>
  /** Feeds listed in the footer; the language's main feeds by default. */
  feeds?: { rss: string; atom: string; json: string }
  body: HtmlValue
}

/** A complete HTML document. */
export function renderPage(context: PageContext, frame: PageFrame): string {
  const t = publicStrings[frame.lang]
  const { urls } = context
  const feeds = frame.feeds ?? {
    rss: urls.feed(frame.lang, 'rss'),
    atom: urls.feed(frame.lang, 'atom'),
    json: urls.feed(frame.lang, 'json'),
  }
  const others = publicLangs.filter((l) => l !== frame.lang)
  const switcher: SafeHtml = html`<nav class="lang-switch" aria-label="${t.languageSwitcher}"><ul>
<li><span aria-current="true">${t.langName}</span></li>
${others.map(
  (l) =>
    html`<li><a href="${frame.switchTo[l] ?? urls.index(l)}" hreflang="${l}" lang="${l}">${publicStrings[l].langName}</a></li>\n`,
)}</ul></nav>`
  const page = html`<!doctype html>
<html lang="${frame.lang}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${frame.title}</title>
<meta name="description" content="${frame.description}">
<link rel="stylesheet" href="${urls.css}">
${frame.head}</head>
<body>
<a class="skip-link" href="#main">${t.skipToContent}</a>
<header class="site-header">
<a class="site-title" href="${urls.index(frame.lang)}">${t.newsroomOf(context.coalitionName)}</a>
${switcher}
</header>
<main id="main">
${frame.body}
</main>
<footer class="site-footer">
<nav class="feeds" aria-label="${t.feeds}"><ul>
<li><a href="${feeds.rss}">RSS</a></li>
<li><a href="${feeds.atom}">Atom</a></li>
<li><a href="${feeds.json}">JSON Feed</a></li>
</ul></nav>
</footer>
</body>
</html>
`
  return page.value
}
