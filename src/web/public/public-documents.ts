/**
 * Every document of the public newsroom, by address: the index and organization pages per
 * language, release pages, feeds (RSS, Atom, JSON Feed; per language and per organization), the
 * sitemap with language alternates, robots.txt and the stylesheet. {@link listPublicDocuments}
 * walks all of them for the static export.
 */
import { articleSummary, type FeedEntry, renderFeeds, renderSitemap } from '../../render/index.js'
import { renderIndexPage, renderOrganizationPage } from './index-page.js'
import {
  renderLanguageChooser,
  renderNotFoundPage,
  renderNotInLangPage,
  renderUnknownLangPage,
} from './message-pages.js'
import { organizationName, type PageContext, type PublicRelease } from './public-model.js'
import { absoluteUrls, contentTypes, type PublicResponse, type PublicSite } from './public-site.js'
import type { FeedKind } from './public-urls.js'
import { releaseArticleHtml, renderReleasePage } from './release-page.js'
import { type PublicLang, publicLangs, publicStrings } from './ui-strings.js'

function page(status: number, body: string): PublicResponse {
  return { status, type: contentTypes.html, body }
}

function feedEntries(
  context: PageContext,
  releases: readonly PublicRelease[],
  lang: PublicLang,
): FeedEntry[] {
  const absolute = { ...context, urls: absoluteUrls(context.urls) }
  return releases.flatMap((release) => {
    const article = release.articles[lang]
    if (!article) return []
    return [
      {
        url: absolute.urls.release(lang, release.slug),
        title: article.headline,
        summary: articleSummary(article, 300),
        contentHtml: releaseArticleHtml(absolute, release, lang, article).value,
        published: release.publishedAt,
        updated: release.updatedAt,
        authors: release.organizationIds.flatMap((id) => {
          const org = context.organizations.get(id)
          return org
            ? [
                {
                  name: organizationName(org, lang),
                  url: absolute.urls.organization(lang, org.slug),
                },
              ]
            : []
        }),
      },
    ]
  })
}

const feedTypes: Record<FeedKind, string> = {
  rss: contentTypes.rss,
  atom: contentTypes.atom,
  json: contentTypes.json,
}

/** Options of {@link publicDocuments}. */
export interface PublicDocumentsOptions {
  /** How many finished documents to keep (default 2,000; 0 turns the cache off). */
  cacheSize?: number
}

