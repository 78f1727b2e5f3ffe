/**
 * The rule tester: turns a rule's examples (and extra cases) into test cases, textlint-tester
 * style. The test framework is passed in (`{ describe, it }` from node:test) so this module
 * stays free of Node imports and runs in any runner.
 */
import type { Diagnostic, Release, Source } from '../core/index.js'
import { primaryLang } from '../core/index.js'
import { checkRelease } from './check-release.js'
import type { ResolvedConfig } from './config.js'
import { exampleRelease, exampleSources } from './example-release.js'
import { fixSources } from './fix-sources.js'
import type { AlignmentProvider, AnyRule, InvalidExample, ValidExample } from './rule.js'

/** The bits of a test framework the tester needs. */
export interface TestApi {
  describe(name: string, fn: () => void): unknown
  it(name: string, fn: () => void | Promise<void>): unknown
}

/** Extra cases beyond the rule's own examples. */
export interface ExtraCases {
  valid?: ValidExample[]
  invalid?: InvalidExample[]
  /** Alignment facts for release-scope rules, when not the aligner's. */
  alignments?: AlignmentProvider
}

/** Runs a rule over one example and returns its diagnostics. */
export function runExample(
  rule: AnyRule,
  example: ValidExample,
  alignments?: AlignmentProvider,
): { release: Release; diagnostics: Diagnostic[]; sources: Source[] } {
  const sources = exampleSources(example)
  const release = exampleRelease(sources, example.langs)
  const config = exampleConfig(rule, example)
  const diagnostics = checkRelease(release, {
    config,
    rules: [rule],
    ...(alignments ? { alignments } : {}),
  })
  return { release, diagnostics, sources }
}

/** Registers one test per example of `rule` (and per extra case). */
export function testRule(rule: AnyRule, api: TestApi, extra: ExtraCases = {}): void {
  api.describe(`rule ${rule.id}`, () => {
    const valid = [...rule.examples.valid, ...(extra.valid ?? [])]
    const invalid = [...rule.examples.invalid, ...(extra.invalid ?? [])]
    valid.forEach((example, i) => {
      api.it(`accepts valid example ${i + 1}${example.name ? `: ${example.name}` : ''}`, () => {
        const { diagnostics } = runExample(rule, example, extra.alignments)
        if (diagnostics.length > 0)
          fail(`expected no diagnostics, got:\n${diagnostics.map(describeDiagnostic).join('\n')}`)
      })
    })
    invalid.forEach((example, i) => {
      api.it(`reports invalid example ${i + 1}${example.name ? `: ${example.name}` : ''}`, () => {
        assertInvalid(rule, example, extra.alignments)
      })
    })
  })
}

/** Checks one invalid example: the expected messages in order, and the fixed output. */
export function assertInvalid(
  rule: AnyRule,
  example: InvalidExample,
  alignments?: AlignmentProvider,
): void {
  const { diagnostics, sources } = runExample(rule, example, alignments)
  const got = diagnostics.map(describeDiagnostic)
  if (diagnostics.length !== example.messages.length)
    fail(
      `expected ${example.messages.length} diagnostic(s), got ${diagnostics.length}:\n${got.join('\n')}`,
    )
  example.messages.forEach((expected, i) => {
    const d = diagnostics[i] as Diagnostic
    if (d.messageId !== expected.messageId)
      fail(`diagnostic ${i + 1}: expected message "${expected.messageId}", got ${got[i]}`)
    if (expected.lang !== undefined && primaryLang(d.lang ?? '') !== expected.lang)
      fail(`diagnostic ${i + 1}: expected lang ${expected.lang}, got ${got[i]}`)
    if (expected.actual !== undefined) {
      const source = sources.find((s) => s.file === d.file)
      const span = source?.text.slice(d.place?.start.offset ?? 0, d.place?.end.offset ?? 0)
      if (span !== expected.actual)
        fail(
          `diagnostic ${i + 1}: expected to span ${JSON.stringify(expected.actual)}, got ${JSON.stringify(span)}`,
        )
    }
  })
  if (example.output !== undefined) {
    const config = exampleConfig(rule, example)
    const fixed = fixSources(sources, (current) =>
      checkRelease(exampleRelease(current, example.langs), {
        config,
        rules: [rule],
        ...(alignments ? { alignments } : {}),
      }),
    )
    const outputs = Array.isArray(example.output) ? example.output : [example.output]
    outputs.forEach((expected, i) => {
      const actual = fixed.sources[i]?.text
      if (actual !== expected)
        fail(
          `fixed output of file ${i + 1}:\nexpected ${JSON.stringify(expected)}\ngot      ${JSON.stringify(actual)}`,
        )
    })
  } else if (diagnostics.some((d) => d.fix)) fail('the example offers a fix but declares no output')
}

function exampleConfig(rule: AnyRule, example: ValidExample): ResolvedConfig {
  const severity = rule.defaults.severity === 'off' ? 'warning' : rule.defaults.severity
  return {
    rules: { [rule.id]: { severity, options: { ...rule.defaults.options, ...example.options } } },
    terminology: example.terminology ?? [],
  }
}

/** A one-line description of a diagnostic for failure messages. */
export function describeDiagnostic(d: Diagnostic): string {
  const at = d.place ? `${d.place.start.line}:${d.place.start.column}` : '?'
  return `  ${d.file ?? ''}:${at} [${d.lang ?? ''}] ${d.messageId ?? ''}: ${d.message}`
}

function fail(message: string): never {
  throw new Error(message)
}
