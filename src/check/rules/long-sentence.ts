/**
 * long-sentence: a sentence longer than a reader holds in mind. Informational: long sentences
 * are a style choice, but in a release each one costs readers, and translators split them.
 * Spanish sentences run longer for the same content, so Spanish has its own limit.
 */
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'
import { sentencesOf, words } from '../text/sentences.js'

/** The long-sentence rule. */
export const longSentence = defineRule({
  id: 'long-sentence',
  summary: {
    en: 'A sentence has more words than the configured maximum.',
    es: 'Una oración tiene más palabras que el máximo configurado.',
  },
  langs: ['*'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'info', options: { maxWords: 45, maxWordsEs: 55 } },
  messages: {
    en: { tooLong: 'This sentence has {count} words; consider splitting it (limit {max}).' },
    es: { tooLong: 'Esta oración tiene {count} palabras; considere dividirla (límite {max}).' },
  },
  examples: {
    valid: [{ name: 'short sentences', text: enRelease }],
    invalid: [
      {
        name: 'one sentence of fifty words',
        langs: ['en'],
        text: `CHICAGO – ${'The coalition and its members, '.repeat(8)}welcomed the decision by the state legislature today, saying that it will protect workers.`,
        messages: [{ messageId: 'tooLong', lang: 'en' }],
      },
    ],
  },
  create(context) {
    const max = Number(
      context.lang === 'es' ? context.options.maxWordsEs : context.options.maxWords,
    )
    return {
      block(block) {
        if (block.kind !== 'body' && block.kind !== 'quote' && block.kind !== 'boilerplate') return
        for (const sentence of sentencesOf(block)) {
          const count = words(sentence.text).length
          if (count > max)
            context.report({
              messageId: 'tooLong',
              data: { count, max },
              start: sentence.start,
              end: sentence.end,
            })
        }
      },
    }
  },
})
