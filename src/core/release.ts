/**
 * The release model: one release, its language versions, and each version's blocks and the
 * facts read from them (date, dateline, contacts, quotes, end mark, boilerplates). Plain,
 * JSON-expressible data; every offset is into the text of the version's source
 * (`Release.sources[version.source].text`). See docs/model.md.
 */
import type { Diagnostic } from './diagnostic.js'
import type { Lang } from './lang.js'

/** What a block is in a press release. */
export type BlockKind =
  | 'release-line'
  | 'date'
  | 'contacts'
  | 'headline'
  | 'subheadline'
  | 'body'
  | 'quote'
  | 'end-mark'
  | 'boilerplate'
  | 'other'

/** Every block kind, in the order a release usually has them. */
export const blockKinds: readonly BlockKind[] = [
  'release-line',
  'date',
  'contacts',
  'headline',
  'subheadline',
  'body',
  'quote',
  'end-mark',
  'boilerplate',
  'other',
]

/** A paragraph-level unit of a version, in document order. `text` is `source.slice(start, end)`. */
export interface Block {
  type: 'block'
  kind: BlockKind
  text: string
  start: number
  end: number
}

/** A text the release was read from: a file, standard input, or the extracted text of HTML/DOCX. */
export interface Source {
  /** File name as given (`-` for standard input). */
  file: string
  /** The input format the text came from. */
  format: 'text' | 'markdown' | 'html' | 'docx'
  /** The text that every offset refers to: the file after BOM removal and CRLF→LF. */
  text: string
  /**
   * For HTML: runs of `text` and the ranges of the HTML file (after BOM removal and CRLF→LF)
   * they were read from, flattened as `[textStart, textEnd, htmlStart, htmlEnd, …]` in text
   * order. Absent for text, Markdown (offsets are the file's) and DOCX. See docs/input.md.
   */
  htmlMap?: number[]
}

/** The place and exact text of a dateline ("CHICAGO –"). */
export interface Dateline {
  /** The place as written ("CHICAGO", "WASHINGTON, D.C."). */
  place: string
  /** The dateline as written, with its dash. */
  text: string
  start: number
  end: number
}

/** A media contact. Unknown fields are null. */
export interface Contact {
  name: string | null
  phone: string | null
  /** A valid address, or null when the text holds none (see `emailText`). */
  email: string | null
  organization: string | null
  /** Title as written ("Communications Director"), when given. */
  title?: string | null
  /** What stood in the e-mail's place when it is not an address ("[email protected]"). */
  emailText?: string | null
  start: number
  end: number
}

/** Who a quote is attributed to. Unknown fields are null. */
export interface Speaker {
  name: string | null
  title: string | null
  organization: string | null
}

/** The attribution of a quote ("stated Oscar Chacon, executive director of Alianza Americas"). */
export interface Attribution {
  text: string
  start: number
  end: number
  /** The reporting verb as written ("stated", "afirmó"), or null ("Statement from X:"). */
  verb: string | null
}

/** A direct quotation. `start`/`end` span the quoted words, without the marks. */
export interface Quote {
  type: 'quote'
  text: string
  speaker: Speaker | null
  /** Index into the version's `blocks` of the block where the quote starts. */
  block: number
  start: number
  end: number
  attribution: Attribution | null
}

/** An "about" paragraph and the organization it describes (null when its name is missing). */
export interface Boilerplate {
  organization: string | null
  /** Index into the version's `blocks`. */
  block: number
  start: number
  end: number
}

/** The end mark ("###", "-30-", "FIN") and where it stands. */
export interface EndMark {
  text: string
  start: number
  end: number
}

/** A release date as read. */
export interface ReleaseDate {
  /** ISO `YYYY-MM-DD`. */
  iso: string
  text: string
  start: number
  end: number
}

/** One language version of a release. */
export interface Version {
  type: 'version'
  lang: Lang
  /** Index into `Release.sources`. */
  source: number
  /** The range of the source this version covers. */
  start: number
  end: number
  date: ReleaseDate | null
  headline: Block | null
  subheadline: Block | null
  dateline: Dateline | null
  contacts: Contact[]
  blocks: Block[]
  quotes: Quote[]
  endMark: EndMark | null
  boilerplates: Boilerplate[]
}

/** A release: its sources and its language versions. */
export interface Release {
  type: 'release'
  sources: Source[]
  versions: Version[]
  /** Problems found while reading (e-mail debris, ambiguous dates, unknown language…). */
  diagnostics: Diagnostic[]
}

/** The text of a version's source. */
export function versionText(release: Release, version: Version): string {
  return release.sources[version.source]?.text ?? ''
}
