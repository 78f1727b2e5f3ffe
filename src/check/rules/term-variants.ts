/**
 * term-variants: two spellings of one term in one text ("EE. UU." next to "EE.UU.", "U.S."
 * next to "US", "e-mail" next to "email"). The less frequent form is reported with a
 * suggestion to use the more frequent one; ties keep the first form used. Only clear variant
 * groups are listed: terms with different meanings or identities (Latinx / Latine) are not
 * variants of one another.
 */
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'
import { isShouting, proseBlocks } from '../text/prose.js'

/** One spelling of a term: how it is written and how to find it. */
interface Form {
  text: string
  pattern: RegExp
}

/** A group of spellings of one term, for some languages. */
interface VariantGroup {
  langs: string[]
  forms: Form[]
}

// Boundaries over Latin letters and digits without the \`u\` flag: Unicode property classes cost
// a noticeable compile on a cold start, and these terms sit in Latin-script text.
const wordChar = 'A-Za-z0-9\\u00C0-\\u024F'
const b = (s: string) => `(?<![${wordChar}])${s}(?![${wordChar}])`
const form = (text: string, source: string, flags = 'g'): Form => ({
  text,
  pattern: new RegExp(source, flags),
})

/** The variant groups, kept to unambiguous cases. */
export const variantGroups: VariantGroup[] = [
  {
    langs: ['en'],
    forms: [form('U.S.', b('U\\.\\s?S\\.(?!\\s?A\\.)')), form('US', b("US(?![$’'])"))],
  },
  {
    langs: ['es'],
    forms: [
      form('EE. UU.', 'EE\\.[ \\u00a0]UU\\.?'),
      form('EE.UU.', 'EE\\.UU\\.?'),
      form('EEUU', b('EEUU')),
    ],
  },
  {
    langs: ['en', 'es'],
    forms: [form('e-mail', b('e-mail'), 'gi'), form('email', b('email'), 'gi')],
  },
  { langs: ['en', 'es'], forms: [form('D.C.', b('D\\.\\s?C\\.')), form('DC', b('DC'))] },
  {
    langs: ['en'],
    forms: [form('health care', b('health care'), 'gi'), form('healthcare', b('healthcare'), 'gi')],
  },
  {
    langs: ['en'],
    forms: [form('nonprofit', b('nonprofit'), 'gi'), form('non-profit', b('non-profit'), 'gi')],
  },
  {
    langs: ['en'],
    forms: [form('toward', b('toward'), 'gi'), form('towards', b('towards'), 'gi')],
  },
  {
    langs: ['en'],
    forms: [form('percent', b('percent'), 'gi'), form('per cent', b('per cent'), 'gi')],
  },
  {
    langs: ['en'],
    forms: [
      form('Secretary-General', b('Secretary-General')),
      form('Secretary General', b('Secretary General')),
    ],
  },
  {
    langs: ['es'],
    forms: [form('septiembre', b('septiembre'), 'gi'), form('setiembre', b('setiembre'), 'gi')],
  },
  {
    langs: ['es'],
    forms: [form('Centroamérica', b('Centroamérica')), form('Centro América', b('Centro América'))],
  },
  {
    langs: ['es'],
    forms: [form('por ciento', b('por ciento'), 'gi'), form('porciento', b('porciento'), 'gi')],
  },
]

interface Use {
  form: number
  start: number
  end: number
  text: string
}

/** Keeps the case of the first letter of what was written. */
function matchCase(written: string, replacement: string): string {
  const first = written[0] ?? ''
  if (first !== first.toUpperCase() || replacement.toLowerCase() !== replacement) return replacement
  return (replacement[0] ?? '').toUpperCase() + replacement.slice(1)
}

/** The term-variants rule. */
export const termVariants = defineRule({
  id: 'term-variants',
  summary: {
    en: 'One text spells the same term in two ways (“EE. UU.” and “EE.UU.”, “U.S.” and “US”).',
    es: 'Un mismo texto escribe un término de dos maneras («EE. UU.» y «EE.UU.», «U.S.» y «US»).',
  },
  langs: ['en', 'es'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      variant:
        '“{actual}” and “{expected}” are both used in this text; use “{expected}” throughout.',
      useForm: 'Write “{expected}”.',
    },
    es: {
      variant:
        'En este texto se usan «{actual}» y «{expected}»; use «{expected}» en todo el texto.',
      useForm: 'Escribir «{expected}».',
    },
  },
  examples: {
    valid: [
      { name: 'one spelling throughout', text: enRelease },
      {
        name: 'the same spacing of EE. UU. everywhere',
        langs: ['es'],
        text: 'CHICAGO – El gobierno de EE. UU. anunció hoy un cambio. Los EE. UU. deben actuar.',
      },
    ],
    invalid: [
      {
        name: 'EE. UU. next to EE.UU.',
        langs: ['es'],
        text: 'CHICAGO – El gobierno de EE. UU. anunció hoy un cambio. Los EE. UU. y México deben actuar. Los EE.UU. deben cumplir.',
        messages: [{ messageId: 'variant', lang: 'es', actual: 'EE.UU.' }],
      },
      {
        name: 'U.S. next to US',
        langs: ['en'],
        text: 'CHICAGO – The U.S. government acted today. The U.S. Senate agreed. The US House did not.',
        messages: [{ messageId: 'variant', lang: 'en', actual: 'US' }],
      },
    ],
  },
  create(context) {
    return {
      version(version) {
        const blocks = proseBlocks(version).filter((block) => !isShouting(block))
        if (blocks.length === 0) return
        // One scan of the version's text per form; matches outside running prose are dropped.
        const from = blocks[0]?.start ?? 0
        const text = context.text.slice(from, blocks.at(-1)?.end ?? from)
        const inProse = (start: number, end: number) =>
          blocks.some((b) => b.start <= start && end <= b.end)
        for (const group of variantGroups) {
          if (!group.langs.includes(context.lang)) continue
          const uses: Use[] = []
          group.forms.forEach((f, i) => {
            for (const m of text.matchAll(f.pattern)) {
              const start = from + (m.index ?? 0)
              const end = start + m[0].length
              if (!inProse(start, end) || uses.some((u) => start >= u.start && start < u.end))
                continue
              uses.push({ form: i, start, end, text: m[0] })
            }
          })
          const counts = group.forms.map((_, i) => uses.filter((u) => u.form === i).length)
          if (counts.filter((c) => c > 0).length < 2) continue
          uses.sort((x, y) => x.start - y.start)
          let majority = uses[0]?.form ?? 0
          counts.forEach((c, i) => {
            if (c > (counts[majority] ?? 0)) majority = i
          })
          const expectedForm = group.forms[majority] as Form
          for (const use of uses) {
            if (use.form === majority) continue
            const expected = matchCase(use.text, expectedForm.text)
            context.report({
              messageId: 'variant',
              data: { actual: use.text, expected },
              start: use.start,
              end: use.end,
              actual: use.text,
              expected: [expected],
              suggestions: [
                {
                  messageId: 'useForm',
                  data: { expected },
                  fix: { range: [use.start, use.end], text: expected },
                },
              ],
            })
          }
        }
      },
    }
  },
})
