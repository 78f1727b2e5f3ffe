/**
 * name-mismatch: a person's or organization's name that one language version has and the other
 * does not, in aligned sentences — a speaker swapped, a co-issuer dropped. The aligner compares
 * names accent- and case-folded ("Chacon" = "Chacón") and through cognates and a glossary, so
 * translated names are not drift. To keep errors real, a one-word name counts only when it is a
 * speaker's name, and titles ("Coordinadora", "Senior Associate") are not names.
 */
import type { Version } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { isTitleWord } from './attribution-shapes.js'
import { outsideChrome, type PlacedFact, reportValueDrift } from './drift-report.js'

/** The name-mismatch rule. */
export const nameMismatch = defineRule({
  id: 'name-mismatch',
  summary: {
    en: 'A name is in one language version only, or differs between versions.',
    es: 'Un nombre está en una sola versión lingüística o difiere entre versiones.',
  },
  description: {
    en: 'Reports names of people and organizations (two or more capitalised words, or a speaker’s surname) that the aligned sentence of the other version lacks. A name present in one version only is reported where it is, with `cause` at the aligned sentence of the other version; a name that differs is reported on the translation (every version after the first), with `cause` at the first version’s name. Page chrome and contact blocks are left out.',
    es: 'Señala nombres de personas y organizaciones (dos o más palabras en mayúscula, o el apellido de quien habla) que faltan en la oración alineada de la otra versión. Un nombre presente en una sola versión se señala donde está, con `cause` en la oración alineada de la otra; un nombre que difiere se señala en la traducción (toda versión después de la primera), con `cause` en el nombre de la primera versión. Se excluyen los elementos de página y los bloques de contacto.',
  },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: {
      onlyHere: 'The name “{value}” is not in the {other} version.',
      differs: 'The name “{value}” differs from “{otherValue}” in the {other} version.',
      missingThere: 'The {other} version does not name “{value}” here.',
      counterpartValue: 'The {other} version names “{otherValue}” here; “{value}” in the other.',
    },
    es: {
      onlyHere: 'El nombre «{value}» no está en la versión {other}.',
      differs: 'El nombre «{value}» difiere de «{otherValue}» en la versión {other}.',
      missingThere: 'La versión {other} no nombra a «{value}» aquí.',
      counterpartValue: 'La versión {other} nombra a «{otherValue}» aquí; «{value}» en la otra.',
    },
  },
  examples: {
    valid: [
      { name: 'the same names in both versions', files: pair() },
      {
        name: 'accents differ',
        files: pair(enRelease.replace(/Ana Pérez/g, 'Ana Perez'), esRelease),
      },
    ],
    invalid: [
      {
        name: 'the Spanish quote is given to someone else',
        files: pair(enRelease, esRelease.replace('dijo Ana Pérez', 'dijo Rosa Delgado')),
        messages: [{ messageId: 'differs', lang: 'es', actual: 'Rosa Delgado' }],
      },
      {
        name: 'a co-issuer named in the English only',
        files: pair(
          enRelease.replace(
            'The Farm Worker Coalition welcomed',
            'The Farm Worker Coalition and Campesinos Unidos welcomed',
          ),
          esRelease,
        ),
        messages: [{ messageId: 'onlyHere', lang: 'en', actual: 'Campesinos Unidos' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        reportValueDrift(context, versions, ['name'], (p) => outsideChrome(p) && isName(p))
      },
    }
  },
})

/** Whether a name fact names a person or an organization, not a title or a stray word. */
function isName(placed: PlacedFact): boolean {
  const words = placed.fact.text.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w))
  const lang = placed.fact.lang.split('-')[0] ?? ''
  if (words.some((w) => isTitleWord(w, lang))) return false
  if (words.length >= 2) return true
  const word = words[0]
  return word !== undefined && speakerWords(placed.version).has(word)
}

/** The words of the speakers' names of a version. */
function speakerWords(version: Version): Set<string> {
  const out = new Set<string>()
  for (const q of version.quotes) for (const w of q.speaker?.name?.split(/\s+/) ?? []) out.add(w)
  return out
}
