/**
 * Wire copy: an article as the plain text a wire service or an e-mail takes — release line, date,
 * contacts, headline, subheadline, paragraphs (dateline first), end mark, "about" paragraphs —
 * one paragraph per line, paragraphs separated by a blank line, no markup.
 */
import type { Release, Version } from '../core/release.js'
import { type Article, type ArticleContact, articleFromVersion, paragraphText } from './article.js'

/** Words the wire copy needs in the article's language. */
export interface WireTextLabels {
  /** "Contact:" / "Contacto:". */
  contact: string
  /** "About" / "Acerca de", followed by the organization's name. */
  about: string
}

/** English and Spanish labels; other languages fall back to English. */
export const wireTextLabels: Record<string, WireTextLabels> = {
  en: { contact: 'Contact:', about: 'About' },
  es: { contact: 'Contacto:', about: 'Acerca de' },
}

function labelsFor(lang: string): WireTextLabels {
  const primary = (lang.split('-')[0] ?? lang).toLowerCase()
  return wireTextLabels[primary] ?? (wireTextLabels.en as WireTextLabels)
}

/** One contact on one line: "Name, Title, Organization | phone | e-mail". */
export function contactLine(contact: ArticleContact): string {
  const who = [contact.name, contact.title, contact.organization].filter(Boolean).join(', ')
  return [who, contact.phone, contact.email].filter(Boolean).join(' | ')
}

/** The wire-copy text of an article, ending in one newline. */
export function renderWireText(article: Article, labels = labelsFor(article.lang)): string {
  const out: string[] = []
  if (article.releaseLine) out.push(article.releaseLine)
  if (article.date) out.push(article.date.text)
  if (article.contacts.length > 0)
    out.push([labels.contact, ...article.contacts.map(contactLine)].join('\n'))
  else if (article.contactNotes.length > 0)
    out.push([labels.contact, ...article.contactNotes].join('\n'))
  if (article.headline) out.push(article.headline)
  if (article.subheadline) out.push(article.subheadline)
  for (const paragraph of article.paragraphs) out.push(paragraphText(paragraph))
  if (article.endMark) out.push(article.endMark)
  for (const b of article.boilerplates)
    out.push(b.organization ? `${labels.about} ${b.organization}\n${b.text}` : b.text)
  return `${out.join('\n\n')}\n`
}

/** The wire-copy text of one parsed version of a release. */
export function renderVersionWireText(release: Release, version: Version): string {
  return renderWireText(articleFromVersion(release, version))
}
