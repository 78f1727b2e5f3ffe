/**
 * The strings of the public unsubscribe pages in English and Spanish. The pages show both
 * languages at once (the reader's preferred one first): whoever follows the link may not have
 * chosen an interface language. `{name}` marks a parameter.
 */
import type { UiLang } from './ui-strings.js'

const en = {
  title: 'Unsubscribe',
  question: 'Stop receiving e-mail from {coalition} at {email}?',
  explain:
    'The address will be taken off every press and member list of {coalition}, and nothing more will be sent to it.',
  button: 'Unsubscribe',
  doneTitle: 'You are unsubscribed',
  done: '{email} will receive nothing more from {coalition}.',
  already: '{email} was already unsubscribed; nothing more will be sent to it.',
  invalidTitle: 'This link does not work',
  forged:
    'The link is not valid: it may have been cut or changed. Copy the whole link from the e-mail, or reply to the e-mail and ask to be removed.',
  expired:
    'The link has expired. Reply to the e-mail and ask to be removed, or use the link of a more recent message.',
  gone: 'The address of this link is no longer on any list.',
}

/** A key of the unsubscribe pages' strings. */
export type UnsubscribeKey = keyof typeof en

const es: Record<UnsubscribeKey, string> = {
  title: 'Darse de baja',
  question: '¿Dejar de recibir correos de {coalition} en {email}?',
  explain:
    'La dirección se quitará de todas las listas de prensa y de socias de {coalition} y no se le enviará nada más.',
  button: 'Darme de baja',
  doneTitle: 'Se dio de baja',
  done: '{email} ya no recibirá nada de {coalition}.',
  already: '{email} ya estaba de baja; no se le enviará nada más.',
  invalidTitle: 'Este enlace no funciona',
  forged:
    'El enlace no es válido: puede que esté cortado o cambiado. Copie el enlace completo del correo, o responda al correo y pida que lo quiten de la lista.',
  expired:
    'El enlace caducó. Responda al correo y pida que lo quiten de la lista, o use el enlace de un mensaje más reciente.',
  gone: 'La dirección de este enlace ya no está en ninguna lista.',
}

/** The unsubscribe pages' strings in `lang`, with `{name}` parameters filled. */
export function unsubscribeText(lang: UiLang) {
  const table = lang === 'es' ? es : en
  return (key: UnsubscribeKey, params: Record<string, string> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (m, name: string) =>
      name in params ? String(params[name]) : m,
    )
}
