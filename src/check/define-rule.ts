/**
 * `defineRule`: declares a rule and checks its shape once, when the module loads, so a rule
 * with a bad id, a message missing in one locale or an example naming an unknown message fails
 * loudly in development (a programmer error, thrown) rather than at a user's desk.
 */
import type { Locale, Rule, RuleOptions } from './rule.js'

const locales: readonly Locale[] = ['en', 'es']

/** Declares a rule; returns it unchanged after checking its shape. */
export function defineRule<O extends RuleOptions>(rule: Rule<O>): Rule<O> {
  const problems: string[] = []
  if (!/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/.test(rule.id)) problems.push('id must be kebab-case')
  for (const locale of locales) {
    if (!rule.summary[locale]) problems.push(`summary.${locale} is missing`)
    if (!rule.messages[locale]) problems.push(`messages.${locale} is missing`)
  }
  const ids = new Set(Object.keys(rule.messages.en ?? {}))
  const esIds = new Set(Object.keys(rule.messages.es ?? {}))
  for (const id of ids) if (!esIds.has(id)) problems.push(`message "${id}" has no Spanish text`)
  for (const id of esIds) if (!ids.has(id)) problems.push(`message "${id}" has no English text`)
  for (const placeholderCheck of ids) {
    const en = placeholders(rule.messages.en[placeholderCheck] ?? '')
    const es = placeholders(rule.messages.es[placeholderCheck] ?? '')
    if (en !== es) problems.push(`message "${placeholderCheck}" uses different placeholders`)
  }
  for (const example of rule.examples.invalid) {
    if (example.text === undefined && example.files === undefined)
      problems.push('an invalid example has neither text nor files')
    for (const m of example.messages)
      if (!ids.has(m.messageId)) problems.push(`example expects unknown message "${m.messageId}"`)
  }
  for (const example of rule.examples.valid)
    if (example.text === undefined && example.files === undefined)
      problems.push('a valid example has neither text nor files')
  if (problems.length > 0) throw new Error(`rule ${rule.id}: ${problems.join('; ')}`)
  return rule
}

function placeholders(template: string): string {
  return [...template.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',')
}
