/**
 * The HTML fragment of an article: an `<article lang>` with its header (release line, headline,
 * subheadline, date, co-issuers), body paragraphs (the dateline in a span, quote paragraphs with
 * the speaker in `<cite>`), end mark, "About X" sections and media contacts. Every value goes
 * through the escaping {@link html} template.
 */
import type { Article, ArticleContact, ArticleParagraph } from './article.js'
import { html, type SafeHtml } from './html-template.js'

/** Words and extras the fragment needs, in the article's language. */
export interface ArticleHtmlOptions {
  /** "About" / "Acerca de": heading prefix of an organization's paragraph. */
  about: string
  /** Heading of paragraphs whose organization is unknown ("About the organizations"). */
  aboutUnnamed: string
  /** Heading of the contacts section ("Media contacts"). */
  contacts: string
  /** "Issued by" line before the co-issuers. */
  issuedBy?: string
  /** Co-issuing organizations with the link to their page. */
  organizations?: { name: string; href: string }[]
  /** A date to show when the text carries none (ISO date and its label). */
  fallbackDate?: { iso: string; text: string }
  /** A notice shown above the headline, e.g. a correction. */
  notice?: string
}

function runsHtml(paragraph: ArticleParagraph): SafeHtml {
  return html`${paragraph.runs.map((run) =>
    run.role === 'dateline'
      ? html`<span class="dateline">${run.text}</span>`
      : run.role === 'speaker'
        ? html`<cite>${run.text}</cite>`
        : run.text,
  )}`
}

function paragraphHtml(paragraph: ArticleParagraph): SafeHtml {
  if (paragraph.kind === 'quote') return html`<p class="quote">${runsHtml(paragraph)}</p>`
  return html`<p>${runsHtml(paragraph)}</p>`
}

function contactHtml(contact: ArticleContact): SafeHtml {
  const who = [contact.title, contact.organization].filter(Boolean).join(', ')
  return html`<li>${contact.name ? html`<strong>${contact.name}</strong>` : ''}${
    who ? html`${contact.name ? ', ' : ''}${who}` : ''
  }${contact.phone ? html`<br><a href="tel:${contact.phone.replace(/[^\d+]/g, '')}">${contact.phone}</a>` : ''}${
    contact.email ? html`<br><a href="mailto:${contact.email}">${contact.email}</a>` : ''
  }</li>`
}

function dateHtml(article: Article, options: ArticleHtmlOptions): SafeHtml | '' {
  if (article.date?.iso)
    return html`<time datetime="${article.date.iso}">${article.date.text}</time>`
  if (article.date) return html`${article.date.text}`
  if (options.fallbackDate)
    return html`<time datetime="${options.fallbackDate.iso}">${options.fallbackDate.text}</time>`
  return ''
}

function organizationsHtml(options: ArticleHtmlOptions): SafeHtml | '' {
  const orgs = options.organizations ?? []
  if (orgs.length === 0) return ''
  return html`<p class="issuers">${options.issuedBy ? html`${options.issuedBy} ` : ''}${orgs.map(
    (o, i) => html`${i > 0 ? ' · ' : ''}<a href="${o.href}">${o.name}</a>`,
  )}</p>`
}

function boilerplatesHtml(article: Article, options: ArticleHtmlOptions): SafeHtml | '' {
  if (article.boilerplates.length === 0) return ''
  const unnamed = article.boilerplates.filter((b) => !b.organization)
  return html`<section class="boilerplates" aria-label="${options.aboutUnnamed}">${article.boilerplates.map(
    (b) =>
      b.organization
        ? html`<h2>${options.about} ${b.organization}</h2><p>${b.text}</p>`
        : html`${unnamed[0] === b ? html`<h2>${options.aboutUnnamed}</h2>` : ''}<p>${b.text}</p>`,
  )}</section>`
}

function contactsHtml(article: Article, options: ArticleHtmlOptions): SafeHtml | '' {
  if (article.contacts.length > 0)
    return html`<section class="contacts"><h2>${options.contacts}</h2><ul>${article.contacts.map(contactHtml)}</ul></section>`
  if (article.contactNotes.length > 0)
    return html`<section class="contacts"><h2>${options.contacts}</h2>${article.contactNotes.map(
      (note) =>
        html`<p>${note.split('\n').map((line, i) => html`${i > 0 ? html`<br>` : ''}${line.trim()}`)}</p>`,
    )}</section>`
  return ''
}

/** The `<article>` fragment of one language version. */
export function renderArticleHtml(article: Article, options: ArticleHtmlOptions): SafeHtml {
  const date = dateHtml(article, options)
  return html`<article class="release" lang="${article.lang}">
<header>
${options.notice ? html`<p class="notice" role="note">${options.notice}</p>` : ''}${
  article.releaseLine ? html`<p class="release-line">${article.releaseLine}</p>` : ''
}
<h1>${article.headline}</h1>
${article.subheadline ? html`<p class="subheadline">${article.subheadline}</p>` : ''}
${date ? html`<p class="date">${date}</p>` : ''}
${organizationsHtml(options)}
</header>
<div class="body">
${article.paragraphs.map((p) => html`${paragraphHtml(p)}\n`)}${
  article.endMark ? html`<p class="end-mark">${article.endMark}</p>` : ''
}
</div>
${boilerplatesHtml(article, options)}
${contactsHtml(article, options)}
</article>`
}
