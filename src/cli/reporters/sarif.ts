/**
 * The SARIF 2.1.0 reporter: one run whose tool.driver.rules carries every rule's metadata
 * (summary, default level, doc page), and one result per diagnostic with its region (lines,
 * UTF-16 columns and character offsets), its related location (the `cause`, e.g. the
 * counterpart in the other language) and its fix and suggestions as SARIF fixes. Code-scanning
 * services and editors read it as is; a test validates it against the official schema.
 */

import type { AnyRule, Locale, ResolvedConfig, RuleLevel } from '../../check/index.js'
import type { Diagnostic, Edit, Severity } from '../../core/index.js'

/** Options of {@link formatSarif}. */
export interface SarifOptions {
  rules: readonly AnyRule[]
  config?: ResolvedConfig
  locale?: Locale
  /** Version of comunicado, when known. */
  version?: string
  /** Absolute base of the rule pages (`https://…/docs/rules/`), for `helpUri`. */
  docsBaseUri?: string
}

type SarifLevel = 'error' | 'warning' | 'note' | 'none'

const levels: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note' }

function levelOf(level: RuleLevel): SarifLevel {
  return level === 'off' ? 'none' : levels[level]
}

function uriOf(file: string | undefined): string {
  return (file ?? '-').split('/').map(encodeURIComponent).join('/')
}

function pascal(id: string): string {
  return id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase())
}

function region(d: Diagnostic): Record<string, number> | undefined {
  if (!d.place) return undefined
  const { start, end } = d.place
  return {
    startLine: start.line,
    startColumn: start.column,
    endLine: end.line,
    endColumn: end.column,
    charOffset: start.offset,
    charLength: Math.max(0, end.offset - start.offset),
  }
}

function physicalLocation(d: Diagnostic): Record<string, unknown> {
  const r = region(d)
  return { artifactLocation: { uri: uriOf(d.file) }, ...(r ? { region: r } : {}) }
}

function sarifFix(file: string | undefined, description: string, edit: Edit, safe: boolean) {
  return {
    description: { text: description },
    artifactChanges: [
      {
        artifactLocation: { uri: uriOf(file) },
        replacements: [
          {
            deletedRegion: { charOffset: edit.range[0], charLength: edit.range[1] - edit.range[0] },
            insertedContent: { text: edit.text },
          },
        ],
      },
    ],
    properties: { safe },
  }
}

/** The SARIF log as an object. */
export function toSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): object {
  const locale = options.locale ?? 'en'
  const ruleIndex = new Map(options.rules.map((r, i) => [r.id, i]))
  const rules = options.rules.map((rule) => {
    const setting = options.config?.rules[rule.id]
    const level = setting?.severity ?? rule.defaults.severity
    return {
      id: rule.id,
      name: pascal(rule.id),
      shortDescription: { text: rule.summary[locale] },
      fullDescription: { text: rule.description?.[locale] ?? rule.summary[locale] },
      ...(options.docsBaseUri ? { helpUri: `${options.docsBaseUri}${rule.id}.md` } : {}),
      help: { text: `docs/rules/${rule.id}.md` },
      defaultConfiguration: { level: levelOf(level), enabled: level !== 'off' },
      properties: { fixable: rule.fixable, scope: rule.scope, langs: [...rule.langs] },
    }
  })
  const files = [...new Set(diagnostics.map((d) => uriOf(d.file)))]
  const results = diagnostics.map((d) => {
    const index = ruleIndex.get(d.ruleId)
    const fixes = [
      ...(d.fix ? [sarifFix(d.file, d.message, d.fix, true)] : []),
      ...(d.suggestions ?? []).map((s) => sarifFix(d.file, s.message, s.fix, false)),
    ]
    return {
      ruleId: d.ruleId,
      ...(index !== undefined ? { ruleIndex: index } : {}),
      level: levels[d.severity],
      message: { text: d.message },
      locations: [{ physicalLocation: physicalLocation(d) }],
      ...(d.cause
        ? {
            relatedLocations: [
              {
                id: 1,
                physicalLocation: physicalLocation(d.cause),
                message: { text: d.cause.message },
              },
            ],
          }
        : {}),
      ...(fixes.length > 0 ? { fixes } : {}),
      properties: {
        ...(d.lang ? { lang: d.lang } : {}),
        ...(d.messageId ? { messageId: d.messageId } : {}),
        ...(d.data ? { data: d.data } : {}),
      },
    }
  })
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'comunicado',
            ...(options.version ? { version: options.version } : {}),
            informationUri: 'https://www.npmjs.com/package/comunicado',
            rules,
          },
        },
        artifacts: files.map((uri) => ({ location: { uri } })),
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
}

/** The SARIF output of `check --format sarif`, with a trailing newline. */
export function formatSarif(diagnostics: readonly Diagnostic[], options: SarifOptions): string {
  return `${JSON.stringify(toSarif(diagnostics, options), null, 2)}\n`
}
