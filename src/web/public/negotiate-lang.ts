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
      const q = params
        .map((p) => /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(p)?.[1])
        .find((v) => v !== undefined)
      const quality = q === undefined ? 1 : Number.parseFloat(q)
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
