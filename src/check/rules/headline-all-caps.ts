/**
 * headline-all-caps: a headline written in capitals. Wire services reject all-caps headlines
 * and they read as shouting; acronyms (DACA, TPS, EE. UU.) in a normal headline are fine. The
 * suggestion rewrites it in sentence case; it is not automatic because proper names and
 * acronyms need a person's eye.
 */
import type { Block } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'

/** The headline in sentence case: first letter capital, the rest lower case. */
export function sentenceCase(text: string): string {
  let first = true
  return text.replace(/[\p{L}][\p{L}\p{M}'’.-]*/gu, (word) => {
    const out = first ? word[0] + word.slice(1).toLowerCase() : word.toLowerCase()
    first = false
    return out
  })
}

/** The all-caps test: most letters are capitals in a headline of several words. */
export function isAllCaps(text: string, minWords: number): boolean {
  const words = text.match(/\p{L}+/gu) ?? []
  if (words.length < minWords) return false
  const letters = words.join('')
  const upper = letters.replace(/[^\p{Lu}]/gu, '').length
  return upper / letters.length >= 0.8
}

/** The headline-all-caps rule. */
export const headlineAllCaps = defineRule({
  id: 'headline-all-caps',
  summary: {
    en: 'A headline is written in capital letters.',
    es: 'Un titular está escrito en mayúsculas.',
  },
  langs: ['*'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'warning', options: { minWords: 3 } },
  messages: {
    en: {
      allCaps: 'The headline is in capital letters; write it in sentence or title case.',
      sentenceCase: 'Rewrite in sentence case.',
    },
    es: {
      allCaps: 'El titular está en mayúsculas; escríbalo en minúsculas con mayúscula inicial.',
      sentenceCase: 'Reescribir con mayúscula inicial.',
    },
  },
  examples: {
    valid: [
      { name: 'a headline in title case', text: enRelease },
      {
        name: 'acronyms inside a normal headline',
        text: enRelease.replace(
          'Coalition Welcomes New Protections for Farm Workers',
          'DACA and TPS Holders Welcome New Protections',
        ),
      },
    ],
    invalid: [
      {
        name: 'a shouting headline',
        text: enRelease.replace(
          'Coalition Welcomes New Protections for Farm Workers',
          'COALITION WELCOMES NEW PROTECTIONS FOR FARM WORKERS',
        ),
        messages: [
          {
            messageId: 'allCaps',
            lang: 'en',
            actual: 'COALITION WELCOMES NEW PROTECTIONS FOR FARM WORKERS',
          },
        ],
      },
    ],
  },
  create(context) {
    const minWords = Number(context.options.minWords)
    const check = (block: Block) => {
      const body = block.text.replace(/\s+$/, '')
      if (!isAllCaps(body, minWords)) return
      context.report({
        messageId: 'allCaps',
        start: block.start,
        end: block.start + body.length,
        suggestions: [
          {
            messageId: 'sentenceCase',
            fix: { range: [block.start, block.start + body.length], text: sentenceCase(body) },
          },
        ],
      })
    }
    return {
      version(version) {
        if (version.headline) {
          check(version.headline)
          return
        }
        // No headline found: a long line in capitals before the story is one the reader missed.
        const firstBody = version.blocks.findIndex((b) => b.kind === 'body' || b.kind === 'quote')
        for (const block of version.blocks.slice(0, Math.max(0, firstBody)))
          if (block.kind === 'other' && !block.text.includes('\n') && words(block.text) >= 5)
            check(block)
      },
    }
  },
})

function words(text: string): number {
  return (text.match(/\p{L}+/gu) ?? []).length
}
