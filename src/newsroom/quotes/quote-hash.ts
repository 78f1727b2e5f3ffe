/**
 * Hashes that bind an approval to the words it approved: the quoted words of one language
 * (Unicode NFC; runs of white space count as one space, since re-wrapping a line changes no word)
 * and the exact text of every version of a release, for co-issuer sign-off.
 */
import { createHash } from 'node:crypto'
import type { StoredVersion } from '../../store/index.js'

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

/** The hash of a quote's words in one language. */
export function quoteHash(words: string): string {
  return sha256(words.normalize('NFC').replace(/\s+/g, ' ').trim())
}

/** The hash of a release's exact text: every version, by language. */
export function contentHash(versions: readonly StoredVersion[]): string {
  const sorted = [...versions].sort((a, b) => a.lang.localeCompare(b.lang))
  return sha256(JSON.stringify(sorted.map((v) => [v.lang, v.text])))
}
