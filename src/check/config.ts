/**
 * Configuration: which rules run, at what severity, with what options, and the terminology an
 * organization wants. Read from `comunicado.config.json` or a `comunicado` key in package.json
 * (the CLI finds and reads the file; this module only validates and resolves plain data), so
 * the same resolution runs in the browser editor.
 */
import type { AnyRule, Locale, RuleLevel, RuleOptions, TermEntry } from './rule.js'

/** A severity as written in a configuration. */
type Level = 'off' | 'info' | 'warning' | 'error'

/** A configuration as written by a person (the JSON shape of a configuration file). */
export interface Config {
  $schema?: string
  extends?: 'recommended' | 'all' | 'none'
  locale?: 'en' | 'es'
  rules?: Record<string, Level | [Level] | [Level, Record<string, unknown>]>
  terminology?: (string | { term: string; variants?: string[]; langs?: string[] })[]
}

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
  const config = validateConfig(input ?? {})
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

const LEVELS: readonly string[] = ['off', 'info', 'warning', 'error']
const PRESETS: readonly string[] = ['recommended', 'all', 'none']
const LOCALES: readonly string[] = ['en', 'es']

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const oneOf = (choices: readonly string[]) =>
  `expected one of ${choices.map((c) => `"${c}"`).join('|')}`

/**
 * Checks the shape of a configuration by hand (no schema library: the checker's cold start
 * matters, and the shape is small); throws {@link ConfigError} naming every problem by path.
 */
function validateConfig(input: unknown): Config {
  const problems: string[] = []
  const problem = (path: string, message: string) => problems.push(`${path}: ${message}`)
  if (!isObject(input)) throw new ConfigError([`(root): expected an object, got ${kindOf(input)}`])
  const known = ['$schema', 'extends', 'locale', 'rules', 'terminology']
  for (const key of Object.keys(input))
    if (!known.includes(key)) problem('(root)', `unrecognized key: "${key}"`)
  if (input.$schema !== undefined && typeof input.$schema !== 'string')
    problem('$schema', `expected a string, got ${kindOf(input.$schema)}`)
  if (input.extends !== undefined && !PRESETS.includes(input.extends as string))
    problem('extends', oneOf(PRESETS))
  if (input.locale !== undefined && !LOCALES.includes(input.locale as string))
    problem('locale', oneOf(LOCALES))
  if (input.rules !== undefined) {
    if (!isObject(input.rules)) problem('rules', `expected an object, got ${kindOf(input.rules)}`)
    else
      for (const [id, setting] of Object.entries(input.rules)) {
        const level = Array.isArray(setting) ? setting[0] : setting
        const options = Array.isArray(setting) ? setting[1] : undefined
        const shapeOk =
          !Array.isArray(setting) ||
          setting.length === 1 ||
          (setting.length === 2 && isObject(options))
        if (!LEVELS.includes(level as string)) problem(`rules.${id}`, oneOf(LEVELS))
        else if (!shapeOk)
          problem(`rules.${id}`, 'expected a severity, [severity] or [severity, { options }]')
      }
  }
  if (input.terminology !== undefined) {
    if (!Array.isArray(input.terminology))
      problem('terminology', `expected an array, got ${kindOf(input.terminology)}`)
    else
      input.terminology.forEach((entry, i) => {
        const path = `terminology.${i}`
        if (typeof entry === 'string') {
          if (entry.length === 0) problem(path, 'expected a non-empty string')
          return
        }
        if (!isObject(entry)) {
          problem(path, `expected a string or an object, got ${kindOf(entry)}`)
          return
        }
        for (const key of Object.keys(entry))
          if (!['term', 'variants', 'langs'].includes(key))
            problem(path, `unrecognized key: "${key}"`)
        if (typeof entry.term !== 'string' || entry.term.length === 0)
          problem(`${path}.term`, 'expected a non-empty string')
        for (const [key, min] of [
          ['variants', 1],
          ['langs', 2],
        ] as const) {
          const list = entry[key]
          if (list === undefined) continue
          if (!Array.isArray(list))
            problem(`${path}.${key}`, `expected an array, got ${kindOf(list)}`)
          else
            list.forEach((item, j) => {
              if (typeof item !== 'string' || item.length < min)
                problem(
                  `${path}.${key}.${j}`,
                  `expected a string of at least ${min} character${min === 1 ? '' : 's'}`,
                )
            })
        }
      })
  }
  if (problems.length > 0) throw new ConfigError(problems)
  return input as Config
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
