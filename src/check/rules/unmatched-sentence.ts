/**
 * unmatched-sentence: a sentence of one language version with no counterpart in the other, in a
 * paragraph that does have one — a sentence added to one version, or lost from the other. A
 * warning by default: translations legitimately drop page chrome and re-cut sentences.
 */
import type { SentenceMissingDrift } from '../../align/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { driftFacts, inRunningText, insertionPlace, langLabel } from './drift-report.js'

/** The unmatched-sentence rule. */
export const unmatchedSentence = defineRule({
  id: 'unmatched-sentence',
  summary: {
    en: 'A sentence has no counterpart in the other language version.',
    es: 'Una oración no tiene contraparte en la otra versión lingüística.',
  },
  description: {
    en: 'Reported where the sentence is — that is the text to translate into the other version, or to delete — with `cause` at the point of the other version where its counterpart would stand. Sentences of page chrome, dates, contact lines and headlines are left to the structure rules.',
    es: 'Se señala donde está la oración —el texto que hay que traducir a la otra versión, o borrar— con `cause` en el punto de la otra versión donde iría su contraparte. Las oraciones de elementos de página, fechas, contactos y titulares quedan para las reglas de estructura.',
  },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      unmatched: 'This sentence has no counterpart in the {other} version.',
      missingThere: 'Its counterpart would stand here in the {other} version.',
    },
    es: {
      unmatched: 'Esta oración no tiene contraparte en la versión {other}.',
      missingThere: 'Su contraparte iría aquí en la versión {other}.',
    },
  },
  examples: {
    valid: [{ name: 'every sentence is translated', files: pair() }],
    invalid: [
      {
        name: 'a sentence added to the English only',
        files: pair(
          enRelease.replace(
            'decision by the state legislature.',
            'decision by the state legislature. The vote came after ten years of campaigning by workers across the state.',
          ),
          esRelease,
        ),
        messages: [
          {
            messageId: 'unmatched',
            lang: 'en',
            actual: 'The vote came after ten years of campaigning by workers across the state.',
          },
        ],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        for (const placed of driftFacts(context, versions, ['sentence-missing'])) {
          if (!inRunningText(placed)) continue
          const fact = placed.fact as SentenceMissingDrift
          const data = { other: langLabel(placed.other) }
          context.report({
            version: placed.version,
            messageId: 'unmatched',
            data,
            start: fact.start,
            end: fact.end,
            cause: {
              version: placed.other,
              ...insertionPlace(context, placed),
              messageId: 'missingThere',
              data,
            },
          })
        }
      },
    }
  },
})
