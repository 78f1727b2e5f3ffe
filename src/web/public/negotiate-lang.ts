/**
 * Picks the public language a reader asked for in `Accept-Language` (q-values honoured, regional
 * tags folded to their language: `es-MX` is Spanish), English when none of ours is acceptable.
 */
import { type PublicLang, publicLangs } from './ui-strings.js'

/** The best public language for an `Accept-Language` header. */
export function negotiateLang(header: string | null | undefined): PublicLang {
  if (!header) return 'en'
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';')
      // A malformed weight ("q=abc") makes the entry unusable rather than preferred.
      const q = params.find((p) => /^\s*q\s*=/i.test(p))
      const weight = q === undefined ? '1' : /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(q)?.[1]
      const quality = weight === undefined ? Number.NaN : Number.parseFloat(weight)
      return { lang: (tag.split('-')[0] ?? '').trim().toLowerCase(), quality, index }
    })
    .filter((r) => r.lang && !Number.isNaN(r.quality) && r.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  for (const { lang } of ranked) {
    const found = publicLangs.find((l) => l === lang)
    if (found) return found
  }
  return 'en'
}
