/**
 * The article of one stored language version: the text is read by the reader as a single version
 * in that language; a text the reader refuses (an odd shape, another language) is still shown,
 * as paragraphs.
 */
import type { Lang } from '../core/lang.js'
import { parseRelease } from '../parse/index.js'
import { type Article, articleFromText, articleFromVersion } from './article.js'

/** The article of `text`, read as the `lang` version of a release. */
export function articleOfText(lang: Lang, text: string): Article {
  try {
    const release = parseRelease([{ file: `${lang}.txt`, format: 'text', text }], { langs: [lang] })
    const version = release.versions[0]
    return version ? { ...articleFromVersion(release, version), lang } : articleFromText(lang, text)
  } catch {
    return articleFromText(lang, text)
  }
}
