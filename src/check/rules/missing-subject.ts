/**
 * missing-subject: a boilerplate or sentence whose subject — an organization's name — is missing
 * or still a placeholder: "### is the nation's largest…", "### es el grupo…", a boilerplate that
 * opens with a verb, "[ORG]", "XXX", "TK", "NAME". A reader can't tell who the paragraph is about.
 */
import type { Block, Version } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { findMissingLeadName, findPlaceholders } from './missing-name-shapes.js'
import { distinctFindings, type Finding, proseBlocks } from './prose-blocks.js'

/** The missing-subject rule. */
export const missingSubject = defineRule({
  id: 'missing-subject',
  summary: {
    en: 'A boilerplate or sentence starts with a missing name (“### is the nation’s…”, “[ORG]”).',
    es: 'Un párrafo institucional u oración empieza sin nombre («### es el grupo…», «[ORG]»).',
  },
  description: {
    en: 'Reports paragraphs that open with a verb where the organization’s name belongs (often after an end mark glued to the boilerplate), boilerplates whose organization the reader could not find, and placeholders left for a name: [ORG], [NAME], XXX, TK, NAME, {{…}}.',
    es: 'Señala párrafos que empiezan con un verbo donde va el nombre de la organización (a menudo tras una marca de fin pegada al párrafo institucional), párrafos institucionales sin organización y marcadores dejados en lugar de un nombre: [ORG], [NOMBRE], XXX, TK, {{…}}.',
  },
  langs: ['en', 'es'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: {
      verbStart: 'The paragraph starts with “{text}”: the name of its subject is missing.',
      placeholder: 'Placeholder “{text}” was left where a name belongs.',
    },
    es: {
      verbStart: 'El párrafo empieza con «{text}»: falta el nombre de quien se habla.',
      placeholder: 'Quedó el marcador «{text}» donde va un nombre.',
    },
  },
  examples: {
    valid: [{ name: 'every boilerplate opens with its organization', files: pair() }],
    invalid: [
      {
        name: 'the name was lost after the end mark',
        text: enRelease.replace('###\n\nThe Farm Worker Coalition is', '### is'),
        messages: [{ messageId: 'verbStart', lang: 'en', actual: '### is' }],
      },
      {
        name: 'Spanish boilerplate that opens with a verb',
        files: pair(
          enRelease,
          esRelease.replace('La Farm Worker Coalition es una red', 'es una red'),
        ),
        messages: [{ messageId: 'verbStart', lang: 'es', actual: 'es' }],
      },
      {
        name: 'a placeholder for the organization',
        text: enRelease.replace('The Farm Worker Coalition is a network', '[ORG] is a network'),
        messages: [{ messageId: 'placeholder', lang: 'en', actual: '[ORG]' }],
      },
    ],
  },
  create(context) {
    const findings: Finding[] = []
    const lead = (version: Version, block: Block, nameExpected: boolean) => {
      const found = findMissingLeadName(block.text, block.start, context.lang, nameExpected)
      if (!found) return
      // The reader may have cut a glued "###" off into its own block: show it with the verb.
      const start = gluedEndMarkStart(context.text, version, found.start) ?? found.start
      const text = context.text.slice(start, found.end)
      findings.push({ start, end: found.end, messageId: 'verbStart', data: { text } })
    }
    return {
      version(version) {
        for (const block of version.blocks)
          for (const p of findPlaceholders(block.text, block.start, block.kind === 'other'))
            findings.push({
              start: p.start,
              end: p.end,
              messageId: 'placeholder',
              data: { text: p.text },
            })
        for (const block of proseBlocks(version)) lead(version, block, false)
      },
      boilerplate(boilerplate, { version }) {
        const block = version.blocks[boilerplate.block]
        if (boilerplate.organization !== null || !block) return
        lead(version, block, true)
      },
      'version:exit'() {
        for (const f of distinctFindings(findings)) context.report(f)
        findings.length = 0
      },
    }
  },
})

/** The start of an end mark standing just before `at` on the same line, if there is one. */
function gluedEndMarkStart(text: string, version: Version, at: number): number | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  if (lineStart < version.start) return null
  const before = text.slice(lineStart, at)
  return /^\s*(?:#\s*#\s*#+|-30-)\s+$/.test(before) ? lineStart + before.search(/\S/) : null
}
