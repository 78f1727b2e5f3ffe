/**
 * The public newsroom as a set of documents: it reads only published releases (statuses
 * published and corrected) and the coalition's organization profiles through the newsroom's
 * services, turns each release revision into articles once (cached by release id and revision
 * number, so a new revision is read again and nothing stale is served), and answers each public
 * address with a status, a content type and a body. The HTTP routes and the static export both
 * call it, so a page is the same whether served or exported.
 */
import { type CompiledQuery, sql } from 'kysely'
import { primaryLang } from '../../core/index.js'
import type { Newsroom } from '../../newsroom/create-newsroom.js'
import type { ReleaseView } from '../../newsroom/release-service.js'
import { type Article, articleOfText } from '../../render/index.js'
import type { Organization, Row } from '../../store/index.js'
import { newsroomCss } from './newsroom-css.js'
import type { PageContext, PublicRelease } from './public-model.js'
import { createPublicUrls, type FeedKind, type PublicUrls } from './public-urls.js'
import { isPublicLang, type PublicLang } from './ui-strings.js'

/** Options of the public site. */
export interface PublicSiteOptions {
  /** The absolute URL the newsroom is published at. */
  publicUrl: string
  /** The coalition shown, by id or slug; the first coalition created when absent. */
  coalition?: string
  /** How many parsed revisions to keep (default 500). */
  cacheSize?: number
}

/** A document of the public newsroom. */
export interface PublicResponse {
  status: number
  type: string
  body: string
}

/** Content types of the public documents. */
export const contentTypes = {
  html: 'text/html; charset=utf-8',
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  css: 'text/css; charset=utf-8',
} as const

/** The articles of one revision: per public language, in the order of the versions. */
export interface ParsedRevision {
  langs: PublicLang[]
  articles: Partial<Record<PublicLang, Article>>
}

/** Reads a revision's versions into articles; a text the reader refuses is shown as paragraphs. */
export function articlesOf(content: ReleaseView['content']): ParsedRevision {
  const out: ParsedRevision = { langs: [], articles: {} }
  for (const version of content.versions) {
    const lang = primaryLang(version.lang)
    if (!isPublicLang(lang) || out.articles[lang] || !version.text.trim()) continue
    const article = articleOfText(lang, version.text)
    out.langs.push(lang)
    out.articles[lang] = article
  }
  return out
}

