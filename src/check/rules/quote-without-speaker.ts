/**
 * quote-without-speaker: a direct quotation that nobody says — no speaker, no attribution and no
 * statement lead ("Statement from…:", "released the following statement:"). A journalist cannot
 * use a quote without a name. Quotes of a few words are scare quotes or titles, not speech, and
 * are left alone.
 */
import type { Block, Quote, Version } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { isReportingVerb, wordsOf } from './attribution-shapes.js'
import { distinctFindings, type Finding } from './prose-blocks.js'

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
      {
        name: 'the speaker’s next paragraph of speech',
        text: enRelease.replace(
          'director of the Farm Worker Coalition.',
          'director of the Farm Worker Coalition.\n\n“We will keep working until every worker is protected by law.”',
        ),
      },
      {
        name: 'scare quotes are not speech',
        text: enRelease.replace('welcomed today', 'welcomed the “historic” vote today'),
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
    const findings: Finding[] = []
    return {
      quote(quote, { version, index }) {
        if (hasSpeaker(quote)) return
        if (wordCount(quote.text) < context.options.minWords) return
        if (hasLead(context.text, version, quote.block, quote.start)) return
        if (continuesAttributedQuote(version, index)) return
        findings.push({ messageId: 'noSpeaker', start: quote.start, end: quote.end })
      },
      version(version) {
        // The reader keeps only quotes it can attribute; a quote that lost its attribution
        // must be found in the text.
        version.blocks.forEach((block, b) => {
          if (block.kind !== 'body' && block.kind !== 'quote') return
          for (const span of quotedSpeech(block.text, block.start, context.options.minWords)) {
            if (
              version.quotes.some((q) => q.start < span.end && span.start < q.end && hasSpeaker(q))
            )
              continue
            if (isAttributedInText(block.text, context.lang)) continue
            if (hasLead(context.text, version, b, span.start)) continue
            if (followsQuotedParagraph(version, b, context.lang)) continue
            findings.push({ messageId: 'noSpeaker', start: span.start, end: span.end })
          }
        })
      },
      'version:exit'() {
        for (const f of distinctFindings(findings)) context.report(f)
        findings.length = 0
      },
    }
  },
})

/** Quoted passages of at least `minWords` words that read as speech (end in . ! ? or run on). */
function quotedSpeech(
  text: string,
  base: number,
  minWords: number,
): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = []
  for (const m of text.matchAll(/[“«"]\s*([^“”«»"]+?)\s*(?:[”»"]|$)/gu)) {
    const words = m[1] ?? ''
    if (wordCount(words) < minWords) continue
    const start = base + m.index + m[0].indexOf(words)
    out.push({ start, end: start + words.length })
  }
  return out
}

/** Whether a paragraph names a speaker in the text: a reporting verb or "according to"/"según". */
function isAttributedInText(text: string, lang: string): boolean {
  const outside = text.replace(/[“«"][^”»"]*(?:[”»"]|$)/gu, ' ')
  return wordsOf(outside).some((w) => isReportingVerb(w.text, lang))
}

/** Whether the previous prose paragraph holds attributed speech that this one may continue. */
function followsQuotedParagraph(version: Version, block: number, lang: string): boolean {
  for (let i = block - 1; i >= 0; i--) {
    const previous = version.blocks[i]
    if (!previous || previous.kind === 'other') continue
    if (previous.kind !== 'body' && previous.kind !== 'quote') return false
    return /[“«"]/u.test(previous.text) && isAttributedInText(previous.text, lang)
  }
  return false
}

function hasSpeaker(quote: Quote): boolean {
  const s = quote.speaker
  return quote.attribution !== null || (s !== null && (s.name !== null || s.organization !== null))
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length
}

/** Whether the text before a quote — in its block or the block before — is a lead ending in ":". */
function hasLead(text: string, version: Version, blockIndex: number, quoteStart: number): boolean {
  const block: Block | undefined = version.blocks[blockIndex]
  const inBlock = block ? text.slice(block.start, quoteStart).replace(/[“"«\s]+$/, '') : ''
  if (inBlock.trim() && LEAD.test(inBlock)) return true
  if (inBlock.trim()) return false
  for (let i = blockIndex - 1; i >= 0; i--) {
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
