/**
 * Input front-ends: plain text, Markdown, HTML and DOCX bytes → a {@link Source} whose text
 * every offset refers to. Browser-safe; parse5 and mammoth are imported only when needed.
 */
export {
  type DecodeOptions,
  decodeText,
  firstInvalidUtf8,
  normalizeNewlines,
} from './decode-text.js'
export { htmlOffset } from './html-offset.js'
export { InputError, type InputErrorReason } from './input-error.js'
export { maskMarkdown } from './mask-markdown.js'
export {
  declaredHtmlEncoding,
  describeMagic,
  formatOfFile,
  inputLimits,
  type ReadSourceOptions,
  readSource,
  type SourceFormat,
  sniffFormat,
} from './read-source.js'
