/**
 * headline-too-long: a headline with more words than an editor will read. Spanish runs about a
 * fifth longer than English for the same content, so it has its own limit.
 */
import { primaryLang } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'
import { words } from '../text/sentences.js'

/** The headline-too-long rule. */
export const headlineTooLong = defineRule({
  id: 'headline-too-long',
  summary: {
    en: 'A headline is longer than the configured number of words.',
    es: 'Un titular tiene más palabras que el máximo configurado.',
  },
  langs: ['*'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'info', options: { maxWords: 22, maxWordsEs: 26 } },
  messages: {
    en: { tooLong: 'The headline has {count} words; keep it to {max} or fewer.' },
    es: { tooLong: 'El titular tiene {count} palabras; no pase de {max}.' },
  },
  examples: {
    valid: [{ name: 'a headline of eight words', text: enRelease }],
    invalid: [
      {
        name: 'a headline that tells the whole story',
        text: enRelease.replace(
          'Coalition Welcomes New Protections for Farm Workers',
          'Coalition of Forty Organizations Welcomes the New Protections for Farm Workers That the State Legislature Finally Passed Today After Many Long Years of Patient Organizing',
        ),
        messages: [{ messageId: 'tooLong', lang: 'en' }],
      },
    ],
  },
  create(context) {
    const max = Number(
      primaryLang(context.lang) === 'es' ? context.options.maxWordsEs : context.options.maxWords,
    )
    return {
      headline(block) {
        const count = words(block.text).length
        if (count <= max) return
        const end = block.start + block.text.replace(/\s+$/, '').length
        context.report({ messageId: 'tooLong', data: { count, max }, start: block.start, end })
      },
    }
  },
})
