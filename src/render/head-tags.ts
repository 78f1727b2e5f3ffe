/**
 * Tags of a page's `<head>` that tell search engines and social sites what the page is: the
 * canonical link, `hreflang` alternates (every language version links to all of them, itself
 * included, plus `x-default`), Open Graph properties and feed discovery links.
 */
import { html, type SafeHtml } from './html-template.js'

/** A language version of a page. */
export interface Alternate {
  lang: string
  url: string
}

/** Canonical link and hreflang alternates; `xDefault` is the page for other languages. */
export function alternateLinks(
  canonical: string,
  alternates: readonly Alternate[],
  xDefault?: string,
): SafeHtml {
  const links = alternates.map(
    (a) => html`<link rel="alternate" hreflang="${a.lang}" href="${a.url}">\n`,
  )
  return html`<link rel="canonical" href="${canonical}">
${links}${alternates.length > 1 && xDefault ? html`<link rel="alternate" hreflang="x-default" href="${xDefault}">\n` : ''}`
}

/** Open Graph properties of a page. */
export interface OpenGraph {
  type: 'website' | 'article'
  title: string
  description: string
  url: string
  siteName: string
  /** The page's language, e.g. `en`; written as an og:locale such as en_US. */
  lang: string
  /** The other languages the page exists in. */
  alternateLangs?: readonly string[]
  image?: string | null
  publishedTime?: string | null
  modifiedTime?: string | null
}

const locales: Record<string, string> = { en: 'en_US', es: 'es_US' }

/** An og:locale value for a language tag (`es` → `es_US`, `es-MX` → `es_MX`). */
export function ogLocale(lang: string): string {
  const [primary = lang, region] = lang.split('-')
  if (region && /^[A-Za-z]{2}$/.test(region))
    return `${primary.toLowerCase()}_${region.toUpperCase()}`
  return locales[primary.toLowerCase()] ?? primary.toLowerCase()
}

/** The Open Graph `<meta property>` tags. */
export function openGraphTags(og: OpenGraph): SafeHtml {
  const tags: [string, string | null | undefined][] = [
    ['og:type', og.type],
    ['og:title', og.title],
    ['og:description', og.description],
    ['og:url', og.url],
    ['og:site_name', og.siteName],
    ['og:locale', ogLocale(og.lang)],
    ...(og.alternateLangs ?? []).map((l): [string, string] => ['og:locale:alternate', ogLocale(l)]),
    ['og:image', og.image],
    ['article:published_time', og.type === 'article' ? og.publishedTime : null],
    ['article:modified_time', og.type === 'article' ? og.modifiedTime : null],
  ]
  return html`${tags
    .filter((t): t is [string, string] => Boolean(t[1]))
    .map(([property, content]) => html`<meta property="${property}" content="${content}">\n`)}`
}

/** Feed discovery links. */
export function feedLinks(feeds: {
  rss: string
  atom: string
  json: string
  title: string
}): SafeHtml {
  return html`<link rel="alternate" type="application/rss+xml" title="${feeds.title} (RSS)" href="${feeds.rss}">
<link rel="alternate" type="application/atom+xml" title="${feeds.title} (Atom)" href="${feeds.atom}">
<link rel="alternate" type="application/feed+json" title="${feeds.title} (JSON Feed)" href="${feeds.json}">
`
}
