/**
 * `comunicado rules [--explain ID] [--locale en|es] [--format text|json]`: lists the rules
 * with their default severity, whether they fix, and their summary; `--explain` prints a
 * rule's page (the same text as docs/rules/<id>.md), built from its examples.
 */
import { type Command, Option } from 'commander'
import type { CliIo, CliState } from '../io.js'
import { CliError } from '../io.js'

/** The options `rules` accepts. */
export interface RulesCommandOptions {
  explain?: string
  locale?: 'en' | 'es'
  format: 'text' | 'json'
}

/** Runs `rules` and writes the list or the explanation. */
export async function runRules(options: RulesCommandOptions, io: CliIo): Promise<void> {
  const { rules, ruleDoc } = await import('../../check/index.js')
  const locale = options.locale ?? 'en'
  if (options.explain !== undefined) {
    const rule = rules.find((r) => r.id === options.explain)
    if (!rule) {
      const near = rules
        .map((r) => r.id)
        .filter((id) => id.includes(options.explain ?? '') || (options.explain ?? '').includes(id))
      throw new CliError(
        `rules: no rule "${options.explain}"${near.length ? ` (did you mean ${near.map((n) => `"${n}"`).join(', ')}?)` : '; run `comunicado rules` for the list'}`,
      )
    }
    io.stdout(
      options.format === 'json'
        ? `${JSON.stringify(ruleJson(rule, locale), null, 2)}\n`
        : ruleDoc(rule, locale),
    )
    return
  }
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify({ rules: rules.map((r) => ruleJson(r, locale)) }, null, 2)}\n`)
    return
  }
  const width = Math.max(...rules.map((r) => r.id.length))
  const lines = rules.map((r) => {
    const severity = r.defaults.severity.padEnd(7)
    return `${r.id.padEnd(width)}  ${severity}  ${r.fixable ? 'fix' : '   '}  ${r.summary[locale]}`
  })
  const hint =
    locale === 'es'
      ? 'Detalles: comunicado rules --explain <id>'
      : 'Details: comunicado rules --explain <id>'
  io.stdout(`${lines.join('\n')}\n\n${hint}\n`)
}

function ruleJson(
  rule: Awaited<typeof import('../../check/index.js')>['rules'][number],
  locale: 'en' | 'es',
) {
  return {
    id: rule.id,
    summary: rule.summary[locale],
    severity: rule.defaults.severity,
    options: rule.defaults.options,
    fixable: rule.fixable,
    scope: rule.scope,
    langs: rule.langs,
    messages: rule.messages[locale],
    url: `docs/rules/${rule.id}.md`,
  }
}

/** Adds `rules` to the program. */
export function registerRules(program: Command, io: CliIo, _state: CliState): void {
  program
    .command('rules')
    .description('list the checker’s rules, or explain one')
    .option('--explain <id>', 'print the rule’s page: what it checks, options and examples')
    .addOption(new Option('--locale <locale>', 'language of the text').choices(['en', 'es']))
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['text', 'json'])
        .default('text'),
    )
    .action((options: RulesCommandOptions) => runRules(options, io))
}
