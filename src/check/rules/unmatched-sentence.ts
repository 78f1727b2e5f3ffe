/**
 * unmatched-sentence: a sentence of one language version with no counterpart in the other, in a
 * paragraph that does have one — a sentence added to one version, or lost from the other. A
 * warning by default: translations legitimately drop page chrome and re-cut sentences.
 */
import type { Alignment } from '../../align/index.js'
import type { Version } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import type { ReportDescriptor, RuleContext } from '../rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { isProse, langLabel, reportUnmatched } from './drift-report.js'

/** The unmatched-sentence rule. */
export const unmatchedSentence = defineRule({
  id: 'unmatched-sentence',
  summary: {
    en: 'A sentence has no counterpart in the other language version.',
    es: 'Una oración no tiene contraparte en la otra versión lingüística.',
  },
  description: {
    en: 'Reported where the sentence is — that is the text to translate into the other version, or to delete — with `cause` at the point of the other version where its counterpart would stand. Sentences of page chrome, dates, contact lines and headlines are left to the structure rules.',
    es: 'Se señala donde está la oración —el texto que hay que traducir a la otra versión, o borrar— con `cause` en el punto de la otra versión donde iría su contraparte. Las oraciones de elementos de página, fechas, contactos y titulares quedan para las reglas de estructura.',
  },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      unmatched: 'This sentence has no counterpart in the {other} version.',
      missingThere: 'Its counterpart would stand here in the {other} version.',
    },
    es: {
      unmatched: 'Esta oración no tiene contraparte en la versión {other}.',
      missingThere: 'Su contraparte iría aquí en la versión {other}.',
    },
  },
  examples: {
    valid: [{ name: 'every sentence is translated', files: pair() }],
    invalid: [
      {
        name: 'a sentence added to the English only',
        files: pair(
          enRelease.replace(
            'decision by the state legislature.',
            'decision by the state legislature. The vote came after ten years of campaigning by workers across the state.',
          ),
          esRelease,
        ),
        messages: [
          {
            messageId: 'unmatched',
            lang: 'en',
            actual: 'The vote came after ten years of campaigning by workers across the state.',
          },
        ],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportUnmatched(context, versions, 'sentence-missing')
        for (const found of absorbedSentences(context, versions)) context.report(found)
      },
    }
  },
})

/** How far a bead's length ratio may stray from the document's before a sentence is suspect. */
const MISFIT = 1.6
/** The ratio a bead must come back to, without the suspect sentence. */
const FIT = 1.25

/**
 * Sentences the aligner folded into a many-to-one bead although they have no counterpart: the
 * bead's length ratio is far from the document's, and dropping one sentence of the longer side
 * brings it back ("A. B." ↔ "A′." where B was deleted from the other version).
 */
function absorbedSentences(context: RuleContext, versions: readonly Version[]): ReportDescriptor[] {
  const [reference, ...others] = versions
  const out: ReportDescriptor[] = []
  if (!reference) return out
  for (const other of others) {
    const alignment = context.alignment<Alignment | null>(reference, other)
    if (!alignment || !(alignment.ratio > 0)) continue
    for (const bead of alignment.sentences) {
      if (bead.source.length === 0 || bead.target.length === 0) continue
      if (bead.source.length + bead.target.length < 3) continue
      const src = bead.source
        .map((i) => alignment.sourceSentences[i])
        .filter((x) => x !== undefined)
      const tgt = bead.target
        .map((i) => alignment.targetSentences[i])
        .filter((x) => x !== undefined)
      const length = (xs: { text: string }[]) => xs.reduce((n, x) => n + x.text.length, 0)
      const fit = length(tgt) / (length(src) * alignment.ratio)
      if (fit <= MISFIT && fit >= 1 / MISFIT) continue
      const longer = fit > 1 ? tgt : src
      const shorter = fit > 1 ? src : tgt
      const [version, counterpart] = fit > 1 ? [other, reference] : [reference, other]
      if (longer.length < 2) continue
      // The sentence whose removal brings the ratio closest to the document's.
      let best: { sentence: (typeof longer)[number]; misfit: number } | null = null
      for (const sentence of longer) {
        const rest = length(longer) - sentence.text.length
        const refit =
          fit > 1
            ? rest / (length(shorter) * alignment.ratio)
            : rest / (length(shorter) / alignment.ratio)
        if (refit > FIT || refit < 1 / FIT || sentence.text.split(/\s+/).length < 6) continue
        const misfit = Math.abs(Math.log(refit))
        if (!best || misfit < best.misfit) best = { sentence, misfit }
      }
      const sentence = best?.sentence
      if (!sentence || !isProse(version.blocks[sentence.block])) continue
      const first = shorter[0]
      const last = shorter[shorter.length - 1]
      const data = { other: langLabel(counterpart) }
      out.push({
        version,
        messageId: 'unmatched',
        data,
        start: sentence.start,
        end: sentence.end,
        ...(first && last
          ? {
              cause: {
                version: counterpart,
                start: first.start,
                end: last.end,
                messageId: 'missingThere',
                data,
              },
            }
          : {}),
      })
    }
  }
  return out
}