/** Builds the public site over a newsroom. */
export function createPublicSite(newsroom: Newsroom, options: PublicSiteOptions) {
  const urls = createPublicUrls(options.publicUrl)
  const cacheSize = options.cacheSize ?? 500
  const parsed = new Map<string, ParsedRevision>()
  let coalitionRow: Row<'coalitions'> | undefined

  async function coalition(): Promise<Row<'coalitions'> | undefined> {
    if (coalitionRow) return coalitionRow
    if (options.coalition) {
      coalitionRow = await newsroom.directory.repo.coalition(options.coalition)
      return coalitionRow
    }
    // The first created; rows made in the same millisecond go by insertion order (SQLite's
    // rowid, PostgreSQL's inserting transaction), so the choice never changes between runs.
    const { db, engine } = newsroom.store
    coalitionRow = await db
      .selectFrom('coalitions')
      .selectAll()
      .orderBy('created_at')
      .orderBy(engine === 'sqlite' ? sql`rowid` : sql`xmin::text::bigint`)
      .limit(1)
      .executeTakeFirst()
    return coalitionRow
  }

  async function revisionArticles(view: ReleaseView): Promise<ParsedRevision> {
    // The text as the public sees it (spokesperson appearance applied); its key changes with it.
    const { content, key } = await newsroom.quotes.publicContent(view)
    const hit = parsed.get(key)
    if (hit) {
      // Refresh its place: the map's order is the least recently used first.
      parsed.delete(key)
      parsed.set(key, hit)
      return hit
    }
    const fresh = articlesOf(content)
    parsed.set(key, fresh)
    if (parsed.size > cacheSize) {
      const oldest = parsed.keys().next().value
      if (oldest !== undefined) parsed.delete(oldest)
    }
    return fresh
  }

  async function toPublic(view: ReleaseView): Promise<PublicRelease | null> {
    if (view.status !== 'published' && view.status !== 'corrected') return null
    const [{ langs, articles }, corrections, signers, signOpen] = await Promise.all([
      revisionArticles(view),
      newsroom.schedule.publicCorrections(view),
      newsroom.signons.publicSigners(view.id),
      newsroom.signons.isOpen(view.id),
    ])
    if (langs.length === 0) return null
    const publishedAt = view.publishedAt ?? view.updatedAt
    return {
      id: view.id,
      slug: view.slug,
      status: view.status,
      publishedAt,
      updatedAt: view.updatedAt.localeCompare(publishedAt) < 0 ? publishedAt : view.updatedAt,
      organizationIds: view.organizationIds,
      langs,
      articles,
      corrections,
      signers,
      signOpen,
    }
  }

  async function context(): Promise<PageContext & { coalitionId: string | null }> {
    const c = await coalition()
    const orgs: Organization[] = c ? await newsroom.directory.organizations(c.id) : []
    return {
      urls,
      coalitionName: c?.name ?? 'Comunicado',
      coalitionId: c?.id ?? null,
      organizations: new Map(orgs.map((o) => [o.id, o])),
    }
  }

  async function published(coalitionId: string | null): Promise<PublicRelease[]> {
    if (!coalitionId) return []
    const views = await newsroom.releases.published(coalitionId)
    const all = await Promise.all(views.map(toPublic))
    return all.filter((r): r is PublicRelease => r !== null)
  }

  async function release(coalitionId: string | null, slug: string) {
    if (!coalitionId) return null
    const view = await newsroom.releases.publishedBySlug(coalitionId, slug)
    return view ? toPublic(view) : null
  }

  /**
   * A fingerprint of everything public documents are made of: the published releases (count,
   * revisions, statuses, times) and the organization profiles. Two cheap queries; when it is
   * unchanged, a document made earlier is still exact.
   */
  let stampQuery: { coalitionId: string; query: CompiledQuery<Record<string, unknown>> } | null =
    null

  async function stamp(): Promise<string> {
    const c = await coalition()
    if (!c) return 'no-coalition'
    // One statement, compiled once: the stamp is asked for on every request.
    if (stampQuery?.coalitionId !== c.id) {
      const query = sql<Record<string, unknown>>`
        select 'r' as k, cast(count(*) as text) as a, cast(sum(revision) as text) as b,
          max(updated_at) as c, max(published_at) as d,
          cast(sum(case when status = 'corrected' then 1 else 0 end) as text) as e,
          cast(null as text) as f, cast(null as text) as g
        from releases where coalition_id = ${c.id} and status in ('published', 'corrected')
        union all
        select 'o', id, slug, name, names, boilerplates, website, logo_url
        from organizations where coalition_id = ${c.id}
        order by 1 desc, 2`.compile(newsroom.store.db)
      stampQuery = { coalitionId: c.id, query }
    }
    const [{ rows }, features] = await Promise.all([
      newsroom.store.db.executeQuery(stampQuery.query),
      // What features add to public pages (appearance choices, corrections, sign-ons).
      newsroom.publicStamp(c.id),
    ])
    return `${c.id}|${JSON.stringify(rows)}|${features}`
  }

  return {
    urls,
    stamp,
    /** The page context (coalition, organizations, addresses) of the current data. */
    context,
    /** The published releases, newest first. */
    published: async () => published((await context()).coalitionId),
    /** One published release by slug, or null. */
    release: async (slug: string) => release((await context()).coalitionId, slug),
    /** Organizations by slug, or null. */
    async organization(slug: string): Promise<Organization | null> {
      const c = await coalition()
      return (c && (await newsroom.directory.repo.organizationBySlug(c.id, slug))) ?? null
    },
    /** The parsed revisions kept (for tests and benchmarks). */
    cacheEntries: () => parsed.size,
    css: (): PublicResponse => ({ status: 200, type: contentTypes.css, body: newsroomCss }),
    /** robots.txt: everything public may be crawled, the workspace and API may not. */
    robots: (): PublicResponse => ({
      status: 200,
      type: contentTypes.text,
      body: `User-agent: *\nDisallow: /api/\nDisallow: /app/\nAllow: /\n\nSitemap: ${urls.absolute(urls.sitemap)}\n`,
    }),
  }
}

/** The public site's interface. */
export type PublicSite = ReturnType<typeof createPublicSite>

/** Root-relative addresses made absolute (for feed content read outside the site). */
export function absoluteUrls(urls: PublicUrls): PublicUrls {
  return {
    ...urls,
    index: (lang) => urls.absolute(urls.index(lang)),
    release: (lang, slug) => urls.absolute(urls.release(lang, slug)),
    organization: (lang, slug) => urls.absolute(urls.organization(lang, slug)),
    feed: (lang, kind: FeedKind, org?: string) => urls.absolute(urls.feed(lang, kind, org)),
    css: urls.absolute(urls.css),
    sitemap: urls.absolute(urls.sitemap),
  }
}
