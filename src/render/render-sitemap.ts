/**
 * sitemap.xml with language alternates: one `<url>` per page and language, each listing every
 * language version of the page (itself included) as `xhtml:link rel="alternate" hreflang`, plus
 * `x-default`, as search engines ask for bilingual sites.
 */
import { escapeHtml } from './html-template.js'

/** A page of the sitemap in all its languages. */
export interface SitemapPage {
  /** The page's URL per language (`en` → https://…/en/releases/x/). */
  urls: { lang: string; url: string }[]
  /** ISO time of the last change. */
  lastModified?: string | null
  /** The URL for languages the page lacks, when it exists in several. */
  xDefault?: string | null
}

/** The sitemap document. */
export function renderSitemap(pages: readonly SitemapPage[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
  ]
  for (const page of pages) {
    for (const { url } of page.urls) {
      out.push('<url>', `<loc>${escapeHtml(url)}</loc>`)
      if (page.lastModified) out.push(`<lastmod>${escapeHtml(page.lastModified)}</lastmod>`)
      if (page.urls.length > 1) {
        for (const alt of page.urls)
          out.push(
            `<xhtml:link rel="alternate" hreflang="${escapeHtml(alt.lang)}" href="${escapeHtml(alt.url)}"/>`,
          )
        if (page.xDefault)
          out.push(
            `<xhtml:link rel="alternate" hreflang="x-default" href="${escapeHtml(page.xDefault)}"/>`,
          )
      }
      out.push('</url>')
    }
  }
  out.push('</urlset>', '')
  return out.join('\n')
}
