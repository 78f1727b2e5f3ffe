/**
 * The approval request e-mail: one message in English and Spanish (the recipient's language is
 * not known), with the quote in each language and the signed link, as text and as HTML.
 */
import type { MailMessage } from '../../mail/index.js'
import type { QuoteSide } from './quote-pairs.js'

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  )

const langNames: Record<string, { en: string; es: string }> = {
  en: { en: 'English', es: 'inglés' },
  es: { en: 'Spanish', es: 'español' },
}

/** The message asking `to` to approve the quote `sides`, answering at `link` until `expires`. */
export function approvalMail(input: {
  from: string
  to: string
  speaker: string
  headline: string
  sides: readonly QuoteSide[]
  link: string
  expires: Date
  messageId: string
}): MailMessage {
  const until = input.expires.toISOString().slice(0, 16).replace('T', ' ')
  const quotes = input.sides.map((s) => {
    const name = langNames[s.lang.split('-')[0] ?? s.lang]
    return { label: name ? `${name.en} / ${name.es}` : s.lang, text: s.text }
  })
  const text = [
    `Please review your quote in the release "${input.headline}".`,
    'Por favor revise su cita en el comunicado.',
    '',
    ...quotes.flatMap((q) => [`${q.label}:`, `“${q.text}”`, '']),
    'Approve it, or ask for changes, here (no account needed):',
    'Apruébela, o pida cambios, aquí (no hace falta cuenta):',
    input.link,
    '',
    `The link works until ${until} UTC. / El enlace vale hasta el ${until} UTC.`,
  ].join('\n')
  const html = `<!doctype html><html lang="en"><body>
<p>Please review your quote in the release “${escapeHtml(input.headline)}”.</p>
<p lang="es">Por favor revise su cita en el comunicado.</p>
${quotes.map((q) => `<h2>${escapeHtml(q.label)}</h2><blockquote>${escapeHtml(q.text)}</blockquote>`).join('\n')}
<p><a href="${escapeHtml(input.link)}">Approve or ask for changes / Aprobar o pedir cambios</a></p>
<p>The link works until ${until} UTC. <span lang="es">El enlace vale hasta el ${until} UTC.</span></p>
</body></html>`
  return {
    from: input.from,
    to: input.to,
    subject: `Approve your quote / Apruebe su cita: ${input.headline}`.slice(0, 180),
    text,
    html,
    messageId: input.messageId,
  }
}
