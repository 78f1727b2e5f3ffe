/**
 * The engine: runs the configured rules over a release and returns diagnostics as plain data.
 * Version-scope rules get visitors called over each version's nodes in document order;
 * release-scope rules get all versions and lazy alignment facts. Severity comes from the
 * configuration, never from the rule; messages are filled in the requested locale.
 */
import {
  createLocationIndex,
  type Diagnostic,
  type LocationIndex,
  primaryLang,
  type Release,
  type Version,
  versionText,
} from '../core/index.js'
import { defaultAlignmentProvider } from './alignment-provider.js'
import { type ResolvedConfig, recommendedConfig } from './config.js'
import { formatMessage, ruleMessage } from './messages.js'
import type {
  AlignmentProvider,
  AnyRule,
  CauseDescriptor,
  Locale,
  ReportDescriptor,
  RuleContext,
  Visitors,
} from './rule.js'
import { rules as registeredRules } from './rules/index.js'

/** Options of {@link checkRelease}. */
export interface CheckOptions {
  /** Resolved configuration; the recommended preset when omitted. */
  config?: ResolvedConfig
  /** Where alignment and drift facts come from; the aligner when omitted. */
  alignments?: AlignmentProvider
  /** Language of the messages; the configuration's, else English. */
  locale?: Locale
  /** The rules to know; the registered rules when omitted. */
  rules?: readonly AnyRule[]
}

/** Checks a release and returns its diagnostics, sorted by file and offset. */
export function checkRelease(release: Release, options: CheckOptions = {}): Diagnostic[] {
  const rules = options.rules ?? registeredRules
  const config = options.config ?? recommendedConfig(rules)
  const locale: Locale = options.locale ?? config.locale ?? 'en'
  const provider = cachedProvider(options.alignments ?? defaultAlignmentProvider)
  const indexes = new Map<number, LocationIndex>()
  const indexOf = (source: number): LocationIndex => {
    let index = indexes.get(source)
    if (!index) {
      index = createLocationIndex(release.sources[source]?.text ?? '')
      indexes.set(source, index)
    }
    return index
  }
  const out: Diagnostic[] = []
  for (const rule of rules) {
    const setting = config.rules[rule.id]
    const severity = setting?.severity ?? rule.defaults.severity
    if (severity === 'off') continue
    const ruleOptions = setting?.options ?? rule.defaults.options
    const versions = release.versions.filter((v) => appliesTo(rule, v))
    if (versions.length === 0) continue

    const toDiagnostic = (current: Version, d: ReportDescriptor): Diagnostic => {
      const version = d.version ?? current
      const diagnostic = baseDiagnostic(version, d.start, d.end)
      diagnostic.ruleId = rule.id
      diagnostic.severity = severity
      diagnostic.messageId = d.messageId
      diagnostic.message = ruleMessage(rule, d.messageId, d.data, locale)
      if (d.data) diagnostic.data = d.data
      if (d.actual !== undefined) diagnostic.actual = d.actual
      if (d.expected) diagnostic.expected = d.expected
      if (d.fix) diagnostic.fix = d.fix
      if (d.suggestions && d.suggestions.length > 0)
        diagnostic.suggestions = d.suggestions.map((s) => ({
          message: ruleMessage(rule, s.messageId, s.data, locale),
          fix: s.fix,
        }))
      if (d.cause) diagnostic.cause = causeDiagnostic(d.cause)
      diagnostic.url = `docs/rules/${rule.id}.md`
      return diagnostic
    }
    const baseDiagnostic = (version: Version, start: number, end: number): Diagnostic => {
      const index = indexOf(version.source)
      const diagnostic: Diagnostic = {
        ruleId: rule.id,
        severity,
        message: '',
        lang: version.lang,
        place: index.toPosition(Math.min(start, end), Math.max(start, end)),
      }
      const file = release.sources[version.source]?.file
      if (file !== undefined) diagnostic.file = file
      return diagnostic
    }
    const causeDiagnostic = (cause: CauseDescriptor): Diagnostic => {
      const diagnostic = baseDiagnostic(cause.version, cause.start, cause.end)
      diagnostic.severity = 'info'
      if (cause.messageId) {
        diagnostic.messageId = cause.messageId
        diagnostic.message = ruleMessage(rule, cause.messageId, cause.data, locale)
        if (cause.data) diagnostic.data = cause.data
      } else diagnostic.message = formatMessage(cause.message ?? '', cause.data)
      return diagnostic
    }

    const makeContext = (version: Version): RuleContext => ({
      id: rule.id,
      release,
      version,
      text: versionText(release, version),
      lang: primaryLang(version.lang),
      options: ruleOptions,
      terminology: config.terminology,
      textOf: (v) => versionText(release, v),
      alignment: <T>(a: Version, b: Version) => provider.alignment(release, a, b) as T,
      drift: <T>(a: Version, b: Version) => provider.drift(release, a, b) as T[],
      report: (d) => {
        out.push(toDiagnostic(version, d))
      },
    })

    if (rule.scope === 'release') {
      const first = versions[0]
      if (!first) continue
      const visitors = rule.create(makeContext(first))
      visitors.release?.(versions)
      continue
    }
    for (const version of versions) visit(version, rule.create(makeContext(version)))
  }
  return sortDiagnostics(dedupe(out))
}

