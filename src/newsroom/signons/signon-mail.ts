/**
 * The e-mails of sign-ons, in the signer's language, as text and HTML: the confirmation link
 * (double opt-in), the reconfirmation link after a material change of the statement, and the
 * note that an organization's sign-on is already confirmed.
 */
import { html } from '../../render/index.js'

/** A language sign-on e-mails are written in. */
export type SignonMailLang = 'en' | 'es'

/** Which e-mail. */
export type SignonMailKind = 'confirm' | 'reconfirm' | 'already'

/** What an e-mail is made of. */
export interface SignonMailInput {
  kind: SignonMailKind
  lang: SignonMailLang
  contactName: string
  organization: string
  headline: string
  /** The confirmation or reconfirmation link (absent for `already`). */
  link?: string
  /** The statement's public page. */
  statementUrl: string
}

const words = {
  en: {
    subject: {
      confirm: (h: string) => `Confirm your sign-on: ${h}`,
      reconfirm: (h: string) => `The statement changed: confirm your sign-on again: ${h}`,
      already: (h: string) => `Your sign-on is already confirmed: ${h}`,
    },
    hello: (n: string) => `Hello ${n},`,
    body: {
      confirm: (o: string) =>
        `You asked to add ${o} to the statement below. Open this link to confirm; until you do, nothing is shown publicly.`,
      reconfirm: (o: string) =>
        `The statement ${o} signed has been changed. Read the new text and open this link to confirm that ${o} still signs it. Until you do, ${o} is not listed.`,
      already: (o: string) =>
        `${o} has already signed the statement below and its sign-on is confirmed. There is nothing more to do.`,
    },
    action: { confirm: 'Confirm the sign-on', reconfirm: 'Confirm again' },
    statement: 'The statement',
    ignore: 'If you did not ask for this, ignore this e-mail: nothing will be published.',
    expires: 'The link works once and expires in 7 days.',
  },
  es: {
    subject: {
      confirm: (h: string) => `Confirme su adhesión: ${h}`,
      reconfirm: (h: string) => `La declaración cambió: confirme de nuevo su adhesión: ${h}`,
      already: (h: string) => `Su adhesión ya está confirmada: ${h}`,
    },
    hello: (n: string) => `Hola, ${n}:`,
    body: {
      confirm: (o: string) =>
        `Usted pidió sumar a ${o} a la declaración de abajo. Abra este enlace para confirmarlo; mientras no lo haga, no se publica nada.`,
      reconfirm: (o: string) =>
        `La declaración que firmó ${o} ha cambiado. Lea el nuevo texto y abra este enlace para confirmar que ${o} la sigue firmando. Mientras no lo haga, ${o} no aparece en la lista.`,
      already: (o: string) =>
        `${o} ya firmó la declaración de abajo y su adhesión está confirmada. No hace falta hacer nada más.`,
    },
    action: { confirm: 'Confirmar la adhesión', reconfirm: 'Confirmar de nuevo' },
    statement: 'La declaración',
    ignore: 'Si usted no lo pidió, ignore este correo: no se publicará nada.',
    expires: 'El enlace sirve una sola vez y vence en 7 días.',
  },
} as const

/** The subject, text and HTML of a sign-on e-mail. */
export function renderSignonMail(input: SignonMailInput): {
  subject: string
  text: string
  html: string
} {
  const w = words[input.lang]
  const body = w.body[input.kind](input.organization)
  const action = input.kind === 'already' ? null : w.action[input.kind]
  const lines = [
    w.hello(input.contactName),
    '',
    body,
    '',
    ...(input.link ? [input.link, '', w.expires, ''] : []),
    `${w.statement}: ${input.headline}`,
    input.statementUrl,
    '',
    w.ignore,
  ]
  const markup = html`<!doctype html>
<html lang="${input.lang}"><body>
<p>${w.hello(input.contactName)}</p>
<p>${body}</p>
${input.link && action ? html`<p><a href="${input.link}">${action}</a></p><p>${w.expires}</p>` : ''}
<p>${w.statement}: <a href="${input.statementUrl}">${input.headline}</a></p>
<p>${w.ignore}</p>
</body></html>`
  return {
    subject: w.subject[input.kind](input.headline),
    text: lines.join('\n'),
    html: markup.value,
  }
}
