/**
 * What an e-mail is rendered from and what rendering gives: plain data, so the outbox can build
 * the input from the store and the renderers stay pure. A message holds one section per language
 * the recipient reads, one after the other.
 */
import type { Article, ArticleBoilerplate } from './article.js'

/** A media contact shown in a message. */
export interface EmailContact {
  name: string
  title: string | null
  organization: string | null
  email: string | null
  phone: string | null
}

/** One language of a release e-mail. */
export interface EmailSection {
  article: Article
  /** The co-issuing organizations' names in this language. */
  organizations: string[]
  /** Media contacts (from the directory; the article's own when the directory has none). */
  contacts: EmailContact[]
  /** "About" paragraphs (from the directory; the article's own when the directory has none). */
  boilerplates: ArticleBoilerplate[]
  /** The embargo line, when the release is under embargo. */
  embargoLine: string | null
  /** The release's public page in this language, when published. */
  readOnlineUrl: string | null
}

/** The recipient and the footer, common to every message. */
export interface EmailRecipient {
  name: string
  email: string
  /** The one-click unsubscribe link (also in the List-Unsubscribe header). */
  unsubscribeUrl: string
}

/** A release e-mail: one section per language, in order. */
export interface ReleaseEmailInput {
  recipient: EmailRecipient
  sections: EmailSection[]
}

/** One language of an embargo notice: no release text, only the line and the link. */
export interface EmbargoNoticeSection {
  lang: string
  organizations: string[]
  embargoLine: string
  contacts: EmailContact[]
}

/** An embargo notice to a press contact: the embargo line and a personal preview link. */
export interface EmbargoNoticeInput {
  recipient: EmailRecipient
  previewUrl: string
  sections: EmbargoNoticeSection[]
}

/** A rendered message. */
export interface RenderedEmail {
  subject: string
  html: string
  text: string
  /** The languages in the message, in order (for Content-Language). */
  langs: string[]
}
