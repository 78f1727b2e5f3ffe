/**
 * unmatched-paragraph: a paragraph of one language version with no counterpart at all in the
 * other — a paragraph added to one version, or lost from the other (often cut off when a page
 * was saved). A warning by default: translations legitimately drop page chrome, and the
 * structure rules report a missing headline, date or contact block.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { reportUnmatched } from './drift-report.js'

/** The unmatched-paragraph rule. */
export const unmatchedParagraph = defineRule({
  id: 'unmatched-paragraph',
  summary: {
    en: 'A paragraph has no counterpart in the other language version.',
    es: 'Un párrafo no tiene contraparte en la otra versión lingüística.',
  },
  description: {
    en: 'Reported where the paragraph is — that is the text to translate into the other version, or to delete — with `cause` at the point of the other version where its counterpart would stand. Page chrome, dates, contact blocks, headlines and end marks are left to the structure rules.',
    es: 'Se señala donde está el párrafo —el texto que hay que traducir a la otra versión, o borrar— con `cause` en el punto de la otra versión donde iría su contraparte. Los elementos de página, fechas, contactos, titulares y marcas de fin quedan para las reglas de estructura.',
  },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      unmatched: 'This paragraph has no counterpart in the {other} version.',
      missingThere: 'Its counterpart would stand here in the {other} version.',
    },
    es: {
      unmatched: 'Este párrafo no tiene contraparte en la versión {other}.',
      missingThere: 'Su contraparte iría aquí en la versión {other}.',
    },
  },
  examples: {
    valid: [{ name: 'every paragraph is translated', files: pair() }],
    invalid: [
      {
        name: 'a paragraph added to the Spanish only',
        files: pair(
          enRelease,
          esRelease.replace(
            '\n\n###',
            '\n\nLa coalición organizará asambleas informativas en doce condados durante los próximos tres meses para explicar la nueva ley a las familias.\n\n###',
          ),
        ),
        messages: [
          {
            messageId: 'unmatched',
            lang: 'es',
            actual:
              'La coalición organizará asambleas informativas en doce condados durante los próximos tres meses para explicar la nueva ley a las familias.',
          },
        ],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportUnmatched(context, versions, 'paragraph-missing')
      },
    }
  },
})
