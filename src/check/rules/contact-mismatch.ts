/**
 * contact-mismatch: an e-mail address, web address or phone number that one language version
 * gives and the other does not, or gives differently — a journalist calling the number in the
 * Spanish version must reach the same desk as one calling from the English. Contact blocks are
 * compared here too, unless the other version has no contact block at all (missing-media-contact
 * reports that).
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { isProse, type PlacedFact, reportValueDrift } from './drift-report.js'

/** The contact-mismatch rule. */
export const contactMismatch = defineRule({
  id: 'contact-mismatch',
  summary: {
    en: 'An e-mail, URL or phone number is in one language version only, or differs.',
    es: 'Un correo, URL o teléfono está en una sola versión lingüística o difiere.',
  },
  description: {
    en: 'Compares the e-mail addresses, URLs and phone numbers of aligned sentences. One present in one version only is reported where it is, with `cause` at the aligned text of the other version; one that differs is reported on the translation (every version after the first), with `cause` at the first version’s.',
    es: 'Compara correos, URL y teléfonos de oraciones alineadas. Uno presente en una sola versión se señala donde está, con `cause` en el texto alineado de la otra versión; uno que difiere se señala en la traducción (toda versión después de la primera), con `cause` en el de la primera versión.',
  },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: {
      onlyHere: '“{value}” is not in the {other} version.',
      differs: '“{value}” differs from “{otherValue}” in the {other} version.',
      missingThere: 'The {other} version does not give “{value}” here.',
      counterpartValue: 'The {other} version gives “{otherValue}” here; “{value}” in the other.',
    },
    es: {
      onlyHere: '«{value}» no está en la versión {other}.',
      differs: '«{value}» difiere de «{otherValue}» en la versión {other}.',
      missingThere: 'La versión {other} no da «{value}» aquí.',
      counterpartValue: 'La versión {other} da «{otherValue}» aquí; «{value}» en la otra.',
    },
  },
  examples: {
    valid: [{ name: 'the same contacts in both versions', files: pair() }],
    invalid: [
      {
        name: 'a different phone number in the Spanish',
        files: pair(enRelease, esRelease.replace('(312) 555-0142', '(312) 555-0199')),
        messages: [{ messageId: 'differs', lang: 'es', actual: '(312) 555-0199' }],
      },
      {
        name: 'the English links to another page',
        files: pair(
          enRelease.replace(
            'by the state legislature.',
            'by the state legislature. Read the bill at https://example.org/bill-24.',
          ),
          esRelease.replace(
            'de la legislatura estatal.',
            'de la legislatura estatal. Lea la ley en https://example.org/bill-42.',
          ),
        ),
        messages: [{ messageId: 'differs', lang: 'es', actual: 'https://example.org/bill-42' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportValueDrift(context, versions, ['email', 'url', 'phone'], accept)
      },
    }
  },
})

function accept(placed: PlacedFact): boolean {
  const kind = placed.block?.kind
  if (!kind) return false
  if (kind === 'contacts') return placed.other.blocks.some((b) => b.kind === 'contacts')
  if (kind === 'other') return isProse(placed.block)
  return true
}
