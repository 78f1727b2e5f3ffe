/**
 * Import: a file (text, Markdown, HTML, DOCX; one file holding both languages, or one language)
 * becomes the language versions of a revision. The reader finds the versions; each version's text
 * runs from its start to the next version's start, so no character of the file is dropped.
 */
import { InputError, isParseError, parseRelease, readSource } from '../parse/index.js'
import type { RevisionContent } from '../store/index.js'
import { NewsroomError } from './newsroom-error.js'

/** The versions of an imported file, and the headline of its first version for the slug. */
export interface ImportedRelease {
  content: RevisionContent
  headline: string | null
  format: string
}

/** Reads a file into revision content; unreadable input is an `invalid` refusal naming the file. */
export async function importReleaseFile(
  bytes: Uint8Array,
  file: string,
  langs?: string[],
): Promise<ImportedRelease> {
  try {
    const source = await readSource(bytes, file)
    const release = parseRelease([source], langs?.length ? { langs } : {})
    const versions = release.versions
    if (versions.length === 0)
      throw new NewsroomError('invalid', `${file}: no language version was found in the file`)
    const seen = new Set<string>()
    const content: RevisionContent = {
      versions: versions.map((version, i) => {
        if (seen.has(version.lang))
          throw new NewsroomError(
            'invalid',
            `${file}: the file holds two ${version.lang} versions; import them one at a time`,
          )
        seen.add(version.lang)
        const start = i === 0 ? 0 : version.start
        const end = versions[i + 1]?.start ?? source.text.length
        return { lang: version.lang, text: source.text.slice(start, end).trim() }
      }),
    }
    return { content, headline: versions[0]?.headline?.text ?? null, format: source.format }
  } catch (error) {
    if (error instanceof NewsroomError) throw error
    if (error instanceof InputError) throw new NewsroomError('invalid', `${file}: ${error.message}`)
    if (isParseError(error)) throw new NewsroomError('invalid', error.message)
    throw error
  }
}
