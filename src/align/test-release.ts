/**
 * A release built from bare texts, one version per text, with one `body` block per run of
 * non-blank lines: for tests, benchmarks and callers that have no reader at hand. The reader
 * (src/parse) gives real blocks with kinds, quotes and contacts.
 */
import type { Block, Lang, Release, Span, Version } from '../core/index.js'

/** The blocks of `text`: maximal runs of non-blank lines, trimmed. */
export function blankLineBlocks(text: string): Span[] {
  const blocks: Span[] = []
  for (const m of text.matchAll(/[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*/g)) {
    const raw = m[0]
    const lead = raw.length - raw.trimStart().length
    const start = (m.index ?? 0) + lead
    blocks.push({ start, end: start + raw.trim().length })
  }
  return blocks
}

/** A release with one version per `{ lang, text }`, blocks cut at blank lines. */
export function releaseFromTexts(versions: { lang: Lang; text: string; file?: string }[]): Release {
  return {
    type: 'release',
    sources: versions.map((v) => ({
      file: v.file ?? `${v.lang}.txt`,
      format: 'text',
      text: v.text,
    })),
    versions: versions.map(
      (v, index): Version => ({
        type: 'version',
        lang: v.lang,
        source: index,
        start: 0,
        end: v.text.length,
        date: null,
        headline: null,
        subheadline: null,
        dateline: null,
        contacts: [],
        blocks: blankLineBlocks(v.text).map(
          (s): Block => ({
            type: 'block',
            kind: 'body',
            text: v.text.slice(s.start, s.end),
            start: s.start,
            end: s.end,
          }),
        ),
        quotes: [],
        endMark: null,
        boilerplates: [],
      }),
    ),
    diagnostics: [],
  }
}
