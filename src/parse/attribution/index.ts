/**
 * Attribution: direct quotes, their speakers, and the boilerplates ("About X") of one language
 * version of a release. The structure reader calls these from `parseRelease`; both are pure
 * functions of the source text and the version's blocks. See docs/quotes.md.
 */
export { extractBoilerplates } from './boilerplates.js'
export { extractQuotes, quoteEligibility } from './extract-quotes.js'
export { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase.js'
