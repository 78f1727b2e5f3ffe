/**
 * The rule API: what a rule is (a plain object made with `defineRule`), the context it gets,
 * the visitors it returns and the examples that drive its tests, doc page and `--explain`.
 * Rules never mutate the release; they report, and a fix is an edit.
 */
import type {
  Block,
  Boilerplate,
  Contact,
  Dateline,
  Diagnostic,
  Edit,
  EndMark,
  Lang,
  Quote,
  Release,
  ReleaseDate,
  Severity,
  Version,
} from '../core/index.js'

/** A severity a configuration may give a rule; `off` disables it. */
export type RuleLevel = Severity | 'off'

/** Languages of the message catalogue (`--locale`). */
export type Locale = 'en' | 'es'

/** Whether a rule looks at one version at a time or at all versions together. */
export type RuleScope = 'version' | 'release'

/** Rule options: plain JSON values, merged over the rule's defaults. */
export type RuleOptions = Record<string, unknown>

/** A catalogue of messages per locale: `{ en: { id: 'text with {placeholder}' }, es: {…} }`. */
export type MessageCatalogue = Record<Locale, Record<string, string>>

/** One source of an example release: `{ file: 'en.txt', text }`. */
export interface ExampleFile {
  file: string
  text: string
}

/** A release the rule must not report on. */
export interface ValidExample<O extends RuleOptions = RuleOptions> {
  /** Why this is fine (shown in the doc page). */
  name?: string
  /** One file holding the release (one or several language versions). */
  text?: string
  /** Several files, one per language version. */
  files?: ExampleFile[]
  /** Options for the rule in this example, merged over its defaults. */
  options?: Partial<O>
  /** Configured terminology for this example. */
  terminology?: TermEntry[]
  /** Languages of the versions, when the text is too short to identify them (`['en']`). */
  langs?: string[]
}

/** A message an invalid example must produce. */
export interface ExpectedMessage {
  messageId: string
  /** Primary language of the version it is reported on. */
  lang?: string
  /** The exact text the diagnostic spans. */
  actual?: string
}

/** A release the rule must report on, with the expected messages and fixed output. */
export interface InvalidExample<O extends RuleOptions = RuleOptions> extends ValidExample<O> {
  messages: ExpectedMessage[]
  /** The text after applying safe fixes (per file with `files`). Omitted: no fix expected. */
  output?: string | string[]
}

/** A rule's examples: they run as its tests and make its doc page. */
export interface RuleExamples<O extends RuleOptions = RuleOptions> {
  valid: ValidExample<O>[]
  invalid: InvalidExample<O>[]
}

/** The related place of a diagnostic, e.g. the counterpart sentence in the other language. */
export interface CauseDescriptor {
  version: Version
  start: number
  end: number
  /** A catalogued message id of the reporting rule, or plain text. */
  messageId?: string
  message?: string
  data?: Record<string, string | number>
}

/** An edit offered but not applied automatically. */
export interface SuggestionDescriptor {
  messageId: string
  data?: Record<string, string | number>
  fix: Edit
}

/** What a rule passes to `context.report`. Offsets are into the version's source text. */
export interface ReportDescriptor {
  messageId: string
  data?: Record<string, string | number>
  start: number
  end: number
  /** The version reported on; defaults to the version being visited (required in release scope). */
  version?: Version
  /** A safe, minimal edit that `--fix` applies. */
  fix?: Edit
  /** Edits that need a person's judgement; never applied by `--fix`. */
  suggestions?: SuggestionDescriptor[]
  cause?: CauseDescriptor
  actual?: string
  expected?: string[]
}

/** A configured term: its exact form and, optionally, the variants to replace. */
export interface TermEntry {
  /** The exact form to use ("Alianza Americas"). */
  term: string
  /** Wrong forms to flag; when omitted, case/accent/spacing variants of `term` are flagged. */
  variants?: string[]
  /** Restrict to these primary languages. */
  langs?: string[]
}

/** Alignment facts between two versions, computed lazily and cached by the engine. */
export interface AlignmentProvider {
  /** The alignment of two versions (the aligner's `Alignment`). */
  alignment(release: Release, a: Version, b: Version): unknown
  /** The drift facts between two versions (the aligner's `DriftFact[]`). */
  drift(release: Release, a: Version, b: Version): unknown[]
}

/** What a rule sees while it runs. */
export interface RuleContext<O extends RuleOptions = RuleOptions> {
  readonly id: string
  readonly release: Release
  /** The version being visited (version scope); in release scope the first version. */
  readonly version: Version
  /** The source text of the visited version: every offset refers to it. */
  readonly text: string
  /** Primary language of the visited version ('en', 'es', …). */
  readonly lang: string
  /** The rule's options: defaults merged with configuration. */
  readonly options: O
  /** Configured terminology. */
  readonly terminology: readonly TermEntry[]
  /** The source text of any version. */
  textOf(version: Version): string
  /** The alignment of two versions (computed once per pair, on first use). */
  alignment<T = unknown>(a: Version, b: Version): T
  /** The drift facts between two versions (computed once per pair, on first use). */
  drift<T = unknown>(a: Version, b: Version): T[]
  /** Reports a problem. */
  report(descriptor: ReportDescriptor): void
}

/** Extra facts given to a node visitor. */
export interface VisitInfo {
  version: Version
  /** Index of the node in its list (blocks, quotes, contacts, boilerplates). */
  index: number
}

/** Visitors keyed by node type; each is called for every such node of a version. */
export interface Visitors {
  /** Once per version, before its nodes. */
  version?: (version: Version) => void
  /** Once per version, after its nodes. */
  'version:exit'?: (version: Version) => void
  block?: (block: Block, info: VisitInfo) => void
  headline?: (block: Block, info: VisitInfo) => void
  quote?: (quote: Quote, info: VisitInfo) => void
  contact?: (contact: Contact, info: VisitInfo) => void
  boilerplate?: (boilerplate: Boilerplate, info: VisitInfo) => void
  dateline?: (dateline: Dateline, info: VisitInfo) => void
  date?: (date: ReleaseDate, info: VisitInfo) => void
  'end-mark'?: (endMark: EndMark, info: VisitInfo) => void
  /** Release scope: once, with every version. */
  release?: (versions: Version[]) => void
}

/** A rule: one file, plain data plus `create`. */
export interface Rule<O extends RuleOptions = RuleOptions> {
  /** Stable kebab-case id, equal to the file name. */
  id: string
  /** One line per locale for lists and doc pages. */
  summary: Record<Locale, string>
  /** Primary languages it runs on; `['*']` for all. */
  langs: readonly string[]
  scope: RuleScope
  /** Whether it offers safe fixes (`--fix`). */
  fixable: boolean
  /** Severity in the recommended preset and default options. */
  defaults: { severity: RuleLevel; options: O }
  messages: MessageCatalogue
  /** Longer explanation per locale (doc page, `--explain`). */
  description?: Record<Locale, string>
  examples: RuleExamples<O>
  create(context: RuleContext<O>): Visitors
}

/** A rule of any options type, as stored in the registry. */
// biome-ignore lint/suspicious/noExplicitAny: the registry holds rules of every options type
export type AnyRule = Rule<any>

/** The diagnostic type rules produce (re-exported for rule authors). */
export type { Diagnostic, Lang }
