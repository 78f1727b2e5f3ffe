/**
 * missing-media-contact: a version that names no media contact. A journalist who cannot
 * reach anyone does not write the story. A version that is only a bare translation block
 * of the other (one paragraph, nothing else) is not expected to repeat the contacts.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair, withoutLine } from '../text/examples.js'
import { type MissingOptions, reportMissing } from '../text/missing.js'

/** The missing-media-contact rule. */
export const missingMediaContact = defineRule<MissingOptions>({
  id: 'missing-media-contact',
  summary: {
    en: 'A version names no media contact.',
    es: 'Una versión no indica contacto de prensa.',
  },
  langs: ['*'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'warning', options: { reportWhenAllLack: true } },
  messages: {
    en: {
      missing: 'The release names no media contact; add a name with a phone or e-mail.',
      missingHere: 'This version names no media contact, but the {counterpart} version does.',
      counterpart: 'The {counterpart} version’s contact.',
    },
    es: {
      missing: 'El comunicado no indica contacto de prensa; añada un nombre con teléfono o correo.',
      missingHere: 'Esta versión no indica contacto de prensa, pero la versión {counterpart} sí.',
      counterpart: 'El contacto de la versión {counterpart}.',
    },
  },
  examples: {
    valid: [{ name: 'both versions list the contact', files: pair() }],
    invalid: [
      {
        name: 'the Spanish version dropped the contact line',
        files: pair(enRelease, withoutLine(esRelease, 'Contacto:')),
        messages: [{ messageId: 'missingHere', lang: 'es' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportMissing(context, versions, (v) => {
          const contact = v.contacts[0]
          if (contact) return contact
          return v.blocks.find((b) => b.kind === 'contacts') ?? null
        })
      },
    }
  },
})
