/**
 * dangling-attribution: an attribution whose title ends in a preposition, conjunction or article
 * with nothing named after it — "stated Matt Nelson, executive director of", "afirmó Matt Nelson,
 * director ejecutivo de". The organization was cut, and every journalist who quotes the release
 * will either drop the speaker's affiliation or call to ask. The text of every prose paragraph is
 * scanned, not only the reader's quotes, because a broken attribution is often not read as one.
 */
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { findDanglingAttributions } from './attribution-shapes.js'
import { distinctFindings, type Finding, proseBlocks } from './prose-blocks.js'

/** The dangling-attribution rule. */
export const danglingAttribution = defineRule({
  id: 'dangling-attribution',
  summary: {
    en: 'An attribution ends in “of”, “at”, “de”… with no organization named.',
    es: 'Una atribución termina en «de», «del», «of»… sin nombrar la organización.',
  },
  description: {
    en: 'A title such as “executive director of” must be followed by the organization. The rule looks for a title word (director, president, spokesperson, directora, vocera…) a few words before a preposition, conjunction or article that ends the sentence or the paragraph.',
    es: 'Un cargo como «director ejecutivo de» debe ir seguido de la organización. La regla busca una palabra de cargo (director, presidenta, vocera…) pocas palabras antes de una preposición, conjunción o artículo que cierra la oración o el párrafo.',
  },
  langs: ['en', 'es'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: {
      dangling: 'Attribution ends in “{word}” with nothing named after it; name the organization.',
    },
    es: {
      dangling:
        'La atribución termina en «{word}» sin nada nombrado después; nombre la organización.',
    },
  },
  examples: {
    valid: [
      { name: 'the organization is named', files: pair() },
      {
        name: 'a preposition at the end of ordinary prose',
        text: enRelease.replace(
          'welcomed today',
          'welcomed a decision we can all be proud of, today',
        ),
      },
    ],
    invalid: [
      {
        name: 'the organization was cut after “director of”',
        text: enRelease.replace('director of the Farm Worker Coalition.', 'director of'),
        messages: [{ messageId: 'dangling', lang: 'en', actual: 'said Ana Pérez, director of' }],
      },
      {
        name: 'Spanish: “directora de” with a full stop after it',
        files: pair(
          enRelease,
          esRelease.replace('directora de la Farm Worker Coalition', 'directora de'),
        ),
        messages: [{ messageId: 'dangling', lang: 'es', actual: 'dijo Ana Pérez, directora de' }],
      },
      {
        name: 'a statement lead that ends in “of:”',
        text: enRelease.replace(
          '“This is a victory',
          'Statement from Ana Pérez, Executive Director of:\n\n“This is a victory',
        ),
        messages: [
          {
            messageId: 'dangling',
            lang: 'en',
            actual: 'Statement from Ana Pérez, Executive Director of',
          },
        ],
      },
    ],
  },
  create(context) {
    const findings: Finding[] = []
    const add = (start: number, end: number, word: string) =>
      findings.push({ start, end, messageId: 'dangling', data: { word } })
    return {
      version(version) {
        for (const block of proseBlocks(version))
          for (const span of findDanglingAttributions(block.text, block.start, context.lang))
            add(span.start, span.end, lastWord(span.text))
      },
      quote(quote) {
        const attribution = quote.attribution
        if (!attribution) return
        for (const span of findDanglingAttributions(
          attribution.text,
          attribution.start,
          context.lang,
        ))
          add(span.start, span.end, lastWord(span.text))
      },
      'version:exit'() {
        for (const f of distinctFindings(findings)) context.report(f)
        findings.length = 0
      },
    }
  },
})

function lastWord(text: string): string {
  return /(\S+)\s*$/.exec(text)?.[1] ?? text
}
