/**
 * missing-date: a version that states no release date. Journalists file by date; a release
 * without one reads as undated or stale. Reported on the version that lacks it, with the
 * counterpart's date as cause; once when every version lacks it.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair, withoutLine } from '../text/examples.js'
import { type MissingOptions, reportMissing } from '../text/missing.js'

/** The missing-date rule. */
export const missingDate = defineRule<MissingOptions>({
  id: 'missing-date',
  summary: {
    en: 'A version states no release date.',
    es: 'Una versión no indica la fecha del comunicado.',
  },
  langs: ['*'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'warning', options: { reportWhenAllLack: true } },
  messages: {
    en: {
      missing: 'The release states no date; add the date it is issued.',
      missingHere: 'This version states no date, but the {counterpart} version does.',
      counterpart: 'The {counterpart} version’s date.',
    },
    es: {
      missing: 'El comunicado no indica fecha; añada la fecha de emisión.',
      missingHere: 'Esta versión no indica fecha, pero la versión {counterpart} sí.',
      counterpart: 'La fecha de la versión {counterpart}.',
    },
  },
  examples: {
    valid: [{ name: 'both versions dated', files: pair() }],
    invalid: [
      {
        name: 'the Spanish version lost its date',
        files: pair(enRelease, withoutLine(esRelease, '15 de marzo de 2024')),
        messages: [{ messageId: 'missingHere', lang: 'es' }],
      },
      {
        name: 'an undated single-language release',
        text: withoutLine(enRelease, 'March 15, 2024'),
        messages: [{ messageId: 'missing', lang: 'en' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportMissing(context, versions, (v) => v.date)
      },
    }
  },
})
