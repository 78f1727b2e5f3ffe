/**
 * doubled-words: a word written twice in a row ("the the", "de de"), the commonest slip left
 * by editing. Doubles that are grammatical ("had had", "that that") or expressive ("no, no")
 * are not reported; two capitalised words ("Walla Walla") are taken for a name. The fix
 * removes the second word.
 */
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'

/** Words that may legitimately follow themselves. */
const legitimate = new Set([
  'had',
  'that',
  'is',
  'bye',
  'no',
  'ha',
  'yeah',
  'very',
  'so',
  'knock',
  'bla',
  'ja',
  'je',
  'chau',
  'ya',
  'sí',
  'tal',
  'pum',
  'muy',
  'mahi',
  'bora',
  'never',
])

/** Runs of letters: the candidate words, compared with their neighbour. */
const letterRun = /\p{L}+/gu
/** What may stand between the two words: blanks, or one line break among blanks. */
const gapRe = /^(?:[ \t\u00a0]+|[ \t]*\n[ \t]*)$/
/** A character that glues a letter run into a longer word or a number. */
const gluesRe = /[\p{L}\p{N}'’-]/u

/**
 * The same word twice in a row in `text` (case aside): pairs of letter runs that are whole words (nothing
 * glued before the first or after the second) separated only by blanks or one line break.
 * A tokeniser rather than one regular expression with a back-reference, which backtracks
 * through every word of the text.
 */
export function findDoubles(
  text: string,
): { index: number; first: string; gap: string; second: string }[] {
  const out: { index: number; first: string; gap: string; second: string }[] = []
  let prev: RegExpExecArray | null = null
  letterRun.lastIndex = 0
  for (let m = letterRun.exec(text); m !== null; m = letterRun.exec(text)) {
    const word = m[0]
    if (
      prev !== null &&
      prev[0].length === word.length &&
      prev[0].toLowerCase() === word.toLowerCase()
    ) {
      const prevEnd = prev.index + word.length
      const gap = text.slice(prevEnd, m.index)
      const after = text[m.index + word.length]
      if (gapRe.test(gap) && (after === undefined || !gluesRe.test(after))) {
        out.push({ index: prev.index, first: prev[0], gap, second: word })
        prev = null
        continue
      }
    }
    const before = text[m.index - 1]
    prev = before === undefined || !gluesRe.test(before) ? m : null
  }
  return out
}

/** The doubled-words rule. */
export const doubledWords = defineRule({
  id: 'doubled-words',
  summary: {
    en: 'A word is repeated (“the the”, “de de”).',
    es: 'Una palabra está repetida («de de», «the the»).',
  },
  langs: ['*'],
  scope: 'version',
  fixable: true,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: { doubled: '“{word}” is written twice.' },
    es: { doubled: '«{word}» está escrito dos veces.' },
  },
  examples: {
    valid: [
      { name: 'no repetition', text: enRelease },
      { name: 'a grammatical double', text: 'CHICAGO – She had had enough of the delays.' },
    ],
    invalid: [
      {
        name: 'an editing slip',
        langs: ['en'],
        text: 'CHICAGO – The coalition welcomed the the decision.',
        messages: [{ messageId: 'doubled', lang: 'en', actual: 'the the' }],
        output: 'CHICAGO – The coalition welcomed the decision.',
      },
      {
        name: 'in Spanish',
        langs: ['es'],
        text: 'CHICAGO – La coalición celebró la decisión de de la legislatura.',
        messages: [{ messageId: 'doubled', lang: 'es', actual: 'de de' }],
        output: 'CHICAGO – La coalición celebró la decisión de la legislatura.',
      },
    ],
  },
  create(context) {
    return {
      version(version) {
        const text = context.text.slice(version.start, version.end)
        for (const { index, first, gap, second } of findDoubles(text)) {
          const start = version.start + index
          const end = start + first.length * 2 + gap.length
          // Both words in running text (a soft line break may split a paragraph into blocks).
          const inProse = (offset: number) =>
            version.blocks.some(
              (b) =>
                b.start <= offset && offset < b.end && b.kind !== 'other' && b.kind !== 'contacts',
            )
          if (!inProse(start) || !inProse(end - 1)) continue
          if (legitimate.has(first.toLowerCase())) continue
          if (/^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(second) && first !== first.toUpperCase())
            continue
          if (first.length === 1 && first === first.toUpperCase()) continue
          context.report({
            messageId: 'doubled',
            data: { word: second },
            start,
            end,
            fix: {
              range: [start + first.length, start + first.length + gap.length + second.length],
              text: '',
            },
          })
        }
      },
    }
  },
})
