/**
 * The index of one language: the coalition's published releases, newest first — a release that
 * exists only in the other language is listed with its headline in that language (marked with
 * its `lang`) and says so — and the member organizations. Also each organization's page, which
 * lists its releases the same way.
 */
import {
  alternateLinks,
  feedLinks,
  html,
  openGraphTags,
  type SafeHtml,
} from '../../render/index.js'
import type { Organization } from '../../store/index.js'
import { renderPage } from './page-layout.js'
import { organizationName, type PageContext, type PublicRelease } from './public-model.js'
import { formatDate, type PublicLang, publicLangs, publicStrings } from './ui-strings.js'

function releaseItem(context: PageContext, release: PublicRelease, lang: PublicLang): SafeHtml {
  const t = publicStrings[lang]
  const shownLang = release.articles[lang] ? lang : release.langs[0]
  const article = shownLang ? release.articles[shownLang] : undefined
  if (!shownLang || !article) return html``
  const date = html`<time datetime="${release.publishedAt.slice(0, 10)}">${formatDate(lang, release.publishedAt)}</time>`
  const orgs = release.organizationIds
    .map((id) => context.organizations.get(id))
    .filter((o): o is Organization => Boolean(o))
    .map((o) => organizationName(o, lang))
    .join(' · ')
  const href = context.urls.release(shownLang, release.slug)
  const note =
    shownLang === lang
      ? ''
      : html` <span class="only-in">(${t.onlyIn(t.langNames[shownLang])})</span>`
  return html`<li><a href="${href}"${shownLang === lang ? '' : html` lang="${shownLang}" hreflang="${shownLang}"`}>${article.headline}</a>${note}<span class="meta">${date}${orgs ? html` · ${orgs}` : ''}</span></li>\n`
}

function releaseList(
  context: PageContext,
  releases: readonly PublicRelease[],
  lang: PublicLang,
  empty: string,
): SafeHtml {
  if (releases.length === 0) return html`<p>${empty}</p>`
  return html`<ul class="release-list">\n${releases.map((r) => releaseItem(context, r, lang))}</ul>`
}

function pageHead(
  context: PageContext,
  lang: PublicLang,
  pathOf: (l: PublicLang) => string,
  title: string,
  description: string,
  feeds: { rss: string; atom: string; json: string },
): SafeHtml {
  const { urls } = context
  const alternates = publicLangs.map((l) => ({ lang: l, url: urls.absolute(pathOf(l)) }))
  const url = urls.absolute(pathOf(lang))
  return html`${alternateLinks(url, alternates, urls.absolute(pathOf('en')))}${openGraphTags({
    type: 'website',
    title,
    description,
    url,
    siteName: publicStrings[lang].newsroomOf(context.coalitionName),
    lang,
    alternateLangs: publicLangs.filter((l) => l !== lang),
  })}${feedLinks({ title, ...feeds })}`
}

/** The index page of `lang`. */
export function renderIndexPage(
  context: PageContext,
  releases: readonly PublicRelease[],
  lang: PublicLang,
): string {
  const t = publicStrings[lang]
  const { urls } = context
  const title = t.newsroomOf(context.coalitionName)
  const description = t.feedDescription(context.coalitionName)
  const feeds = {
    rss: urls.feed(lang, 'rss'),
    atom: urls.feed(lang, 'atom'),
    json: urls.feed(lang, 'json'),
  }
  const orgs = [...context.organizations.values()].sort((a, b) =>
    organizationName(a, lang).localeCompare(organizationName(b, lang), lang),
  )
  const switchTo: Partial<Record<PublicLang, string>> = {}
  for (const l of publicLangs) switchTo[l] = urls.index(l)
  return renderPage(context, {
    lang,
    title,
    description,
    head: pageHead(context, lang, (l) => urls.index(l), title, description, feeds),
    switchTo,
    body: html`<h1>${title}</h1>
<h2>${t.latestReleases}</h2>
${releaseList(context, releases, lang, t.noReleases)}
<h2>${t.members}</h2>
<ul>${orgs.map((o) => html`<li><a href="${urls.organization(lang, o.slug)}">${organizationName(o, lang)}</a></li>`)}</ul>`,
  })
}

/** The page of one organization in `lang`, with the releases it co-issued. */
export function renderOrganizationPage(
  context: PageContext,
  organization: Organization,
  releases: readonly PublicRelease[],
  lang: PublicLang,
): string {
  const t = publicStrings[lang]
  const { urls } = context
  const name = organizationName(organization, lang)
  const boilerplate = organization.boilerplates[lang]?.trim() ?? ''
  const description = boilerplate || t.releasesOf(name)
  const own = releases.filter((r) => r.organizationIds.includes(organization.id))
  const feeds = {
    rss: urls.feed(lang, 'rss', organization.slug),
    atom: urls.feed(lang, 'atom', organization.slug),
    json: urls.feed(lang, 'json', organization.slug),
  }
  const switchTo: Partial<Record<PublicLang, string>> = {}
  for (const l of publicLangs) switchTo[l] = urls.organization(l, organization.slug)
  const website =
    organization.website && /^https?:\/\//i.test(organization.website) ? organization.website : null
  const logo =
    organization.logoUrl && /^https?:\/\//i.test(organization.logoUrl) ? organization.logoUrl : null
  return renderPage(context, {
    lang,
    title: `${name} · ${t.newsroomOf(context.coalitionName)}`,
    description,
    head: pageHead(
      context,
      lang,
      (l) => urls.organization(l, organization.slug),
      t.releasesOf(name),
      description,
      feeds,
    ),
    switchTo,
    feeds,
    body: html`${logo ? html`<img class="org-logo" src="${logo}" alt="${name}">` : ''}<h1>${name}</h1>
${boilerplate ? html`<p>${boilerplate}</p>` : ''}
${website ? html`<p>${t.website}: <a href="${website}">${website}</a></p>` : ''}
<h2>${t.releasesOf(name)}</h2>
${releaseList(context, own, lang, t.noReleasesOf(name))}`,
  })
}
