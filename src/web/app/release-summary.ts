/**
 * What the workspace shows of a release at a glance: each version's headline, found by the reader
 * (so a release that opens with "FOR IMMEDIATE RELEASE", a date or contacts still gets its real
 * headline), and the title to list it by in the reader's interface language. Headlines are cached
 * by text, since a dashboard asks for the same unchanged versions on every visit.
 */
import { isSupportedLang, normalizeLang } from '../../core/lang.js'
import { parseRelease } from '../../parse/index.js'
import type { StoredVersion } from '../../store/index.js'

const cache = new Map<string, string | null>()
const cacheLimit = 500

function fallbackHeadline(text: string): string | null {
  const lines = text.split('\n').map((l) => l.trim())
  return lines.find((l) => l.length > 20) ?? lines.find((l) => l.length > 0) ?? null
}

function readHeadline(text: string, lang: string): string | null {
  const tag = normalizeLang(lang)
  if (!tag || !isSupportedLang(tag) || !text.trim()) return fallbackHeadline(text)
  try {
    const release = parseRelease([{ file: `${tag}.txt`, format: 'text', text }], { langs: [tag] })
    const headline = release.versions[0]?.headline?.text.replace(/\s+/g, ' ').trim()
    return headline || fallbackHeadline(text)
  } catch {
    return fallbackHeadline(text)
  }
}

/** The headline of one version's text, as the reader finds it (or its first long line). */
export function versionHeadline(version: StoredVersion): string | null {
  const key = `${version.lang}\u0000${version.text}`
  if (cache.has(key)) return cache.get(key) ?? null
  const headline = readHeadline(version.text, version.lang)
  if (cache.size >= cacheLimit) {
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
  cache.set(key, headline)
  return headline
}

/** The title to show a release by: the headline of the version in `lang` if any, else the first. */
export function releaseTitle(
  versions: readonly StoredVersion[],
  lang: string,
  slug: string,
): string {
  const preferred = versions.find((v) => (v.lang.split('-')[0] ?? '') === lang)
  for (const v of preferred ? [preferred, ...versions] : versions) {
    const headline = versionHeadline(v)
    if (headline) return headline
  }
  return slug
}
