/**
 * Configuration: which rules run, at what severity, with what options, and the terminology an
 * organization wants. Read from `comunicado.config.json` or a `comunicado` key in package.json
 * (the CLI finds and reads the file; this module only validates and resolves plain data), so
 * the same resolution runs in the browser editor.
 */
import { z } from 'zod'
import type { AnyRule, Locale, RuleLevel, RuleOptions, TermEntry } from './rule.js'

const levelSchema = z.enum(['off', 'info', 'warning', 'error'])

const ruleSettingSchema = z.union([
  levelSchema,
  z.tuple([levelSchema]),
  z.tuple([levelSchema, z.record(z.string(), z.unknown())]),
])

const termSchema = z.union([
  z.string().min(1),
  z
    .object({
      term: z.string().min(1),
      variants: z.array(z.string().min(1)).optional(),
      langs: z.array(z.string().min(2)).optional(),
    })
    .strict(),
])

/** The JSON shape of a configuration file. */
export const configSchema = z
  .object({
    $schema: z.string().optional(),
    extends: z.enum(['recommended', 'all', 'none']).optional(),
    locale: z.enum(['en', 'es']).optional(),
    rules: z.record(z.string(), ruleSettingSchema).optional(),
    terminology: z.array(termSchema).optional(),
  })
  .strict()

/** A configuration as written by a person. */
export type Config = z.infer<typeof configSchema>

/** A rule's resolved setting. */
export interface RuleSetting {
  severity: RuleLevel
  options: RuleOptions
}

/** A configuration resolved against the known rules: every rule has a setting. */
export interface ResolvedConfig {
  rules: Record<string, RuleSetting>
  terminology: TermEntry[]
  locale?: Locale
}

/** A configuration that cannot be used, with one line per problem. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`)
    this.name = 'ConfigError'
  }
}

/** The presets: `recommended` (each rule's default severity), `all` (every rule on), `none`. */
export function presetLevel(preset: 'recommended' | 'all' | 'none', rule: AnyRule): RuleLevel {
  if (preset === 'none') return 'off'
  if (preset === 'all' && rule.defaults.severity === 'off') return 'warning'
  return rule.defaults.severity
}

/** Validates a configuration object and resolves it against `rules`; throws {@link ConfigError}. */
export function resolveConfig(input: unknown, rules: readonly AnyRule[]): ResolvedConfig {
  const parsed = configSchema.safeParse(input ?? {})
  if (!parsed.success)
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const path = issue.path.length > 0 ? issue.path.join('.') : '(root)'
        return `${path}: ${issue.message}`
      }),
    )
  const config = parsed.data
  const preset = config.extends ?? 'recommended'
  const byId = new Map(rules.map((rule) => [rule.id, rule]))
  const problems: string[] = []
  const resolved: Record<string, RuleSetting> = {}
  for (const rule of rules)
    resolved[rule.id] = {
      severity: presetLevel(preset, rule),
      options: { ...rule.defaults.options },
    }
  for (const [id, setting] of Object.entries(config.rules ?? {})) {
    const rule = byId.get(id)
    if (!rule) {
      const near = nearest(id, [...byId.keys()])
      problems.push(`rules.${id}: unknown rule${near ? ` (did you mean "${near}"?)` : ''}`)
      continue
    }
    const [severity, options] = typeof setting === 'string' ? [setting, undefined] : setting
    const merged: RuleOptions = { ...rule.defaults.options }
    for (const [key, value] of Object.entries(options ?? {})) {
      if (!(key in rule.defaults.options)) {
        const known = Object.keys(rule.defaults.options)
        problems.push(
          `rules.${id}: unknown option "${key}"${known.length ? ` (options: ${known.join(', ')})` : ' (the rule has no options)'}`,
        )
        continue
      }
      const expected = kindOf(rule.defaults.options[key])
      if (expected !== 'null' && kindOf(value) !== expected) {
        problems.push(`rules.${id}: option "${key}" must be ${expected}, got ${kindOf(value)}`)
        continue
      }
      merged[key] = value
    }
    resolved[id] = { severity, options: merged }
  }
  if (problems.length > 0) throw new ConfigError(problems)
  const terminology: TermEntry[] = (config.terminology ?? []).map((entry) =>
    typeof entry === 'string' ? { term: entry } : stripUndefined(entry),
  )
  return config.locale
    ? { rules: resolved, terminology, locale: config.locale }
    : { rules: resolved, terminology }
}

/** The recommended configuration for `rules`. */
export function recommendedConfig(rules: readonly AnyRule[]): ResolvedConfig {
  return resolveConfig({}, rules)
}

function stripUndefined(entry: {
  term: string
  variants?: string[] | undefined
  langs?: string[] | undefined
}): TermEntry {
  const out: TermEntry = { term: entry.term }
  if (entry.variants) out.variants = entry.variants
  if (entry.langs) out.langs = entry.langs
  return out
}

function kindOf(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  const t = typeof value
  return t === 'object' ? 'an object' : `a ${t}`
}

/** The closest known id by edit distance, when close enough to be a typo. */
function nearest(id: string, ids: string[]): string | null {
  let best: string | null = null
  let bestDistance = Math.max(3, Math.floor(id.length / 3)) + 1
  for (const candidate of ids) {
    const d = distance(id, candidate)
    if (d < bestDistance) {
      best = candidate
      bestDistance = d
    }
  }
  return best
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      )
    prev = row
  }
  return prev[b.length] ?? 0
}
