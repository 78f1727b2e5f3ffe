/**
 * missing-dateline: a version whose first paragraph does not open with a dateline
 * ("CHICAGO –"). Where the story happened is part of the news; the dateline also anchors the
 * body for the aligner. Informational by default: statements often go out without one.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { type MissingOptions, reportMissing } from '../text/missing.js'

/** The missing-dateline rule. */
export const missingDateline = defineRule<MissingOptions>({
  id: 'missing-dateline',
  summary: {
    en: 'The first paragraph of a version opens without a dateline.',
    es: 'El primer párrafo de una versión no empieza con la data (lugar).',
  },
  langs: ['*'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'info', options: { reportWhenAllLack: true } },
  messages: {
    en: {
      missing: 'The first paragraph has no dateline; open it with the place, e.g. “CHICAGO –”.',
      missingHere: 'This version has no dateline, but the {counterpart} version has one.',
      counterpart: 'The {counterpart} version’s dateline.',
    },
    es: {
      missing: 'El primer párrafo no tiene data; empiece con el lugar, p. ej. «CHICAGO –».',
      missingHere: 'Esta versión no tiene data, pero la versión {counterpart} sí.',
      counterpart: 'La data de la versión {counterpart}.',
    },
  },
  examples: {
    valid: [{ name: 'both versions open with CHICAGO –', files: pair() }],
    invalid: [
      {
        name: 'the Spanish body opens without the place',
        files: pair(enRelease, esRelease.replace('CHICAGO – La Farm', 'La Farm')),
        messages: [{ messageId: 'missingHere', lang: 'es' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportMissing(context, versions, (v) => v.dateline)
      },
    }
  },
})
