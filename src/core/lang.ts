/**
 * Languages. A version's language is a BCP 47 tag; Comunicado reads, aligns and checks English
 * and Spanish today, and every layer asks {@link isSupportedLang} rather than comparing strings.
 */

/** A BCP 47 language tag such as `en`, `es`, `es-MX`. */
export type Lang = string

/** Primary languages the reader, aligner and checker know. */
export const supportedLangs = ['en', 'es'] as const

/** One of {@link supportedLangs}. */
export type SupportedLang = (typeof supportedLangs)[number]

/** The primary subtag of a BCP 47 tag, lower-cased (`es-MX` → `es`). */
export function primaryLang(tag: Lang): string {
  return (tag.split(/[-_]/)[0] ?? '').toLowerCase()
}

/** Whether the reader, aligner and checker know this language. */
export function isSupportedLang(tag: Lang): tag is SupportedLang {
  return (supportedLangs as readonly string[]).includes(primaryLang(tag))
}

/** A tag in canonical case (`ES-mx` → `es-MX`), or null when it is not a well-formed tag. */
export function normalizeLang(tag: string): Lang | null {
  const parts = tag.trim().split(/[-_]/)
  const [first, ...rest] = parts
  if (!first || !/^[a-zA-Z]{2,3}$/.test(first)) return null
  const out = [first.toLowerCase()]
  for (const part of rest) {
    if (!/^[a-zA-Z0-9]{1,8}$/.test(part)) return null
    if (/^[a-zA-Z]{2}$/.test(part) || /^\d{3}$/.test(part)) out.push(part.toUpperCase())
    else if (/^[a-zA-Z]{4}$/.test(part))
      out.push(part[0]?.toUpperCase() + part.slice(1).toLowerCase())
    else out.push(part.toLowerCase())
  }
  return out.join('-')
}
