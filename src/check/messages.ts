/**
 * The message catalogue: every rule's messages live in English and Spanish with `{placeholder}`
 * slots; a diagnostic keeps its message id and data so any interface can show it in either
 * language, and its `message` is filled in the requested locale.
 */
import type { AnyRule, Locale } from './rule.js'

/** Fills `{name}` slots of a template from `data`; unknown slots stay as written. */
export function formatMessage(
  template: string,
  data: Record<string, string | number> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  )
}

/** The text of a rule's message in a locale (falling back to English, then to the id). */
export function ruleMessage(
  rule: AnyRule,
  messageId: string,
  data: Record<string, string | number> | undefined,
  locale: Locale,
): string {
  const template = rule.messages[locale]?.[messageId] ?? rule.messages.en[messageId] ?? messageId
  return formatMessage(template, data)
}
