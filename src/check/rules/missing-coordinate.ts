/**
 * missing-coordinate: a coordination that lost a member — "Alianza Americas and will continue",
 * "Alianza Americas y continuarán" — usually a co-issuing organization's name deleted from the
 * text. Only a name that opens a clause counts, followed by "and"/"y" and a finite verb; a full
 * clause before "and" is fine ("We protest and will continue").
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { findMissingCoordinates } from './coordination-gaps.js'
import { proseBlocks } from './prose-blocks.js'

/** The missing-coordinate rule. */
export const missingCoordinate = defineRule({
  id: 'missing-coordinate',
  summary: {
    en: 'A coordination has lost a member (“Alianza Americas and will continue”).',
    es: 'A una coordinación le falta un miembro («Alianza Americas y continuarán»).',
  },
  description: {
    en: 'A name that opens a clause, then “and” and a verb, means the second member of the coordination is missing — often the name of a co-issuing organization.',
    es: 'Un nombre que abre la oración seguido de «y» y un verbo indica que falta el segundo miembro de la coordinación, a menudo el nombre de una organización coemisora.',
  },
  langs: ['en', 'es'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: {
      missing: '“{text}”: a name is missing between “{conjunction}” and the verb.',
    },
    es: {
      missing: '«{text}»: falta un nombre entre «{conjunction}» y el verbo.',
    },
  },
  examples: {
    valid: [
      { name: 'both members are named', files: pair() },
      {
        name: 'a full clause before “and”',
        text: enRelease.replace(
          'welcomed today',
          'protested and will continue to protest. It welcomed today',
        ),
      },
    ],
    invalid: [
      {
        name: 'the second organization was deleted',
        text: enRelease.replace(
          'CHICAGO – The Farm Worker Coalition welcomed',
          'CHICAGO – The Farm Worker Coalition and will keep working. The coalition welcomed',
        ),
        messages: [
          { messageId: 'missing', lang: 'en', actual: 'The Farm Worker Coalition and will' },
        ],
      },
      {
        name: 'Spanish: “y” followed by a plural verb',
        files: pair(
          enRelease,
          esRelease.replace(
            'La Farm Worker Coalition celebró',
            'La Farm Worker Coalition y continuarán trabajando. La coalición celebró',
          ),
        ),
        messages: [
          { messageId: 'missing', lang: 'es', actual: 'La Farm Worker Coalition y continuarán' },
        ],
      },
    ],
  },
  create(context) {
    return {
      version(version) {
        for (const block of proseBlocks(version))
          for (const span of findMissingCoordinates(block.text, block.start, context.lang)) {
            const conjunction = / (and|&|y|e) /.exec(span.text)?.[1] ?? ''
            context.report({
              messageId: 'missing',
              data: { text: span.text, conjunction },
              start: span.start,
              end: span.end,
            })
          }
      },
    }
  },
})
