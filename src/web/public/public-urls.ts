/**
 * Addresses of the public newsroom. Pages live in folders (`/en/releases/<slug>/`), so the same
 * links work when the app serves them and when the static export writes them as
 * `en/releases/<slug>/index.html`; links inside pages are root-relative (with the public URL's
 * path as prefix, for a newsroom hosted under a sub-path), while canonical, hreflang, Open Graph,
 * JSON-LD, feed and sitemap addresses are absolute.
 */
import type { PublicLang } from './ui-strings.js'

/** The three feed formats and their file names. */
export const feedFiles = { rss: 'feed.xml', atom: 'atom.xml', json: 'feed.json' } as const

/** A feed format. */
export type FeedKind = keyof typeof feedFiles

/** Builds page paths (root-relative) and absolute URLs. */
export interface PublicUrls {
  /** The public URL without a trailing slash (`https://news.example.org`). */
  origin: string
  /** Absolute form of a root-relative path. */
  absolute(path: string): string
  index(lang: PublicLang): string
  release(lang: PublicLang, slug: string): string
  organization(lang: PublicLang, slug: string): string
  feed(lang: PublicLang, kind: FeedKind, organizationSlug?: string): string
  css: string
  sitemap: string
}

/** The addresses of a newsroom published at `publicUrl`. */
export function createPublicUrls(publicUrl: string): PublicUrls {
  const origin = publicUrl.replace(/\/+$/, '')
  let base = ''
  try {
    base = new URL(origin).pathname.replace(/\/+$/, '')
  } catch {
    base = ''
  }
  const seg = encodeURIComponent
  return {
    origin,
    absolute: (path) => `${origin}${path.startsWith(base) ? path.slice(base.length) : path}`,
    index: (lang) => `${base}/${lang}/`,
    release: (lang, slug) => `${base}/${lang}/releases/${seg(slug)}/`,
    organization: (lang, slug) => `${base}/${lang}/organizations/${seg(slug)}/`,
    feed: (lang, kind, org) =>
      org
        ? `${base}/${lang}/organizations/${seg(org)}/${feedFiles[kind]}`
        : `${base}/${lang}/${feedFiles[kind]}`,
    css: `${base}/assets/newsroom.css`,
    sitemap: `${base}/sitemap.xml`,
  }
}

/** The file a path is written to in the static export (`/en/` → `en/index.html`). */
export function exportFileOf(path: string, basePath = ''): string {
  const local = path.startsWith(basePath) ? path.slice(basePath.length) : path
  const trimmed = local.replace(/^\/+/, '')
  return trimmed === '' || trimmed.endsWith('/') ? `${trimmed}index.html` : trimmed
}
