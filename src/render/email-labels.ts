/**
 * The words of e-mail messages in English and Spanish: section headings, the footer, the embargo
 * notice. Other languages fall back to English.
 */

/** The words one message language needs. */
export interface EmailLabels {
  /** Heading of the contacts section. */
  contacts: string
  /** Prefix of an organization's "about" heading ("About", "Acerca de"). */
  about: string
  /** Heading of "about" paragraphs whose organization is unknown. */
  aboutUnnamed: string
  /** "Read it online". */
  readOnline: string
  /** Footer line naming the recipient: `{name}` is replaced. */
  sentTo: string
  /** Why they receive it. */
  why: string
  /** The unsubscribe link's text. */
  unsubscribe: string
  /** Subject prefix of an embargo notice. */
  embargoSubject: string
  /** First paragraph of an embargo notice; `{organizations}` is replaced. */
  embargoIntro: string
  /** The preview link's text. */
  previewLink: string
  /** Why the text is not in the message. */
  embargoNote: string
}

/** English and Spanish labels. */
export const emailLabels: Record<'en' | 'es', EmailLabels> = {
  en: {
    contacts: 'Media contacts',
    about: 'About',
    aboutUnnamed: 'About the organizations',
    readOnline: 'Read it online',
    sentTo: 'Sent to {name}.',
    why: 'You receive this because you are on a press or member list of the organizations above.',
    unsubscribe: 'Unsubscribe',
    embargoSubject: 'Embargoed',
    embargoIntro: '{organizations} will publish a release under embargo.',
    previewLink: 'Read the embargoed release',
    embargoNote:
      'The link is yours alone and works until the embargo lifts; please do not share it or publish before then.',
  },
  es: {
    contacts: 'Contactos de prensa',
    about: 'Acerca de',
    aboutUnnamed: 'Acerca de las organizaciones',
    readOnline: 'Leer en línea',
    sentTo: 'Enviado a {name}.',
    why: 'Recibe este mensaje porque está en una lista de prensa o de miembros de las organizaciones mencionadas.',
    unsubscribe: 'Darse de baja',
    embargoSubject: 'Bajo embargo',
    embargoIntro: '{organizations} publicará un comunicado bajo embargo.',
    previewLink: 'Leer el comunicado bajo embargo',
    embargoNote:
      'El enlace es solo para usted y funciona hasta que se levante el embargo; por favor no lo comparta ni publique antes.',
  },
}

/** The labels of a language tag (`es-MX` → Spanish; unknown → English). */
export function emailLabelsFor(lang: string): EmailLabels {
  return lang.split('-')[0]?.toLowerCase() === 'es' ? emailLabels.es : emailLabels.en
}

/** `template` with `{key}` replaced by `values[key]`. */
export function fillLabel(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}
