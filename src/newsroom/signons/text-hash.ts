/**
 * The version a sign-on is bound to: a SHA-256 of the release's text in every language. Runs of
 * white space count as one space and the text is NFC-normalised, so re-wrapping a paragraph is
 * not a material change; any change of words, numbers or punctuation is.
 */
import { createHash } from 'node:crypto'
import type { RevisionContent } from '../../store/index.js'

/** The text hash of a release's content. */
export function releaseTextHash(content: RevisionContent): string {
  const versions = [...content.versions]
    .sort((a, b) => (a.lang < b.lang ? -1 : a.lang > b.lang ? 1 : 0))
    .map((v) => [v.lang, v.text.normalize('NFC').replace(/\s+/gu, ' ').trim()])
  return createHash('sha256').update(JSON.stringify(versions)).digest('base64url')
}
