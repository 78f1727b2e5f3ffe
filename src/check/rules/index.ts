/**
 * The registered rules: a plain list, one import per rule file. Add a rule by importing it and
 * appending it to `rules` (keep the list sorted by id).
 */
import type { AnyRule } from '../rule.js'
import { contactMismatch } from './contact-mismatch.js'
import { contactsDiffer } from './contacts-differ.js'
import { danglingAttribution } from './dangling-attribution.js'
import { dashStyle } from './dash-style.js'
import { dateMismatch } from './date-mismatch.js'
import { datelineMismatch } from './dateline-mismatch.js'
import { doubledWords } from './doubled-words.js'
import { headlineAllCaps } from './headline-all-caps.js'
import { headlineTooLong } from './headline-too-long.js'
import { invalidEmail } from './invalid-email.js'
import { invalidPhone } from './invalid-phone.js'
import { longSentence } from './long-sentence.js'
import { missingBoilerplate } from './missing-boilerplate.js'
import { missingCoordinate } from './missing-coordinate.js'
import { missingDate } from './missing-date.js'
import { missingDateline } from './missing-dateline.js'
import { missingEndMark } from './missing-end-mark.js'
import { missingHeadline } from './missing-headline.js'
import { missingMediaContact } from './missing-media-contact.js'
import { missingSubject } from './missing-subject.js'
import { nameMismatch } from './name-mismatch.js'
import { numberMismatch } from './number-mismatch.js'
import { quoteMismatch } from './quote-mismatch.js'
import { quoteStyle } from './quote-style.js'
import { quoteWithoutSpeaker } from './quote-without-speaker.js'
import { readingEase } from './reading-ease.js'
import { spanishQuotePunctuation } from './spanish-quote-punctuation.js'
import { termVariants } from './term-variants.js'
import { terminology } from './terminology.js'
import { unbalancedQuotes } from './unbalanced-quotes.js'
import { unmatchedParagraph } from './unmatched-paragraph.js'
import { unmatchedSentence } from './unmatched-sentence.js'

/** Every rule Comunicado knows, in id order. */
export const rules: readonly AnyRule[] = [
  contactMismatch,
  contactsDiffer,
  danglingAttribution,
  dashStyle,
  dateMismatch,
  datelineMismatch,
  doubledWords,
  headlineAllCaps,
  headlineTooLong,
  invalidEmail,
  invalidPhone,
  longSentence,
  missingBoilerplate,
  missingCoordinate,
  missingDate,
  missingDateline,
  missingEndMark,
  missingHeadline,
  missingMediaContact,
  missingSubject,
  nameMismatch,
  numberMismatch,
  quoteMismatch,
  quoteStyle,
  quoteWithoutSpeaker,
  readingEase,
  spanishQuotePunctuation,
  termVariants,
  terminology,
  unbalancedQuotes,
  unmatchedParagraph,
  unmatchedSentence,
]
