/**
 * A release as an e-mail: per language section the embargo line (when embargoed), release line,
 * date, headline, subheadline, the body with the dateline and speakers marked and quotes set off,
 * the end mark, the media contacts and the organizations' "about" paragraphs; then the footer
 * with the recipient and the unsubscribe link. HTML and plain text carry the same content.
 */
import { type ArticleParagraph, paragraphText } from './article.js'
import { emailLabelsFor } from './email-labels.js'
import {
  contactsHtml,
  contactsText,
  emailDocument,
  emailStyle,
  footerText,
} from './email-layout.js'
import type { EmailSection, ReleaseEmailInput, RenderedEmail } from './email-message.js'
import { html, type SafeHtml } from './html-template.js'

function runsHtml(paragraph: ArticleParagraph): SafeHtml {
  return html`${paragraph.runs.map((run) =>
    run.role === 'dateline'
      ? html`<strong>${run.text}</strong>`
      : run.role === 'speaker'
        ? html`<strong>${run.text}</strong>`
        : run.text,
  )}`
}

function sectionHtml(section: EmailSection): SafeHtml {
  const { article } = section
  const l = emailLabelsFor(article.lang)
  return html`${section.embargoLine ? html`<p style="${emailStyle.embargo}">${section.embargoLine}</p>` : ''}${
    article.releaseLine ? html`<p style="${emailStyle.small}">${article.releaseLine}</p>` : ''
  }${article.date ? html`<p style="${emailStyle.small}">${article.date.text}</p>` : ''}${
    section.organizations.length > 0
      ? html`<p style="${emailStyle.small}">${section.organizations.join(' · ')}</p>`
      : ''
  }<h1 style="${emailStyle.headline}">${article.headline}</h1>${
    article.subheadline ? html`<p style="${emailStyle.subheadline}">${article.subheadline}</p>` : ''
  }${article.paragraphs.map((p) =>
    p.kind === 'quote'
      ? html`<blockquote style="${emailStyle.quote}"><p style="margin:0;">${runsHtml(p)}</p></blockquote>`
      : html`<p style="${emailStyle.paragraph}">${runsHtml(p)}</p>`,
  )}${article.endMark ? html`<p style="${emailStyle.paragraph}text-align:center;">${article.endMark}</p>` : ''}${contactsHtml(
    l.contacts,
    section.contacts,
  )}${section.boilerplates.map(
    (b) =>
      html`<h2 style="${emailStyle.heading}">${b.organization ? `${l.about} ${b.organization}` : l.aboutUnnamed}</h2><p style="${emailStyle.paragraph}">${b.text}</p>`,
  )}${
    section.readOnlineUrl
      ? html`<p style="${emailStyle.paragraph}"><a href="${section.readOnlineUrl}" style="${emailStyle.link}">${l.readOnline}</a></p>`
      : ''
  }`
}

function sectionText(section: EmailSection): string {
  const { article } = section
  const l = emailLabelsFor(article.lang)
  const out: string[] = []
  if (section.embargoLine) out.push(section.embargoLine)
  if (article.releaseLine) out.push(article.releaseLine)
  if (article.date) out.push(article.date.text)
  if (section.organizations.length > 0) out.push(section.organizations.join(' · '))
  out.push(article.headline)
  if (article.subheadline) out.push(article.subheadline)
  for (const p of article.paragraphs)
    out.push(p.kind === 'quote' ? `> ${paragraphText(p)}` : paragraphText(p))
  if (article.endMark) out.push(article.endMark)
  const contacts = contactsText(l.contacts, section.contacts)
  if (contacts) out.push(contacts)
  for (const b of section.boilerplates)
    out.push(`${b.organization ? `${l.about} ${b.organization}` : l.aboutUnnamed}\n${b.text}`)
  if (section.readOnlineUrl) out.push(`${l.readOnline}: ${section.readOnlineUrl}`)
  return out.join('\n\n')
}

/** The subject: the headline, or both headlines joined when the message has two languages. */
export function releaseSubject(sections: EmailSection[]): string {
  const headlines = sections.map((s) => s.article.headline.trim()).filter(Boolean)
  const embargo = sections[0]?.embargoLine
  const subject = [...new Set(headlines)].join(' / ') || 'Press release'
  return embargo ? `${embargo}: ${subject}` : subject
}

/** Renders a release e-mail (HTML and plain text) for one recipient. */
export function renderReleaseEmail(input: ReleaseEmailInput): RenderedEmail {
  if (input.sections.length === 0) throw new Error('a release e-mail needs at least one section')
  const langs = input.sections.map((s) => s.article.lang)
  const subject = releaseSubject(input.sections)
  return {
    subject,
    langs,
    html: emailDocument({
      lang: langs[0] ?? 'en',
      title: subject,
      sections: input.sections.map((s) => ({ lang: s.article.lang, body: sectionHtml(s) })),
      recipient: input.recipient,
    }),
    text: `${[...input.sections.map(sectionText), footerText(input.recipient, langs)].join('\n\n----\n\n')}\n`,
  }
}
