/**
 * The page a journalist's preview link opens (/preview/<token>): every language version of the
 * embargoed release, each under its embargo line, marked for its recipient and kept out of
 * search engines (`noindex`). Also the bilingual page that says why a link was refused.
 */
import { type Article, html, renderArticleHtml, type SafeHtml } from '../../render/index.js'
import { previewStrings } from './preview-strings.js'
import { isPublicLang, type PublicLang, publicLangs, publicStrings } from './ui-strings.js'

/** One language version as the preview shows it. */
export interface PreviewVersion {
  lang: string
  article: Article
  /** "EMBARGOED UNTIL …" in this language. */
  embargoLine: string
}

/** What the preview page shows. */
export interface PreviewPageData {
  recipient: { name: string; email: string }
  versions: PreviewVersion[]
  /** The co-issuing organizations (name and public page), per language. */
  organizations: Partial<Record<PublicLang, { name: string; href: string }[]>>
  stylesheet: string
}

function frame(lang: PublicLang, title: string, stylesheet: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow, noarchive">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
<main id="main">
${body}
</main>
</body>
</html>
`.value
}

function stringsOf(lang: string): PublicLang {
  const primary = lang.split('-')[0] ?? lang
  return isPublicLang(primary) ? primary : 'en'
}

/** The preview page. */
export function renderPreviewPage(data: PreviewPageData): string {
  const first = stringsOf(data.versions[0]?.lang ?? 'en')
  const who = data.recipient.name
    ? `${data.recipient.name} <${data.recipient.email}>`
    : data.recipient.email
  const banner = publicLangs.map(
    (l) =>
      html`<p class="notice" role="note" lang="${l}">${previewStrings[l].forRecipient(who)} ${previewStrings[l].confidential}</p>\n`,
  )
  const versions = data.versions.map((v) => {
    const lang = stringsOf(v.lang)
    const t = publicStrings[lang]
    return html`<section class="preview-version" lang="${v.lang}">
<p class="embargo-line"><strong>${v.embargoLine}</strong></p>
${renderArticleHtml(v.article, {
  about: t.about,
  aboutUnnamed: t.aboutOrganizations,
  contacts: t.mediaContacts,
  issuedBy: t.issuedBy,
  organizations: data.organizations[lang] ?? [],
})}
</section>\n`
  })
  return frame(
    first,
    `${previewStrings[first].title} · ${data.versions[0]?.article.headline ?? ''}`,
    data.stylesheet,
    html`${banner}${versions}`,
  )
}

/** The page of a refused preview link, in both languages. */
export function renderPreviewRefusal(
  reason: keyof (typeof previewStrings)['en']['refused'],
  stylesheet: string,
): string {
  return frame(
    'en',
    `${previewStrings.en.refusedTitle} / ${previewStrings.es.refusedTitle}`,
    stylesheet,
    html`${publicLangs.map(
      (l) =>
        html`<section lang="${l}"><h1>${previewStrings[l].refusedTitle}</h1><p>${previewStrings[l].refused[reason]}</p></section>\n`,
    )}`,
  )
}
