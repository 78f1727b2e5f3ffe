/**
 * quote-style: straight quotation marks and apostrophes (" ') mixed with typographic ones
 * (“ ” ‘ ’ « ») in one version — the trace of a paragraph pasted from another editor. The
 * minority style is reported; the fix turns each mark into the majority style (straight to
 * curly picks the opening or closing form from its neighbours), and is safe because it changes
 * only the mark's shape. Prime marks after digits (5'10", the '90s) are left alone.
 */
import type { Block } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'
import { proseBlocks } from '../text/prose.js'

interface Mark {
  offset: number
  char: string
  straight: boolean
}

const straightMarks = new Set(['"', "'"])
const curlyMarks = new Set(['“', '”', '‘', '’', '«', '»'])

/** The typographic form of a straight mark at `i` in `text`. */
export function curlyFor(text: string, i: number): string {
  const ch = text[i]
  const before = text[i - 1] ?? ''
  const after = text[i + 1] ?? ''
  const opening = before === '' || /[\s([{\u2014\u2013/-]/.test(before) || curlyMarks.has(before)
  if (ch === '"') return opening && after.trim() !== '' ? '“' : '”'
  // An apostrophe inside or after a word, or before a year ('90s), is always ’.
  if (/[\p{L}\p{N}]/u.test(before) || /\d/.test(after)) return '’'
  return opening && after.trim() !== '' ? '‘' : '’'
}

/** The straight form of a typographic mark. */
export function straightFor(ch: string): string {
  return ch === '‘' || ch === '’' ? "'" : '"'
}

function marksIn(block: Block): Mark[] {
  const out: Mark[] = []
  const text = block.text
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (straightMarks.has(ch)) {
      // Primes: 5'10", 6" — a straight mark right after a digit that is not followed by a letter.
      if (/\d/.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i + 1] ?? '') && ch === '"') continue
      out.push({ offset: block.start + i, char: ch, straight: true })
    } else if (curlyMarks.has(ch)) out.push({ offset: block.start + i, char: ch, straight: false })
  }
  return out
}

/** The quote-style rule. */
export const quoteStyle = defineRule({
  id: 'quote-style',
  summary: {
    en: 'Straight and curly quotation marks or apostrophes are mixed in one version.',
    es: 'Se mezclan comillas o apóstrofos rectos y tipográficos en una misma versión.',
  },
  langs: ['*'],
  scope: 'version',
  fixable: true,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      straight: 'Straight mark {actual} in a text that uses typographic marks; write {expected}.',
      curly: 'Typographic mark {actual} in a text that uses straight marks; write {expected}.',
    },
    es: {
      straight: 'Signo recto {actual} en un texto con signos tipográficos; escriba {expected}.',
      curly: 'Signo tipográfico {actual} en un texto con signos rectos; escriba {expected}.',
    },
  },
  examples: {
    valid: [
      { name: 'typographic marks throughout', text: enRelease },
      {
        name: 'straight marks throughout',
        langs: ['en'],
        text: 'CHICAGO – "It\'s a victory," said Ana Pérez. "We won\'t stop."',
      },
    ],
    invalid: [
      {
        name: 'one straight apostrophe among curly ones',
        langs: ['en'],
        text: "CHICAGO – “It’s a victory for our allies' families,” said Ana Pérez. “We can’t stop.”",
        messages: [{ messageId: 'straight', lang: 'en', actual: "'" }],
        output:
          'CHICAGO – “It’s a victory for our allies’ families,” said Ana Pérez. “We can’t stop.”',
      },
      {
        name: 'a pasted quote with straight marks',
        langs: ['en'],
        text: 'CHICAGO – “It’s a victory,” said Ana Pérez. “We can’t stop.” "Never," she added.',
        messages: [
          { messageId: 'straight', lang: 'en', actual: '"' },
          { messageId: 'straight', lang: 'en', actual: '"' },
        ],
        output: 'CHICAGO – “It’s a victory,” said Ana Pérez. “We can’t stop.” “Never,” she added.',
      },
    ],
  },
  create(context) {
    return {
      version(version) {
        const marks = proseBlocks(version).flatMap(marksIn)
        const straight = marks.filter((m) => m.straight).length
        const curly = marks.length - straight
        if (straight === 0 || curly === 0) return
        const reportStraight = straight <= curly
        for (const mark of marks) {
          if (mark.straight !== reportStraight) continue
          const expected = mark.straight
            ? curlyFor(context.text, mark.offset)
            : straightFor(mark.char)
          context.report({
            messageId: mark.straight ? 'straight' : 'curly',
            data: { actual: mark.char, expected },
            start: mark.offset,
            end: mark.offset + 1,
            fix: { range: [mark.offset, mark.offset + 1], text: expected },
          })
        }
      },
    }
  },
})
