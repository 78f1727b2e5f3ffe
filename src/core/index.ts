/**
 * The core: the release model, positions, languages and diagnostics. Imports nothing from Node,
 * so every layer and the browser editor share it.
 */
export type { Diagnostic, Edit, Severity, Suggestion } from './diagnostic.js'
export {
  isSupportedLang,
  type Lang,
  normalizeLang,
  primaryLang,
  type SupportedLang,
  supportedLangs,
} from './lang.js'
export { createLocationIndex, type LocationIndex } from './location-index.js'
export type { Point, Position, Span } from './position.js'
export {
  type Attribution,
  type Block,
  type BlockKind,
  type Boilerplate,
  blockKinds,
  type Contact,
  type Dateline,
  type EndMark,
  type Quote,
  type Release,
  type ReleaseDate,
  type Source,
  type Speaker,
  type Version,
  versionText,
} from './release.js'
