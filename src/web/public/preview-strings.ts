/**
 * The words of the embargoed preview page and of its refusals, in English and Spanish. The page
 * shows both languages at once, so every string is given in both.
 */
import type { PublicLang } from './ui-strings.js'

/** The preview page's words in one language. */
export interface PreviewStrings {
  title: string
  forRecipient: (who: string) => string
  confidential: string
  refusedTitle: string
  refused: Record<'malformed' | 'forged' | 'expired' | 'revoked' | 'withdrawn', string>
}

/** The preview strings per language. */
export const previewStrings: Record<PublicLang, PreviewStrings> = {
  en: {
    title: 'Embargoed preview',
    forRecipient: (who) => `Preview for ${who}. This link is yours alone; each view is logged.`,
    confidential:
      'Under embargo: do not publish, broadcast or share any part of this release before the time above.',
    refusedTitle: 'This preview link cannot be opened',
    refused: {
      malformed: 'The link is incomplete. Copy the whole address from the message you received.',
      forged: 'The link is not valid. Ask the press contact for a new one.',
      expired: 'The link has expired. Ask the press contact for a new one.',
      revoked: 'The link was withdrawn by the sender.',
      withdrawn: 'The embargo of this release was withdrawn; there is nothing to preview.',
    },
  },
  es: {
    title: 'Vista previa bajo embargo',
    forRecipient: (who) =>
      `Vista previa para ${who}. Este enlace es solo suyo; cada vista queda registrada.`,
    confidential:
      'Bajo embargo: no publique, difunda ni comparta ninguna parte de este comunicado antes de la hora indicada.',
    refusedTitle: 'Este enlace de vista previa no se puede abrir',
    refused: {
      malformed: 'El enlace está incompleto. Copie la dirección completa del mensaje que recibió.',
      forged: 'El enlace no es válido. Pida uno nuevo al contacto de prensa.',
      expired: 'El enlace venció. Pida uno nuevo al contacto de prensa.',
      revoked: 'Quien lo envió retiró el enlace.',
      withdrawn: 'Se retiró el embargo de este comunicado; no hay nada que ver.',
    },
  },
}
