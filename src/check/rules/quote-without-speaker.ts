/**
 * quote-without-speaker: a direct quotation that nobody says — no speaker, no attribution and no
 * statement lead ("Statement from…:", "released the following statement:"). A journalist cannot
 * use a quote without a name. Quotes of a few words are scare quotes or titles, not speech, and
 * are left alone.
 */
import type { Block, Quote, Version } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'

/** Options of quote-without-speaker. */
export interface QuoteWithoutSpeakerOptions extends Record<string, unknown> {
  /** Quotes shorter than this many words are not treated as speech. */
  minWords: number
}

/** Words of a lead that introduces a statement ("the following statement:", "declaró:"). */
const LEAD =
  /(?:statement|remarks|said|says|stated|following|declaraci[oó]n(?:es)?|comunicado|dijo|afirm[oó]|siguiente|siguientes)[^.!?]*:\s*$|:\s*$/iu

/** The quote-without-speaker rule. */
export const quoteWithoutSpeaker = defineRule<QuoteWithoutSpeakerOptions>({
  id: 'quote-without-speaker',
  summary: {
    en: 'A direct quote has no speaker and no statement lead.',
    es: 'Una cita directa no tiene hablante ni entradilla que la atribuya.',
  },
  description: {
    en: 'Every quotation a journalist may reuse needs a named speaker: an attribution (“said Ana Pérez, director of…”) or a lead before it (“Statement from Ana Pérez:”). Quotes of fewer than `minWords` words are taken for scare quotes or titles.',
    es: 'Toda cita que un periodista pueda reutilizar necesita un hablante con nombre: una atribución («dijo Ana Pérez, directora de…») o una entradilla («Declaración de Ana Pérez:»). Las citas de menos de `minWords` palabras se toman por comillas de énfasis o títulos.',
  },
  langs: ['en', 'es'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'warning', options: { minWords: 5 } },
  messages: {
    en: { noSpeaker: 'This quote has no speaker: add who said it.' },
    es: { noSpeaker: 'Esta cita no tiene hablante: indique quién la dijo.' },
  },
  examples: {
    valid: [
      { name: 'the quote is attributed', files: pair() },
      {
        name: 'a statement lead names the speaker',
        text: enRelease.replace(
          '“This is a victory for every family that works the land,” said Ana Pérez, director of the Farm Worker Coalition.',
          'Statement from Ana Pérez, director of the Farm Worker Coalition:\n\n“This is a victory for every family that works the land.”',
        ),
      },
    ],
    invalid: [
      {
        name: 'the Spanish quote lost its attribution',
        files: pair(
          enRelease,
          esRelease.replace(
            '“Esta es una victoria para cada familia que trabaja la tierra”, dijo Ana Pérez, directora de la Farm Worker Coalition.',
            'La coalición trabajó durante años por esta ley.\n\n“Esta es una victoria para cada familia que trabaja la tierra.”',
          ),
        ),
        messages: [
          {
            messageId: 'noSpeaker',
            lang: 'es',
            actual: 'Esta es una victoria para cada familia que trabaja la tierra.',
          },
        ],
      },
    ],
  },
  create(context) {
    return {
      quote(quote, { version, index }) {
        if (hasSpeaker(quote)) return
        if (wordCount(quote.text) < context.options.minWords) return
        if (hasLead(context.text, version, quote)) return
        if (continuesAttributedQuote(version, index)) return
        context.report({ messageId: 'noSpeaker', start: quote.start, end: quote.end })
      },
    }
  },
})

function hasSpeaker(quote: Quote): boolean {
  const s = quote.speaker
  return quote.attribution !== null || (s !== null && (s.name !== null || s.organization !== null))
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
}

/** Whether the text before the quote — in its block or the block before — is a lead ending in ":". */
function hasLead(text: string, version: Version, quote: Quote): boolean {
  const block: Block | undefined = version.blocks[quote.block]
  const inBlock = block ? text.slice(block.start, quote.start).replace(/[“"«\s]+$/, '') : ''
  if (inBlock.trim() && LEAD.test(inBlock)) return true
  if (inBlock.trim()) return false
  for (let i = quote.block - 1; i >= 0; i--) {
    const previous = version.blocks[i]
    if (!previous || previous.kind === 'other') continue
    return LEAD.test(previous.text.trimEnd())
  }
  return false
}

/**
 * Whether the quote follows an attributed quote in the same or the previous paragraph: releases
 * let a speaker's next paragraph of speech stand without repeating the name.
 */
function continuesAttributedQuote(version: Version, index: number): boolean {
  const quote = version.quotes[index]
  const previous = version.quotes[index - 1]
  if (!quote || !previous || !hasSpeaker(previous)) return false
  return quote.block - previous.block <= 1
}
