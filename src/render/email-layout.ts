/**
 * The e-mail shell: a table layout with inline CSS (what common clients — Outlook's Word engine,
 * Gmail, Apple Mail — render alike), a 600-pixel column, one cell per language section and a
 * footer naming the recipient with the unsubscribe link; and its plain-text counterpart. Every
 * value goes through the escaping {@link html} template.
 */
import { emailLabelsFor, fillLabel } from './email-labels.js'
import type { EmailContact, EmailRecipient } from './email-message.js'
import { html, type SafeHtml } from './html-template.js'

/** Inline styles, one place for the look of every message. */
export const emailStyle = {
  body: 'margin:0;padding:0;background-color:#f3f4f6;',
  outer: 'width:100%;background-color:#f3f4f6;',
  column: 'width:600px;max-width:600px;background-color:#ffffff;',
  cell: 'padding:24px 32px;font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#1f2937;',
  divider: 'border-top:1px solid #d1d5db;',
  headline:
    'margin:0 0 12px 0;font-family:Arial,Helvetica,sans-serif;font-size:24px;line-height:1.25;color:#111827;',
  subheadline: 'margin:0 0 16px 0;font-size:18px;font-style:italic;color:#374151;',
  small: 'margin:0 0 8px 0;font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#4b5563;',
  embargo:
    'margin:0 0 16px 0;padding:8px 12px;font-family:Arial,Helvetica,sans-serif;font-size:14px;font-weight:bold;color:#7c2d12;background-color:#ffedd5;',
  paragraph: 'margin:0 0 16px 0;',
  quote: 'margin:0 0 16px 0;padding-left:12px;border-left:3px solid #9ca3af;',
  heading:
    'margin:24px 0 8px 0;font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#111827;',
  link: 'color:#1d4ed8;text-decoration:underline;',
  button:
    'display:inline-block;padding:10px 16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;color:#ffffff;background-color:#1d4ed8;text-decoration:none;',
  footer:
    'padding:16px 32px;font-family:Arial,Helvetica,sans-serif;font-size:12px;line-height:1.5;color:#6b7280;',
} as const

/** The whole HTML document around language sections. */
export function emailDocument(input: {
  lang: string
  title: string
  sections: { lang: string; body: SafeHtml }[]
  recipient: EmailRecipient
}): string {
  const rows = input.sections.map(
    (s, i) =>
      html`<tr><td lang="${s.lang}" style="${emailStyle.cell}${i > 0 ? emailStyle.divider : ''}">${s.body}</td></tr>`,
  )
  return html`<!doctype html>
<html lang="${input.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${input.title}</title>
</head>
<body style="${emailStyle.body}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="${emailStyle.outer}">
<tr><td align="center">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="${emailStyle.column}">
${rows}
<tr><td style="${emailStyle.footer}">${footerHtml(
    input.recipient,
    input.sections.map((s) => s.lang),
  )}</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`.value
}

function footerHtml(recipient: EmailRecipient, langs: string[]): SafeHtml {
  return html`${langs.map((lang) => {
    const l = emailLabelsFor(lang)
    return html`<p lang="${lang}" style="margin:0 0 8px 0;">${fillLabel(l.sentTo, { name: recipientLabel(recipient) })} ${l.why} <a href="${recipient.unsubscribeUrl}" style="${emailStyle.link}">${l.unsubscribe}</a></p>`
  })}`
}

/** "Name <address>", or the address alone. */
export function recipientLabel(recipient: EmailRecipient): string {
  return recipient.name.trim() ? `${recipient.name.trim()} <${recipient.email}>` : recipient.email
}

/** The plain-text footer. */
export function footerText(recipient: EmailRecipient, langs: string[]): string {
  return langs
    .map((lang) => {
      const l = emailLabelsFor(lang)
      return `${fillLabel(l.sentTo, { name: recipientLabel(recipient) })} ${l.why}\n${l.unsubscribe}: ${recipient.unsubscribeUrl}`
    })
    .join('\n\n')
}

/** The contacts section in HTML. */
export function contactsHtml(heading: string, contacts: EmailContact[]): SafeHtml | '' {
  if (contacts.length === 0) return ''
  return html`<h2 style="${emailStyle.heading}">${heading}</h2>${contacts.map(
    (c) =>
      html`<p style="${emailStyle.small}"><strong>${c.name}</strong>${[c.title, c.organization]
        .filter(Boolean)
        .map((x) => html`, ${x}`)}${c.phone ? html`<br>${c.phone}` : ''}${
        c.email
          ? html`<br><a href="mailto:${c.email}" style="${emailStyle.link}">${c.email}</a>`
          : ''
      }</p>`,
  )}`
}

/** The contacts section in plain text. */
export function contactsText(heading: string, contacts: EmailContact[]): string {
  if (contacts.length === 0) return ''
  const lines = contacts.map((c) =>
    [[c.name, c.title, c.organization].filter(Boolean).join(', '), c.phone, c.email]
      .filter(Boolean)
      .join(' | '),
  )
  return `${heading}\n${lines.join('\n')}`
}
