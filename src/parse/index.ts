/**
 * The reader: decoded sources → a {@link Release} with language versions, blocks, dates,
 * datelines, contacts, quotes, end marks and boilerplates. Other folders import only from here.
 */

export { isParseError, ParseError, type ParseErrorReason } from './parse-error.js'
export { type ParseOptions, parseRelease } from './parse-release.js'