/** The documents of a public site. */
export function publicDocuments(site: PublicSite, options: PublicDocumentsOptions = {}) {
  const { urls } = site
  const cacheSize = options.cacheSize ?? 2000
  const made = new Map<string, { stamp: string; response: PublicResponse }>()

  /**
   * A finished document is reused while the site's stamp is unchanged (any publication,
   * revision, correction or profile change alters it). Only 200s are kept, so unknown addresses
   * cannot fill the cache.
   */
  async function cached(key: string, make: () => Promise<PublicResponse>) {
    if (cacheSize === 0) return make()
    const stamp = await site.stamp()
    const hit = made.get(key)
    if (hit && hit.stamp === stamp) return hit.response
    const response = await make()
    if (response.status === 200) {
      made.delete(key)
      made.set(key, { stamp, response })
      if (made.size > cacheSize) {
        const oldest = made.keys().next().value
        if (oldest !== undefined) made.delete(oldest)
      }
    }
    return response
  }

  async function makeFeed(lang: PublicLang, kind: FeedKind, orgSlug?: string) {
    const context = await site.context()
    const t = publicStrings[lang]
    const all = await site.published()
    let releases = all
    let title = t.feedTitle(context.coalitionName)
    let home = urls.absolute(urls.index(lang))
    if (orgSlug !== undefined) {
      const org = await site.organization(orgSlug)
      if (!org) return page(404, renderNotFoundPage(context, lang))
      releases = all.filter((r) => r.organizationIds.includes(org.id))
      title = t.orgFeedTitle(organizationName(org, lang), context.coalitionName)
      home = urls.absolute(urls.organization(lang, org.slug))
    }
    const feeds = renderFeeds({
      title,
      description: t.feedDescription(context.coalitionName),
      lang,
      homeUrl: home,
      urls: {
        rss: urls.absolute(urls.feed(lang, 'rss', orgSlug)),
        atom: urls.absolute(urls.feed(lang, 'atom', orgSlug)),
        json: urls.absolute(urls.feed(lang, 'json', orgSlug)),
      },
      publisher: context.coalitionName,
      entries: feedEntries(context, releases.slice(0, 50), lang),
    })
    return { status: 200, type: feedTypes[kind], body: feeds[kind] }
  }

  async function makeRelease(lang: PublicLang, slug: string): Promise<PublicResponse> {
    const [context, release] = await Promise.all([site.context(), site.release(slug)])
    if (!release) return page(404, renderNotFoundPage(context, lang))
    const body = renderReleasePage(context, release, lang)
    if (body) return page(200, body)
    const other = release.langs[0] as PublicLang
    return page(
      404,
      renderNotInLangPage(context, lang, {
        lang: other,
        href: urls.release(other, release.slug),
        headline: release.articles[other]?.headline ?? release.slug,
      }),
    )
  }

  async function makeOrganization(lang: PublicLang, slug: string): Promise<PublicResponse> {
    const [context, org] = await Promise.all([site.context(), site.organization(slug)])
    if (!org) return page(404, renderNotFoundPage(context, lang))
    return page(200, renderOrganizationPage(context, org, await site.published(), lang))
  }

  async function makeSitemap(): Promise<PublicResponse> {
    const [context, releases] = await Promise.all([site.context(), site.published()])
    const abs = (path: string) => urls.absolute(path)
    const newest =
      releases
        .map((r) => r.updatedAt)
        .sort()
        .pop() ?? null
    const body = renderSitemap([
      {
        urls: publicLangs.map((l) => ({ lang: l, url: abs(urls.index(l)) })),
        lastModified: newest,
        xDefault: abs(urls.index('en')),
      },
      ...releases.map((r) => ({
        urls: r.langs.map((l) => ({ lang: l, url: abs(urls.release(l, r.slug)) })),
        lastModified: r.updatedAt,
        xDefault: abs(urls.release(r.langs.includes('en') ? 'en' : (r.langs[0] ?? 'en'), r.slug)),
      })),
      ...[...context.organizations.values()].map((o) => ({
        urls: publicLangs.map((l) => ({ lang: l, url: abs(urls.organization(l, o.slug)) })),
        xDefault: abs(urls.organization('en', o.slug)),
      })),
    ])
    return { status: 200, type: contentTypes.xml, body }
  }

  const feed = (lang: PublicLang, kind: FeedKind, orgSlug?: string) =>
    cached(`feed:${lang}:${kind}:${orgSlug ?? ''}`, () => makeFeed(lang, kind, orgSlug))

  return {
    /** The index page of a language. */
    index: (lang: PublicLang): Promise<PublicResponse> =>
      cached(`index:${lang}`, async () => {
        const [context, releases] = await Promise.all([site.context(), site.published()])
        return page(200, renderIndexPage(context, releases, lang))
      }),

    /** A release page; 404 when the slug is not published or has no version in `lang`. */
    release: (lang: PublicLang, slug: string) =>
      cached(`release:${lang}:${slug}`, () => makeRelease(lang, slug)),

    /** An organization's page with its published releases. */
    organization: (lang: PublicLang, slug: string) =>
      cached(`organization:${lang}:${slug}`, () => makeOrganization(lang, slug)),

    /** A feed of a language, or of one organization in a language. */
    feed,

    /** sitemap.xml: indexes, releases and organizations with their language alternates. */
    sitemap: () => cached('sitemap', makeSitemap),

    robots: async () => site.robots(),
    css: async () => site.css(),

    /** The bilingual language chooser (the export's root page). */
    async chooser(): Promise<PublicResponse> {
      return page(200, renderLanguageChooser(await site.context()))
    },

    /** The answer for a language the newsroom has no pages in. */
    async unknownLang(tag: string): Promise<PublicResponse> {
      return page(404, renderUnknownLangPage(await site.context(), tag))
    },

    /** "Not found" in a language. */
    async notFound(lang: PublicLang): Promise<PublicResponse> {
      return page(404, renderNotFoundPage(await site.context(), lang))
    },
  }
}

/** The documents' interface. */
export type PublicDocuments = ReturnType<typeof publicDocuments>

/** One document of the export: its root-relative address and content. */
export interface ListedDocument {
  path: string
  response: PublicResponse
}

/** Every public document (status 200 only), for the static export. */
export async function listPublicDocuments(
  site: PublicSite,
  documents: PublicDocuments = publicDocuments(site),
): Promise<ListedDocument[]> {
  const { urls } = site
  const out: ListedDocument[] = []
  const add = async (path: string, response: Promise<PublicResponse>) => {
    const r = await response
    if (r.status === 200) out.push({ path, response: r })
  }
  const [context, releases] = await Promise.all([site.context(), site.published()])
  await add(urls.index('en').replace(/en\/$/, ''), documents.chooser())
  await add(urls.css, documents.css())
  await add(urls.sitemap, documents.sitemap())
  await add(urls.index('en').replace(/en\/$/, 'robots.txt'), documents.robots())
  for (const lang of publicLangs) {
    await add(urls.index(lang), documents.index(lang))
    for (const kind of ['rss', 'atom', 'json'] as const)
      await add(urls.feed(lang, kind), documents.feed(lang, kind))
    for (const release of releases)
      if (release.articles[lang])
        await add(urls.release(lang, release.slug), documents.release(lang, release.slug))
    for (const org of context.organizations.values()) {
      await add(urls.organization(lang, org.slug), documents.organization(lang, org.slug))
      for (const kind of ['rss', 'atom', 'json'] as const)
        await add(urls.feed(lang, kind, org.slug), documents.feed(lang, kind, org.slug))
    }
  }
  return out
}
