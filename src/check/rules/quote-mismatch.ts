/**
 * quote-mismatch: a direct quotation that one language version has and the other does not, or
 * that the versions attribute to different people. A journalist working from either version must
 * quote the same person saying the same thing.
 */
import type { QuoteMissingDrift, QuoteSpeakerDrift } from '../../align/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { causeAt, driftFacts, langLabel } from './drift-report.js'

/** The quote-mismatch rule. */
export const quoteMismatch = defineRule({
  id: 'quote-mismatch',
  summary: {
    en: 'A quote is missing from one language version, or attributed to someone else.',
    es: 'Una cita falta en una versión lingüística o se atribuye a otra persona.',
  },
  description: {
    en: 'A quotation present in one version only is reported where it is, with `cause` at the aligned text of the other version (a quote whose whole paragraph is missing is left to unmatched-paragraph). A quotation attributed to different speakers is reported on the translation (every version after the first), with `cause` at the first version’s quote.',
    es: 'Una cita presente en una sola versión se señala donde está, con `cause` en el texto alineado de la otra (si falta el párrafo entero, lo señala unmatched-paragraph). Una cita atribuida a personas distintas se señala en la traducción (toda versión después de la primera), con `cause` en la cita de la primera versión.',
  },
  langs: ['en', 'es'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: {
      missing: 'This quote is not in the {other} version.',
      missingThere: 'The {other} version has no quote here.',
      speaker:
        'This quote is attributed to {speaker}, but to {otherSpeaker} in the {other} version.',
      otherSpeaker: 'The {other} version attributes it to {otherSpeaker}; {speaker} in the other.',
    },
    es: {
      missing: 'Esta cita no está en la versión {other}.',
      missingThere: 'La versión {other} no tiene una cita aquí.',
      speaker: 'Esta cita se atribuye a {speaker}, pero a {otherSpeaker} en la versión {other}.',
      otherSpeaker: 'La versión {other} la atribuye a {otherSpeaker}; a {speaker} en la otra.',
    },
  },
  examples: {
    valid: [{ name: 'the same quote and speaker in both versions', files: pair() }],
    invalid: [
      {
        name: 'the Spanish quote is given to someone else',
        files: pair(enRelease, esRelease.replace('dijo Ana Pérez', 'dijo Rosa Delgado')),
        messages: [{ messageId: 'speaker', lang: 'es' }],
      },
      {
        name: 'the English quote is given to someone else',
        files: pair(enRelease.replace('said Ana Pérez', 'said Rosa Delgado'), esRelease),
        messages: [{ messageId: 'speaker', lang: 'es' }],
      },
    ],
  },
  create(context) {
    return {
      release(versions) {
        const seen = new Set<string>()
        for (const placed of driftFacts(context, versions, ['quote-speaker'])) {
          const fact = placed.fact as QuoteSpeakerDrift
          const translation = fact.side === 'target' ? placed.version : placed.other
          const reference = fact.side === 'target' ? placed.other : placed.version
          const tq = fact.side === 'target' ? fact.quote : fact.counterpartQuote
          const rq = fact.side === 'target' ? fact.counterpartQuote : fact.quote
          const key = `${versions.indexOf(translation)}:${tq}:${rq}`
          const own = translation.quotes[tq]
          const theirs = reference.quotes[rq]
          if (seen.has(key) || !own || !theirs) continue
          seen.add(key)
          const data = {
            speaker: own.speaker?.name ?? '?',
            otherSpeaker: theirs.speaker?.name ?? '?',
            other: langLabel(reference),
          }
          const where = own.attribution ?? own
          const cause = theirs.attribution ?? theirs
          context.report({
            version: translation,
            messageId: 'speaker',
            data,
            start: where.start,
            end: where.end,
            cause: {
              version: reference,
              start: cause.start,
              end: cause.end,
              messageId: 'otherSpeaker',
              data,
            },
          })
        }
        for (const placed of driftFacts(context, versions, ['quote-missing'])) {
          const fact = placed.fact as QuoteMissingDrift
          if (!fact.counterpart) continue
          const data = { other: langLabel(placed.other) }
          const cause = causeAt(placed, 'missingThere', data)
          context.report({
            version: placed.version,
            messageId: 'missing',
            data,
            start: fact.start,
            end: fact.end,
            ...(cause ? { cause } : {}),
          })
        }
      },
    }
  },
})
