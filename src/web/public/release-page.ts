/**
 * The page of one published release in one language: the article, hreflang alternates to every
 * language version (both ways, plus x-default), Open Graph tags, and NewsArticle JSON-LD with
 * `inLanguage` and the translation links; a corrected release shows its correction notes in the
 * page's language. Also the article fragment the feeds carry (so the notes reach them too).
 */
import {
  type Article,
  alternateLinks,
  articleSummary,
  feedLinks,
  html,
  jsonLdScript,
  newsArticleJsonLd,
  openGraphTags,
  renderArticleHtml,
  type SafeHtml,
} from '../../render/index.js'
import { renderPage } from './page-layout.js'
import { organizationName, type PageContext, type PublicRelease } from './public-model.js'
import { renderSignonInvitation, renderSignonList } from './signon-list.js'
import { formatDate, type PublicLang, publicStrings } from './ui-strings.js'

function issuers(context: PageContext, release: PublicRelease, lang: PublicLang) {
  return release.organizationIds.flatMap((id) => {
    const org = context.organizations.get(id)
    return org
      ? [
          {
            org,
            name: organizationName(org, lang),
            href: context.urls.organization(lang, org.slug),
          },
        ]
      : []
  })
}

/**
 * The correction notice of a release in `lang`: each correction's date with its note in that
 * language ("Corrected on March 4, 2026. The march starts at 10 a.m."), oldest first; a release
 * corrected without a note says when only. Null when it was never corrected.
 */
export function correctionNotice(release: PublicRelease, lang: PublicLang): string | null {
  const t = publicStrings[lang]
  if (release.corrections.length > 0)
    return release.corrections
      .map((c) => {
        const note = Object.entries(c.notes).find(([l]) => (l.split('-')[0] ?? l) === lang)?.[1]
        const when = t.correctedOn(formatDate(lang, c.at))
        return note ? `${when} ${note}` : when
      })
      .join(' ')
  if (release.status === 'corrected' && release.updatedAt !== release.publishedAt)
    return t.correctedOn(formatDate(lang, release.updatedAt))
  return null
}

/** The `<article>` of a release in `lang` (its links root-relative), with its correction notice. */
export function releaseArticleHtml(
  context: PageContext,
  release: PublicRelease,
  lang: PublicLang,
  article: Article,
): SafeHtml {
  const t = publicStrings[lang]
  const notice = correctionNotice(release, lang)
  const body = renderArticleHtml(article, {
    about: t.about,
    aboutUnnamed: t.aboutOrganizations,
    contacts: t.mediaContacts,
    issuedBy: t.issuedBy,
    organizations: issuers(context, release, lang).map(({ name, href }) => ({ name, href })),
    fallbackDate: {
      iso: release.publishedAt.slice(0, 10),
      text: formatDate(lang, release.publishedAt),
    },
    ...(notice ? { notice } : {}),
  })
  // The organizations that signed, and the call to sign while sign-ons are open.
  return html`${body}${renderSignonList(release.signers, lang)}${
    release.signOpen
      ? renderSignonInvitation(`${context.urls.release(lang, release.slug)}sign`, lang)
      : ''
  }`
}

/** The full page of `release` in `lang`, or null when the release has no version in `lang`. */
export function renderReleasePage(
  context: PageContext,
  release: PublicRelease,
  lang: PublicLang,
): string | null {
  const article = release.articles[lang]
  if (!article) return null
  const { urls } = context
  const t = publicStrings[lang]
  const url = urls.absolute(urls.release(lang, release.slug))
  const alternates = release.langs.map((l) => ({
    lang: l,
    url: urls.absolute(urls.release(l, release.slug)),
  }))
  const xDefaultLang = release.langs.includes('en') ? 'en' : (release.langs[0] ?? lang)
  const description = articleSummary(article, 200)
  const orgs = issuers(context, release, lang)
  const jsonLd = newsArticleJsonLd({
    url,
    lang,
    headline: article.headline,
    description,
    datePublished: release.publishedAt,
    dateModified: release.updatedAt,
    organizations: orgs.map(({ org, name }) => ({
      name,
      url: org.website ?? urls.absolute(urls.organization(lang, org.slug)),
      logo: org.logoUrl,
    })),
    versions: alternates,
    publisherName: context.coalitionName,
    image: orgs[0]?.org.logoUrl ?? null,
  })
  const head = html`${alternateLinks(url, alternates, urls.absolute(urls.release(xDefaultLang, release.slug)))}${openGraphTags(
    {
      type: 'article',
      title: article.headline,
      description,
      url,
      siteName: t.newsroomOf(context.coalitionName),
      lang,
      alternateLangs: release.langs.filter((l) => l !== lang),
      image: orgs[0]?.org.logoUrl ?? null,
      publishedTime: release.publishedAt,
      modifiedTime: release.updatedAt,
    },
  )}${feedLinks({
    title: t.feedTitle(context.coalitionName),
    rss: urls.feed(lang, 'rss'),
    atom: urls.feed(lang, 'atom'),
    json: urls.feed(lang, 'json'),
  })}${jsonLdScript(jsonLd)}\n`
  const switchTo: Partial<Record<PublicLang, string>> = {}
  for (const l of release.langs) switchTo[l] = urls.release(l, release.slug)
  return renderPage(context, {
    lang,
    title: `${article.headline} · ${t.newsroomOf(context.coalitionName)}`,
    description,
    head,
    switchTo,
    body: releaseArticleHtml(context, release, lang, article),
  })
}
