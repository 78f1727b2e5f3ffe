/**
 * Chooses the workspace's interface language for a request: an explicit `?lang=` first, then the
 * choice a switcher link remembered in a cookie, then the signed-in user's locale, then the
 * browser's `Accept-Language` (by quality), then English.
 */
import { isUiLang, type UiLang } from './ui-strings.js'

/** What a request tells about the language its reader wants. */
export interface UiLangHints {
  /** The `lang` query parameter. */
  query?: string | undefined
  /** The remembered choice (cookie). */
  remembered?: string | undefined
  /** The signed-in user's locale. */
  userLocale?: string | null | undefined
  /** The `Accept-Language` header. */
  acceptLanguage?: string | undefined
}

/** The interface language of a tag such as `es-MX` or `EN`, or null when it is not offered. */
export function uiLangOf(tag: string | null | undefined): UiLang | null {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0]
  return isUiLang(primary) ? primary : null
}

/** The offered languages of an `Accept-Language` header, best first (`*` and q=0 ignored). */
export function acceptedUiLangs(header: string | undefined): UiLang[] {
  if (!header) return []
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.split(';').map((s) => s.trim())
      const q = params.find((p) => p.startsWith('q='))
      const quality = q ? Number(q.slice(2)) : 1
      return { lang: uiLangOf(tag), quality: Number.isFinite(quality) ? quality : 0, index }
    })
    .filter((r): r is { lang: UiLang; quality: number; index: number } =>
      Boolean(r.lang && r.quality > 0),
    )
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
  return [...new Set(ranked.map((r) => r.lang))]
}

/** The interface language for a request. */
export function chooseUiLang(hints: UiLangHints): UiLang {
  return (
    uiLangOf(hints.query) ??
    uiLangOf(hints.remembered) ??
    uiLangOf(hints.userLocale) ??
    acceptedUiLangs(hints.acceptLanguage)[0] ??
    'en'
  )
}
