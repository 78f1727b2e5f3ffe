/**
 * Turns a rule example (`text` or `files`) into sources and a release with the reader, the way
 * the CLI does for a file on disk, so examples test rules against real parsing.
 */
import type { Release, Source } from '../core/index.js'
import { parseRelease } from '../parse/index.js'
import type { ValidExample } from './rule.js'

/** The sources of an example: one `example.txt`, or its files. */
export function exampleSources(example: ValidExample): Source[] {
  if (example.files)
    return example.files.map((f) => ({ file: f.file, format: formatOf(f.file), text: f.text }))
  return [{ file: 'example.txt', format: 'text', text: example.text ?? '' }]
}

/** Reads sources into a release, with the example's languages when it gives them. */
export function exampleRelease(sources: Source[], langs?: readonly string[]): Release {
  return parseRelease(sources, langs ? { langs: [...langs] } : {})
}

function formatOf(file: string): Source['format'] {
  return /\.(md|markdown)$/i.test(file) ? 'markdown' : 'text'
}
