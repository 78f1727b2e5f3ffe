/**
 * The reader: decoded sources → a {@link Release} with language versions, blocks, dates,
 * datelines, contacts, quotes, end marks and boilerplates. Other folders import only from here.
 */

export { type DateMatch, findDates, parseDate } from './dates.js'
export { identifyLang, type LangScores, scoreLang } from './identify-lang.js'
export {
  describeMagic,
  formatOfFile,
  htmlOffset,
  InputError,
  type InputErrorReason,
  inputLimits,
  maskMarkdown,
  type ReadSourceOptions,
  readSource,
  type SourceFormat,
  sniffFormat,
} from './input/index.js'
export { isParseError, ParseError, type ParseErrorReason } from './parse-error.js'
export {
  type ParseJson,
  type ParseJsonBlock,
  type ParseJsonVersion,
  toParseJson,
} from './parse-json.js'
export { type ParseOptions, parseRelease } from './parse-release.js'
export { fold, squash } from './text-utils.js'
