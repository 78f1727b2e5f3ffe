/**
 * terminology: the configured terms (an organization's exact name, preferred spellings) written
 * otherwise. With `variants`, each listed wrong form is replaced by the term; without, any
 * spelling that differs from the term only in case, accents, spacing, hyphens or dots
 * ("Alianza Américas", "alianza americas", "AlianzaAmericas") is. The fix is safe because the
 * organization chose the form. A block set in capitals (a shouting headline) is left alone.
 */

import { defineRule } from '../define-rule.js'
import type { TermEntry } from '../rule.js'
import { enRelease } from '../text/examples.js'
import { isShouting } from '../text/prose.js'

const accents: Record<string, string> = {
  a: 'aáàâäãå',
  e: 'eéèêë',
  i: 'iíìîï',
  o: 'oóòôöõ',
  u: 'uúùûü',
  n: 'nñ',
  c: 'cç',
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** A pattern matching `term` up to case, accents, spacing, hyphens and dots. */
export function loosePattern(term: string): string {
  let out = ''
  for (const ch of term.normalize('NFD').replace(/\p{M}+/gu, '')) {
    const lower = ch.toLowerCase()
    if (/[\s\-‐.]/.test(ch)) out += '[\\s\\-‐.]*'
    else if (accents[lower]) out += `[${accents[lower]}]`
    else out += escapeRegExp(ch)
  }
  return out
}

function matcher(entry: TermEntry): RegExp {
  const alternatives = entry.variants?.length
    ? entry.variants.map(escapeRegExp)
    : [loosePattern(entry.term)]
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
}

/** The terminology rule. */
export const terminology = defineRule({
  id: 'terminology',
  summary: {
    en: 'A configured term (e.g. an organization’s exact name) is written another way.',
    es: 'Un término configurado (p. ej. el nombre exacto de una organización) está escrito de otra forma.',
  },
  langs: ['*'],
  scope: 'version',
  fixable: true,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: { term: 'Write “{expected}”, not “{actual}”.' },
    es: { term: 'Escriba «{expected}», no «{actual}».' },
  },
  examples: {
    valid: [
      {
        name: 'the name as configured',
        text: enRelease,
        terminology: [{ term: 'Farm Worker Coalition' }],
      },
    ],
    invalid: [
      {
        name: 'an accent the organization does not use',
        langs: ['en'],
        text: 'CHICAGO – Alianza Américas welcomed the decision.',
        terminology: [{ term: 'Alianza Americas' }],
        messages: [{ messageId: 'term', lang: 'en', actual: 'Alianza Américas' }],
        output: 'CHICAGO – Alianza Americas welcomed the decision.',
      },
      {
        name: 'a listed wrong form',
        langs: ['en'],
        text: 'CHICAGO – Presente Action and its members welcomed the decision.',
        terminology: [{ term: 'Presente.org', variants: ['Presente Action'] }],
        messages: [{ messageId: 'term', lang: 'en', actual: 'Presente Action' }],
        output: 'CHICAGO – Presente.org and its members welcomed the decision.',
      },
    ],
  },
  create(context) {
    const entries = context.terminology
      .filter((e) => !e.langs || e.langs.includes(context.lang))
      .map((entry) => ({ entry, re: matcher(entry) }))
    return {
      block(block) {
        if (entries.length === 0 || block.kind === 'other' || isShouting(block)) return
        for (const { entry, re } of entries)
          for (const m of block.text.matchAll(re)) {
            const actual = m[0]
            if (actual === entry.term) continue
            const start = block.start + (m.index ?? 0)
            context.report({
              messageId: 'term',
              data: { actual, expected: entry.term },
              start,
              end: start + actual.length,
              actual,
              expected: [entry.term],
              fix: { range: [start, start + actual.length], text: entry.term },
            })
          }
      },
    }
  },
})
