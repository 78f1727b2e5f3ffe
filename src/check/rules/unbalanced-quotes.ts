/**
 * unbalanced-quotes: quotation marks that do not pair up in a paragraph — an opening mark never
 * closed, a closing mark never opened, or a quote opened with one style and closed with another
 * (“…» or «…”). A quote that runs over several paragraphs is balanced by convention when each
 * continuing paragraph reopens with “ (English, US Spanish) or » / « (Spanish).
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { findQuoteMarkIssues } from './quote-marks.js'

/** The unbalanced-quotes rule. */
export const unbalancedQuotes = defineRule({
  id: 'unbalanced-quotes',
  summary: {
    en: 'Quotation marks in a paragraph are unbalanced or mixed.',
    es: 'Las comillas de un párrafo no están equilibradas o se mezclan.',
  },
  description: {
    en: 'Double marks (“ ” « » ") must pair up within a paragraph. A quote that continues into the next paragraph may stay open when that paragraph reopens with “, « or », as English and Spanish conventions prescribe. Single marks are not checked, since ’ is also the apostrophe.',
    es: 'Las comillas dobles (“ ” « » ") deben cerrarse en el mismo párrafo. Una cita que sigue en el párrafo siguiente puede quedar abierta si ese párrafo se abre con “, « o », como prescriben las convenciones inglesa y española. Las comillas simples no se revisan, porque ’ también es el apóstrofo.',
  },
  langs: ['*'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      unclosed: 'The quotation opened with {mark} is never closed.',
      unopened: 'The closing {mark} has no opening mark.',
      mixed: 'The quotation opened with {open} is closed with {mark}.',
    },
    es: {
      unclosed: 'La cita abierta con {mark} no se cierra.',
      unopened: 'La comilla de cierre {mark} no tiene apertura.',
      mixed: 'La cita abierta con {open} se cierra con {mark}.',
    },
  },
  examples: {
    valid: [
      { name: 'balanced marks', files: pair() },
      {
        name: 'a quote over two paragraphs, reopened with “',
        text: enRelease.replace(
          'works the land,” said',
          'works the land.\n\n“It took years of work,” said',
        ),
      },
      {
        name: 'Spanish continuation with »',
        files: pair(
          enRelease,
          esRelease.replace(
            '“Esta es una victoria para cada familia que trabaja la tierra”',
            '«Esta es una victoria.\n\n»Para cada familia que trabaja la tierra»',
          ),
        ),
      },
    ],
    invalid: [
      {
        name: 'the closing mark is missing',
        text: enRelease.replace('works the land,” said', 'works the land, said'),
        messages: [{ messageId: 'unclosed', lang: 'en', actual: '“' }],
      },
      {
        name: 'Spanish quote opened with “ and closed with »',
        files: pair(enRelease, esRelease.replace('trabaja la tierra”', 'trabaja la tierra»')),
        messages: [{ messageId: 'mixed', lang: 'es', actual: '»' }],
      },
    ],
  },
  create(context) {
    return {
      version(version) {
        const paragraphs = version.blocks.map((b) => ({ text: b.text, start: b.start }))
        for (const issue of findQuoteMarkIssues(paragraphs))
          context.report({
            messageId: issue.problem,
            data: { mark: issue.text, open: issue.open ?? '' },
            start: issue.start,
            end: issue.end,
          })
      },
    }
  },
})