function appliesTo(rule: AnyRule, version: Version): boolean {
  return rule.langs.includes('*') || rule.langs.includes(primaryLang(version.lang))
}

/** Calls a rule's visitors over one version's nodes in a fixed, documented order. */
function visit(version: Version, visitors: Visitors): void {
  visitors.version?.(version)
  if (visitors.date && version.date) visitors.date(version.date, { version, index: 0 })
  if (visitors.headline && version.headline)
    visitors.headline(version.headline, {
      version,
      index: version.blocks.indexOf(version.headline),
    })
  if (visitors.dateline && version.dateline)
    visitors.dateline(version.dateline, { version, index: 0 })
  const { contact, block, quote, boilerplate } = visitors
  if (contact)
    for (const [index, node] of version.contacts.entries()) contact(node, { version, index })
  if (block) for (const [index, node] of version.blocks.entries()) block(node, { version, index })
  if (quote) for (const [index, node] of version.quotes.entries()) quote(node, { version, index })
  if (boilerplate)
    for (const [index, node] of version.boilerplates.entries())
      boilerplate(node, { version, index })
  if (visitors['end-mark'] && version.endMark)
    visitors['end-mark'](version.endMark, { version, index: 0 })
  visitors['version:exit']?.(version)
}

function cachedProvider(provider: AlignmentProvider): AlignmentProvider {
  const alignments = new Map<string, unknown>()
  const drifts = new Map<string, unknown[]>()
  const key = (release: Release, a: Version, b: Version) =>
    `${release.versions.indexOf(a)}:${release.versions.indexOf(b)}`
  return {
    alignment(release, a, b) {
      const k = key(release, a, b)
      if (!alignments.has(k)) alignments.set(k, provider.alignment(release, a, b))
      return alignments.get(k)
    },
    drift(release, a, b) {
      const k = key(release, a, b)
      let facts = drifts.get(k)
      if (!facts) {
        facts = provider.drift(release, a, b)
        drifts.set(k, facts)
      }
      return facts
    },
  }
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>()
  return diagnostics.filter((d) => {
    const k = `${d.ruleId}|${d.file}|${d.place?.start.offset}|${d.place?.end.offset}|${d.message}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** Sorts diagnostics by file, then start offset, then rule id. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) =>
      compare(a.file ?? '', b.file ?? '') ||
      (a.place?.start.offset ?? 0) - (b.place?.start.offset ?? 0) ||
      compare(a.ruleId, b.ruleId),
  )
}

/** Code-unit order: stable across locales, and without the cost of loading a collator. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
