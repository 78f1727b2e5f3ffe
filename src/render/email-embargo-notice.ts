/**
 * The embargo notice a press contact gets while a release is under embargo: the embargo line, who
 * will publish, a personal preview link and the media contacts — and nothing of the release's
 * text, not even its headline, so nothing leaves before the lift.
 */

import { emailLabelsFor, fillLabel } from './email-labels.js'
import {
  contactsHtml,
  contactsText,
  emailDocument,
  emailStyle,
  footerText,
} from './email-layout.js'
import type { EmbargoNoticeInput, EmbargoNoticeSection, RenderedEmail } from './email-message.js'
import { html, type SafeHtml } from './html-template.js'

function sectionHtml(section: EmbargoNoticeSection, previewUrl: string): SafeHtml {
  const l = emailLabelsFor(section.lang)
  return html`<p style="${emailStyle.embargo}">${section.embargoLine}</p><p style="${emailStyle.paragraph}">${fillLabel(
    l.embargoIntro,
    { organizations: section.organizations.join(', ') },
  )}</p><p style="${emailStyle.paragraph}"><a href="${previewUrl}" style="${emailStyle.button}">${l.previewLink}</a></p><p style="${emailStyle.small}">${l.embargoNote}</p>${contactsHtml(
    l.contacts,
    section.contacts,
  )}`
}

function sectionText(section: EmbargoNoticeSection, previewUrl: string): string {
  const l = emailLabelsFor(section.lang)
  return [
    section.embargoLine,
    fillLabel(l.embargoIntro, { organizations: section.organizations.join(', ') }),
    `${l.previewLink}: ${previewUrl}`,
    l.embargoNote,
    contactsText(l.contacts, section.contacts),
  ]
    .filter(Boolean)
    .join('\n\n')
}

/** Renders an embargo notice (HTML and plain text) for one press contact. */
export function renderEmbargoNotice(input: EmbargoNoticeInput): RenderedEmail {
  if (input.sections.length === 0) throw new Error('an embargo notice needs at least one section')
  const langs = input.sections.map((s) => s.lang)
  const subject = [
    ...new Set(
      input.sections.map(
        (s) =>
          `${emailLabelsFor(s.lang).embargoSubject}: ${s.organizations.join(', ')} — ${s.embargoLine}`,
      ),
    ),
  ].join(' / ')
  return {
    subject,
    langs,
    html: emailDocument({
      lang: langs[0] ?? 'en',
      title: subject,
      sections: input.sections.map((s) => ({
        lang: s.lang,
        body: sectionHtml(s, input.previewUrl),
      })),
      recipient: input.recipient,
    }),
    text: `${[...input.sections.map((s) => sectionText(s, input.previewUrl)), footerText(input.recipient, langs)].join('\n\n----\n\n')}\n`,
  }
}
