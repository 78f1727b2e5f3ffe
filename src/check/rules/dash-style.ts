/**
 * dash-style: dashes of different styles used for the same job in one version — spaced en
 * dashes next to em dashes, "--" or a spaced hyphen standing in for a dash. Ranges (2020–2021)
 * and hyphenated words are not dashes; the dateline's dash belongs to the dateline. The
 * minority style is reported; replacing "--" with the majority dash is a safe fix, other
 * changes are suggestions.
 */
import type { Version } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'
import { proseBlocks } from '../text/prose.js'

type DashKind = 'em' | 'en' | 'double-hyphen' | 'hyphen'

interface DashUse {
  kind: DashKind
  start: number
  end: number
  text: string
}

const dashRe =
  /[ \u00a0]?—[ \u00a0]?|[ \u00a0]–[ \u00a0]|(?<!-)[ \u00a0]?--[ \u00a0]?(?!-)|(?<=\p{L}[,;]?)[ \u00a0]-[ \u00a0](?=\p{L})/gu

function kindOf(text: string): DashKind {
  if (text.includes('—')) return 'em'
  if (text.includes('–')) return 'en'
  if (text.includes('--')) return 'double-hyphen'
  return 'hyphen'
}

function usesIn(version: Version): DashUse[] {
  const out: DashUse[] = []
  const skip = version.dateline
  for (const block of proseBlocks(version))
    for (const m of block.text.matchAll(dashRe)) {
      const start = block.start + (m.index ?? 0)
      const end = start + m[0].length
      if (skip && start < skip.end && end > skip.start) continue
      out.push({ kind: kindOf(m[0]), start, end, text: m[0] })
    }
  return out
}

/** The dash-style rule. */
export const dashStyle = defineRule({
  id: 'dash-style',
  summary: {
    en: 'Dashes of different styles (—, –, --, -) are mixed in one version.',
    es: 'Se mezclan rayas y guiones de estilos distintos (—, –, --, -) en una versión.',
  },
  langs: ['*'],
  scope: 'version',
  fixable: true,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      mixed: '“{actual}” used as a dash in a text that uses “{expected}”.',
      useDash: 'Write “{expected}”.',
    },
    es: {
      mixed: '«{actual}» usado como raya en un texto que usa «{expected}».',
      useDash: 'Escribir «{expected}».',
    },
  },
  examples: {
    valid: [
      { name: 'one dash style', text: enRelease },
      {
        name: 'a range is not a dash',
        langs: ['en'],
        text: 'CHICAGO – In 2020–2021 the coalition — forty groups — grew fast.',
      },
    ],
    invalid: [
      {
        name: 'a double hyphen among em dashes',
        langs: ['en'],
        text: 'CHICAGO – The coalition — forty groups — grew. Its members -- all volunteers — met.',
        messages: [{ messageId: 'mixed', lang: 'en', actual: ' -- ' }],
        output:
          'CHICAGO – The coalition — forty groups — grew. Its members — all volunteers — met.',
      },
      {
        name: 'a spaced en dash among em dashes',
        langs: ['en'],
        text: 'CHICAGO – The coalition — forty groups — grew. Its members – all volunteers — met.',
        messages: [{ messageId: 'mixed', lang: 'en', actual: ' – ' }],
      },
    ],
  },
  create(context) {
    return {
      version(version) {
        const uses = usesIn(version)
        const counts = new Map<DashKind, number>()
        for (const u of uses) counts.set(u.kind, (counts.get(u.kind) ?? 0) + 1)
        if (counts.size < 2) return
        let majority: DashKind = uses[0]?.kind ?? 'em'
        for (const [kind, n] of counts) if (n > (counts.get(majority) ?? 0)) majority = kind
        // The most common way the majority dash is written, spaces included.
        const forms = new Map<string, number>()
        for (const u of uses)
          if (u.kind === majority) forms.set(u.text, (forms.get(u.text) ?? 0) + 1)
        const expected = [...forms].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '—'
        for (const use of uses) {
          if (use.kind === majority) continue
          const edit = { range: [use.start, use.end] as [number, number], text: expected }
          const safe = use.kind === 'double-hyphen' && majority !== 'hyphen'
          context.report({
            messageId: 'mixed',
            data: { actual: use.text.trim(), expected: expected.trim() },
            start: use.start,
            end: use.end,
            ...(safe
              ? { fix: edit }
              : {
                  suggestions: [
                    { messageId: 'useDash', data: { expected: expected.trim() }, fix: edit },
                  ],
                }),
          })
        }
      },
    }
  },
})
