/**
 * reading-ease: the version's body is hard to read by the standard formula of its language —
 * Flesch reading ease for English (206.835 − 1.015·words/sentences − 84.6·syllables/words) and
 * Fernández-Huerta for Spanish (206.84 − 0.60·syllables per 100 words − 1.02·sentences per 100
 * words). Both read 0 (very hard) to 100 (very easy). Informational, once per version, and only
 * when there are enough words for the score to mean something. The default limits sit below
 * what press releases usually score (Flesch 20–40 on English releases; Fernández-Huerta, which
 * weighs sentence length far less, 60–85 on their Spanish versions), so only the hardest texts
 * are pointed out.
 */
import type { Block } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'
import { sentencesOf, words } from '../text/sentences.js'
import { syllablesEn, syllablesEs } from '../text/syllables.js'

/** Counts of a text for readability formulas. */
export interface TextCounts {
  sentences: number
  words: number
  syllables: number
}

/** Sentence, word and syllable counts of some blocks. */
export function countText(blocks: readonly Block[], lang: string): TextCounts {
  const count = lang === 'es' ? syllablesEs : syllablesEn
  let sentences = 0
  let wordCount = 0
  let syllables = 0
  for (const block of blocks)
    for (const sentence of sentencesOf(block)) {
      const ws = words(sentence.text)
      if (ws.length === 0) continue
      sentences++
      wordCount += ws.length
      for (const w of ws) syllables += count(w)
    }
  return { sentences, words: wordCount, syllables }
}

/** Flesch reading ease (English). */
export function fleschReadingEase(c: TextCounts): number {
  return 206.835 - 1.015 * (c.words / c.sentences) - 84.6 * (c.syllables / c.words)
}

/** Fernández-Huerta reading ease (Spanish). */
export function fernandezHuerta(c: TextCounts): number {
  return 206.84 - 0.6 * ((100 * c.syllables) / c.words) - 1.02 * ((100 * c.sentences) / c.words)
}

/** The reading-ease rule. */
export const readingEase = defineRule({
  id: 'reading-ease',
  summary: {
    en: 'The text is hard to read (Flesch reading ease in English, Fernández-Huerta in Spanish).',
    es: 'El texto es difícil de leer (Fernández-Huerta en español, Flesch en inglés).',
  },
  langs: ['en', 'es'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'info', options: { minScore: 25, minScoreEs: 50, minWords: 100 } },
  messages: {
    en: {
      hard: 'Reading ease is {score} ({formula}), below {min}: shorter sentences and words will help.',
    },
    es: {
      hard: 'La facilidad de lectura es {score} ({formula}), menor que {min}: acorte oraciones y palabras.',
    },
  },
  examples: {
    valid: [
      {
        name: 'plain sentences',
        text: enRelease.replace(
          'CHICAGO – The Farm Worker Coalition welcomed',
          `CHICAGO – ${'We won. The law is good. It helps all of us. We thank the state. '.repeat(8)}The Farm Worker Coalition welcomed`,
        ),
      },
    ],
    invalid: [
      {
        name: 'dense, polysyllabic prose',
        langs: ['en'],
        text: `CHICAGO – ${'Comprehensive immigration legislation necessitates institutional accountability, administrative transparency, and intergovernmental coordination regarding humanitarian protection obligations. '.repeat(8)}`,
        messages: [{ messageId: 'hard', lang: 'en' }],
      },
    ],
  },
  create(context) {
    const es = context.lang === 'es'
    const min = Number(es ? context.options.minScoreEs : context.options.minScore)
    return {
      version(version) {
        const blocks = version.blocks.filter((b) => b.kind === 'body' || b.kind === 'quote')
        const counts = countText(blocks, context.lang)
        if (counts.words < Number(context.options.minWords) || counts.sentences === 0) return
        const score = es ? fernandezHuerta(counts) : fleschReadingEase(counts)
        if (score >= min) return
        const first = blocks[0] as Block
        const firstLine = first.text.indexOf('\n')
        context.report({
          messageId: 'hard',
          data: {
            score: Math.round(score),
            min,
            formula: es ? 'Fernández-Huerta' : 'Flesch',
          },
          start: first.start,
          end: first.start + (firstLine < 0 ? first.text.length : firstLine),
        })
      },
    }
  },
})
