/**
 * number-mismatch: a figure that one language version states and the other does not, or states
 * differently, in aligned sentences — "con más de 500,000 miembros" in the Spanish only, "250,000"
 * against "350,000". Figures are compared after locale normalisation by the aligner ("250,000" =
 * "250.000", "15 percent" = "15 %", "the 1980’s" = "los 80"), so format differences are not drift.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { reportValueDrift } from './drift-report.js'

/** The number-mismatch rule. */
export const numberMismatch = defineRule({
  id: 'number-mismatch',
  summary: {
    en: 'A figure is in one language version only, or differs between versions.',
    es: 'Una cifra está en una sola versión lingüística o difiere entre versiones.',
  },
  description: {
    en: 'Compares the figures of aligned sentences after locale normalisation. A figure present in one version only is reported where it is, with `cause` at the aligned sentence of the other version; a figure that differs is reported on the translation (every version after the first), with `cause` at the first version’s figure. A sentence with no counterpart at all is left to unmatched-sentence.',
    es: 'Compara las cifras de oraciones alineadas tras normalizar el formato. Una cifra presente en una sola versión se señala donde está, con `cause` en la oración alineada de la otra; una cifra que difiere se señala en la traducción (toda versión después de la primera), con `cause` en la cifra de la primera versión. Una oración sin contraparte la señala unmatched-sentence.',
  },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: {
      onlyHere: 'The figure “{value}” is not in the {other} version.',
      differs: 'The figure “{value}” differs from “{otherValue}” in the {other} version.',
      missingThere: 'The {other} version states no “{value}” here.',
      counterpartValue: 'The {other} version says “{otherValue}” here; “{value}” in the other.',
    },
    es: {
      onlyHere: 'La cifra «{value}» no está en la versión {other}.',
      differs: 'La cifra «{value}» difiere de «{otherValue}» en la versión {other}.',
      missingThere: 'La versión {other} no indica «{value}» aquí.',
      counterpartValue: 'La versión {other} dice «{otherValue}» aquí; «{value}» en la otra.',
    },
  },
  examples: {
    valid: [
      { name: 'the same figures in both versions', files: pair() },
      {
        name: 'the same figure in another locale format',
        files: pair(
          enRelease.replace('network of 40', 'network of 1,500'),
          esRelease.replace('red de 40', 'red de 1.500'),
        ),
      },
    ],
    invalid: [
      {
        name: 'the Spanish states a different figure',
        files: pair(enRelease, esRelease.replace('red de 40', 'red de 45')),
        messages: [{ messageId: 'differs', lang: 'es', actual: '45' }],
      },
      {
        name: 'a figure only in the Spanish',
        files: pair(
          enRelease,
          esRelease.replace(
            'red de 40 organizaciones',
            'red de 40 organizaciones con 500,000 miembros',
          ),
        ),
        messages: [{ messageId: 'onlyHere', lang: 'es', actual: '500,000' }],
      },
      {
        name: 'a figure only in the English',
        files: pair(
          enRelease.replace('legislature.', 'legislature, which passed the bill 61 to 12.'),
          esRelease,
        ),
        messages: [
          { messageId: 'onlyHere', lang: 'en', actual: '61' },
          { messageId: 'onlyHere', lang: 'en', actual: '12' },
        ],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportValueDrift(context, versions, ['number'])
      },
    }
  },
})
