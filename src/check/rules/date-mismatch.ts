/**
 * date-mismatch: a written-out date that one language version states and the other does not, or
 * states differently, in aligned sentences — "June 12, 2021" against "10 de junio de 2021".
 * Dates are compared as calendar dates by the aligner, so "June 10, 2021" = "10 de junio de 2021".
 * The release dates the reader found are compared too, aligned or not: a date line the aligner
 * left without a counterpart (a page that repeats its header) still has to agree.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { langLabel, reportValueDrift } from './drift-report.js'

/** The date-mismatch rule. */
export const dateMismatch = defineRule({
  id: 'date-mismatch',
  summary: {
    en: 'A date is in one language version only, or differs between versions.',
    es: 'Una fecha está en una sola versión lingüística o difiere entre versiones.',
  },
  description: {
    en: 'Compares the dates of aligned sentences as calendar dates. A date present in one version only is reported where it is, with `cause` at the aligned sentence of the other version; a date that differs is reported on the translation (every version after the first), with `cause` at the first version’s date. The release dates are compared as well, whether or not their lines were aligned. A release date that one version lacks altogether is left to missing-date.',
    es: 'Compara las fechas de oraciones alineadas como fechas de calendario. Una fecha presente en una sola versión se señala donde está, con `cause` en la oración alineada de la otra; una fecha que difiere se señala en la traducción (toda versión después de la primera), con `cause` en la fecha de la primera versión. También se comparan las fechas de publicación, estén o no alineadas sus líneas. Si una versión no tiene fecha de publicación, lo señala missing-date.',
  },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: {
      onlyHere: 'The date “{value}” is not in the {other} version.',
      differs: 'The date “{value}” differs from “{otherValue}” in the {other} version.',
      missingThere: 'The {other} version states no “{value}” here.',
      counterpartValue: 'The {other} version says “{otherValue}” here; “{value}” in the other.',
    },
    es: {
      onlyHere: 'La fecha «{value}» no está en la versión {other}.',
      differs: 'La fecha «{value}» difiere de «{otherValue}» en la versión {other}.',
      missingThere: 'La versión {other} no indica «{value}» aquí.',
      counterpartValue: 'La versión {other} dice «{otherValue}» aquí; «{value}» en la otra.',
    },
  },
  examples: {
    valid: [{ name: 'the same date in each language', files: pair() }],
    invalid: [
      {
        name: 'the Spanish date was changed',
        files: pair(enRelease, esRelease.replace('15 de marzo de 2024', '17 de marzo de 2024')),
        messages: [{ messageId: 'differs', lang: 'es', actual: '17 de marzo de 2024' }],
      },
      {
        name: 'a date only in the English',
        files: pair(
          enRelease.replace(
            'by the state legislature.',
            'by the state legislature on March 12, 2024.',
          ),
          esRelease,
        ),
        messages: [{ messageId: 'onlyHere', lang: 'en', actual: 'March 12, 2024' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportValueDrift(context, versions, ['date'])
        // The release dates, as the reader found them. When their lines are aligned this is
        // the finding above again (same place and message), which the engine drops.
        const [reference, ...translations] = versions
        const first = reference?.date
        if (!reference || !first) return
        for (const version of translations) {
          const date = version.date
          if (!date || date.iso === first.iso) continue
          const data = { value: date.text, otherValue: first.text, other: langLabel(reference) }
          context.report({
            version,
            messageId: 'differs',
            data,
            start: date.start,
            end: date.end,
            actual: date.text,
            expected: [first.text],
            cause: {
              version: reference,
              start: first.start,
              end: first.end,
              messageId: 'counterpartValue',
              data,
            },
          })
        }
      },
    }
  },
})
