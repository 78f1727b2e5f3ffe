/**
 * spanish-quote-punctuation: in Spanish, the punctuation of the surrounding sentence goes after
 * the closing quotation mark (RAE: «…», afirmó; “…”, dijo), where English puts it inside
 * (“…,” said). Off by default, because US Spanish press commonly follows the English habit;
 * turn it on for a house style that follows the RAE. The fix moves the comma or full stop out.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'

/** A comma or full stop just inside a closing double mark. */
const INSIDE = /([^\s.])([,.])([”»"])/gu

/** The spanish-quote-punctuation rule. */
export const spanishQuotePunctuation = defineRule({
  id: 'spanish-quote-punctuation',
  summary: {
    en: 'Spanish: a comma or full stop inside the closing quote, where the RAE puts it outside.',
    es: 'Español: coma o punto dentro de la comilla de cierre, donde la RAE lo pone fuera.',
  },
  description: {
    en: 'Off by default (US Spanish press often keeps the English order). When on, “…,” afirmó becomes “…”, afirmó, and “….” becomes “…”. — a safe fix. Question and exclamation marks belong to the quote and are left alone, and so is the full stop of an abbreviation (EE. UU.).',
    es: 'Desactivada por defecto (la prensa en español de EE. UU. suele seguir el orden inglés). Activada, “…,” afirmó pasa a “…”, afirmó, y “….” pasa a “…”. — una corrección segura. Los signos de interrogación y exclamación pertenecen a la cita y no se tocan, ni el punto de una abreviatura (EE. UU.).',
  },
  langs: ['es'],
  scope: 'version',
  fixable: true,
  defaults: { severity: 'off', options: {} },
  messages: {
    en: {
      inside: 'Put the “{mark}” after the closing quotation mark, as the RAE prescribes.',
    },
    es: {
      inside: 'Ponga el «{mark}» después de la comilla de cierre, como indica la RAE.',
    },
  },
  examples: {
    valid: [
      { name: 'punctuation after the closing mark', files: pair() },
      {
        name: 'a question mark belongs to the quote',
        files: pair(enRelease, esRelease.replace('trabaja la tierra”', 'trabaja la tierra?”')),
      },
    ],
    invalid: [
      {
        name: 'English order in a Spanish quote',
        files: pair(enRelease, esRelease.replace('trabaja la tierra”,', 'trabaja la tierra,”')),
        messages: [{ messageId: 'inside', lang: 'es', actual: ',”' }],
        output: [enRelease, esRelease],
      },
    ],
  },
  create(context) {
    return {
      block(block) {
        if (block.kind === 'other') return
        for (const m of block.text.matchAll(INSIDE)) {
          const before = m[1] ?? ''
          const punct = m[2] ?? ''
          const mark = m[3] ?? ''
          const at = block.start + m.index + before.length
          if (punct === '.' && isAbbreviationEnd(block.text, m.index + before.length)) continue
          if (mark === '"' && !closesStraightQuote(block.text, m.index + before.length + 1))
            continue
          context.report({
            messageId: 'inside',
            data: { mark: punct },
            start: at,
            end: at + 2,
            fix: { range: [at, at + 2], text: `${mark}${punct}` },
          })
        }
      },
    }
  },
})

/** Whether the full stop at `dot` ends an abbreviation ("EE. UU.", "p. m.", "Sr."). */
function isAbbreviationEnd(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 16), dot)
  if (/(?:^|[\s(])(?:Sr|Sra|Srta|Dr|Dra|etc|Lic|Ing|núm|pág)$/u.test(before)) return true
  // Initials and dotted abbreviations: "EE. UU", "EE.UU", "p. m", "U.S".
  return /(?:^|[\s(])(?:\p{L}{1,2}\.\s?)+\p{L}{1,2}$/u.test(before)
}

/** Whether a straight " at `at` closes a quote (an odd number of " before it in the block). */
function closesStraightQuote(text: string, at: number): boolean {
  return (text.slice(0, at).match(/"/g)?.length ?? 0) % 2 === 1
}
