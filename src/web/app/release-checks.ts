/**
 * The checker's findings for the release page: the stored versions are read again by the reader
 * (one source per language) and checked with the recommended rules, the messages in the interface
 * language. Results are cached per release revision and language, since a revision never changes.
 */

import { checkRelease } from '../../check/index.js'
import type { Diagnostic } from '../../core/diagnostic.js'
import { isSupportedLang, normalizeLang } from '../../core/lang.js'
import { parseRelease } from '../../parse/index.js'
import type { StoredVersion } from '../../store/index.js'
import type { UiLang } from './ui-strings.js'

/** One finding as the page lists it. */
export interface CheckLine {
  lang: string
  ruleId: string
  severity: Diagnostic['severity']
  message: string
  line: number | null
}

/** The findings on a revision, or why the checker could not read it. */
export type CheckOutcome = { ok: true; lines: CheckLine[] } | { ok: false; reason: string }

const cache = new Map<string, CheckOutcome>()
const cacheLimit = 200

function run(versions: readonly StoredVersion[], lang: UiLang): CheckOutcome {
  const readable = versions.filter((v) => {
    const tag = normalizeLang(v.lang)
    return tag !== null && isSupportedLang(tag) && v.text.trim() !== ''
  })
  if (readable.length === 0) return { ok: true, lines: [] }
  try {
    const release = parseRelease(
      readable.map((v) => ({ file: `${v.lang}.txt`, format: 'text' as const, text: v.text })),
      { langs: readable.map((v) => v.lang) },
    )
    const diagnostics = checkRelease(release, { locale: lang })
    return {
      ok: true,
      lines: diagnostics.map((d) => ({
        lang: d.lang ?? d.file?.replace(/\.txt$/, '') ?? '',
        ruleId: d.ruleId,
        severity: d.severity,
        message: d.message,
        line: d.place?.start.line ?? null,
      })),
    }
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) }
  }
}

/** The checker's findings on one revision of a release, in the interface language. */
export function checkVersions(
  key: string,
  versions: readonly StoredVersion[],
  lang: UiLang,
): CheckOutcome {
  const cacheKey = `${key}\u0000${lang}`
  const known = cache.get(cacheKey)
  if (known) return known
  const outcome = run(versions, lang)
  if (cache.size >= cacheLimit) {
    const oldest = cache.keys().next()
    if (!oldest.done) cache.delete(oldest.value)
  }
  cache.set(cacheKey, outcome)
  return outcome
}
