/**
 * The escaping HTML template: `html\`<p>${text}</p>\`` escapes every interpolated value unless it
 * is already {@link SafeHtml} (the result of another `html` template or of {@link rawHtml}).
 * Arrays are joined, null/undefined/false render nothing. This is the only place where markup
 * and text meet; nothing in the render layer concatenates unescaped input.
 */

/** Markup that is safe to emit as is. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value
  }
}

/** A value an `html` template accepts. */
export type HtmlValue =
  | SafeHtml
  | string
  | number
  | boolean
  | null
  | undefined
  | readonly HtmlValue[]

const entities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Characters XML 1.0 and HTML forbid in text (C0 controls but tab, LF, CR; lone surrogates). */
const forbidden =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** A quick screen: any control character or surrogate at all (most texts have neither). */
const suspect = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uD800-\uDFFF\uFFFE\uFFFF]/

/** Removes characters that may not appear in an HTML or XML document. */
export function stripForbiddenChars(text: string): string {
  return suspect.test(text) ? text.replace(forbidden, '') : text
}

const needsEscape = /[&<>"']/

/** Escapes text for use in element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  const clean = stripForbiddenChars(text)
  return needsEscape.test(clean) ? clean.replace(/[&<>"']/g, (ch) => entities[ch] ?? ch) : clean
}

function emit(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return ''
  if (value instanceof SafeHtml) return value.value
  if (Array.isArray(value)) return value.map((v: HtmlValue) => emit(v)).join('')
  return escapeHtml(String(value))
}

/** The escaping template tag. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? ''
  values.forEach((value, i) => {
    out += emit(value) + (strings[i + 1] ?? '')
  })
  return new SafeHtml(out)
}

/** Marks trusted markup (a stylesheet, a serialized JSON-LD block) as safe. */
export function rawHtml(markup: string): SafeHtml {
  return new SafeHtml(markup)
}

/** Joins fragments with a separator (itself escaped unless safe). */
export function joinHtml(parts: readonly HtmlValue[], separator: HtmlValue = ''): SafeHtml {
  const sep = emit(separator)
  return new SafeHtml(parts.map((p) => emit(p)).join(sep))
}
