/**
 * missing-end-mark: a version without an end mark ("###", "-30-", "FIN"). The mark tells an
 * editor where the story ends and the boilerplate begins. Informational by default: releases
 * published as web pages often drop it.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair, withoutLine } from '../text/examples.js'
import { type MissingOptions, reportMissing } from '../text/missing.js'

/** The missing-end-mark rule. */
export const missingEndMark = defineRule<MissingOptions>({
  id: 'missing-end-mark',
  summary: {
    en: 'A version has no end mark (###).',
    es: 'Una versión no tiene marca de cierre (###).',
  },
  langs: ['*'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'info', options: { reportWhenAllLack: true } },
  messages: {
    en: {
      missing: 'The release has no end mark; put “###” after the last paragraph of the story.',
      missingHere: 'This version has no end mark, but the {counterpart} version has one.',
      counterpart: 'The {counterpart} version’s end mark.',
    },
    es: {
      missing: 'El comunicado no tiene marca de cierre; ponga «###» tras el último párrafo.',
      missingHere: 'Esta versión no tiene marca de cierre, pero la versión {counterpart} sí.',
      counterpart: 'La marca de cierre de la versión {counterpart}.',
    },
  },
  examples: {
    valid: [{ name: 'both versions end with ###', files: pair() }],
    invalid: [
      {
        name: 'the English version lost its ###',
        files: pair(withoutLine(enRelease, '###'), esRelease),
        messages: [{ messageId: 'missingHere', lang: 'en' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportMissing(context, versions, (v) => v.endMark)
      },
    }
  },
})
