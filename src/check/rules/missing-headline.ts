/**
 * missing-headline: a version with no headline. Every language version needs its own headline:
 * it is what an editor sees first and what a wire service indexes.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair, withoutLine } from '../text/examples.js'
import { type MissingOptions, reportMissing } from '../text/missing.js'

/** The missing-headline rule. */
export const missingHeadline = defineRule<MissingOptions>({
  id: 'missing-headline',
  summary: {
    en: 'A version has no headline.',
    es: 'Una versión no tiene titular.',
  },
  langs: ['*'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'warning', options: { reportWhenAllLack: true } },
  messages: {
    en: {
      missing: 'The release has no headline; add one before the first paragraph.',
      missingHere: 'This version has no headline, but the {counterpart} version has one.',
      counterpart: 'The {counterpart} version’s headline.',
    },
    es: {
      missing: 'El comunicado no tiene titular; añada uno antes del primer párrafo.',
      missingHere: 'Esta versión no tiene titular, pero la versión {counterpart} sí.',
      counterpart: 'El titular de la versión {counterpart}.',
    },
  },
  examples: {
    valid: [{ name: 'both versions have a headline', files: pair() }],
    invalid: [
      {
        name: 'the Spanish headline was left out',
        files: pair(enRelease, withoutLine(esRelease, 'La coalición celebra')),
        messages: [{ messageId: 'missingHere', lang: 'es' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportMissing(context, versions, (v) => v.headline)
      },
    }
  },
})
