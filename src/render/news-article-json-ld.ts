/**
 * schema.org `NewsArticle` structured data for one language version of a release: headline,
 * `inLanguage`, dates, the co-issuing organizations as authors and publisher, and the translation
 * links — the first language version of the release is the work, the others point to it with
 * `translationOfWork`, and it lists them under `workTranslation`.
 */
import { rawHtml, type SafeHtml } from './html-template.js'

/** One language version as the structured data needs it. */
export interface JsonLdVersion {
  lang: string
  url: string
}

/** Input of {@link newsArticleJsonLd}. */
export interface NewsArticleInput {
  url: string
  lang: string
  headline: string
  description: string
  datePublished: string | null
  dateModified: string | null
  /** Co-issuing organizations (authors); the first one is also the publisher. */
  organizations: { name: string; url: string; logo?: string | null }[]
  /** Every language version of the release, in the release's order (this one included). */
  versions: JsonLdVersion[]
  /** The coalition's name, publisher when no organization is given. */
  publisherName: string
  image?: string | null
}

/** The NewsArticle object (plain data, ready for JSON). */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const organizations = input.organizations.map((o) => ({
    '@type': 'Organization',
    name: o.name,
    url: o.url,
    ...(o.logo ? { logo: o.logo } : {}),
  }))
  const original = input.versions[0]
  const others = input.versions.filter((v) => v.url !== input.url)
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.headline.length > 110 ? `${input.headline.slice(0, 109)}…` : input.headline,
    name: input.headline,
    description: input.description,
    inLanguage: input.lang,
    ...(input.datePublished ? { datePublished: input.datePublished } : {}),
    ...(input.dateModified ? { dateModified: input.dateModified } : {}),
    ...(organizations.length > 0 ? { author: organizations } : {}),
    publisher: organizations[0] ?? { '@type': 'Organization', name: input.publisherName },
    ...(input.image ? { image: input.image } : {}),
  }
  if (original && original.url !== input.url)
    data.translationOfWork = { '@id': original.url, inLanguage: original.lang }
  else if (others.length > 0)
    data.workTranslation = others.map((v) => ({ '@id': v.url, inLanguage: v.lang }))
  return data
}

/** A `<script type="application/ld+json">` block; `<` is escaped so no text can close it. */
export function jsonLdScript(data: unknown): SafeHtml {
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
  return rawHtml(`<script type="application/ld+json">${json}</script>`)
}
