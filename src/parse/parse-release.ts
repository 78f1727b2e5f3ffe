/**
 * `parseRelease`: the release reader. Takes decoded sources (one file holding one or several
 * language versions, or one file per version) and returns the {@link Release}: versions split
 * by block-level language identification and structure, each with its blocks, date, headline,
 * dateline, contacts, quotes, end mark and boilerplates, every offset exact into its source's
 * text. Pure and synchronous, no Node imports: it runs in the browser editor too.
 */
import type { Diagnostic } from '../core/diagnostic.js'
import { isSupportedLang, type Lang, normalizeLang } from '../core/lang.js'
import { createLocationIndex } from '../core/location-index.js'
import type { Span } from '../core/position.js'
import type { Block, Boilerplate, Quote, Release, Source, Version } from '../core/release.js'
import { extractBoilerplates, extractQuotes } from './attribution/index.js'
import type { LangScores } from './identify-lang.js'
import { ParseError } from './parse-error.js'
import { readVersion } from './read-version.js'
import { splitBlocks } from './split-blocks.js'
import { scoreBlocks, splitVersions, type VersionRun } from './split-versions.js'
import { mergeTailRuns } from './tail-runs.js'

/** Options of {@link parseRelease}. */
export interface ParseOptions {
  /**
   * Languages instead of identification: one per source (each source is one version), or, for a
   * single source, the languages of its versions in order (`['en', 'es']`).
   */
  langs?: Lang[]
}

const supported = ['en', 'es'] as const
const languageNames: Record<string, string> = {
  fr: 'French',
  pt: 'Portuguese',
  de: 'German',
  it: 'Italian',
}

/** Reads `sources` into a release. Throws {@link ParseError} for input that is not a readable release. */
export function parseRelease(sources: Source[], options: ParseOptions = {}): Release {
  const langs = options.langs?.map((l) => checkLang(l))
  if (langs && langs.length !== sources.length && !(sources.length === 1 && langs.length > 0))
    throw new ParseError(
      'invalid-option',
      `${langs.length} languages given for ${sources.length} files; give one per file`,
    )
  const release: Release = { type: 'release', sources, versions: [], diagnostics: [] }
  sources.forEach((source, index) => {
    const blocks = splitBlocks(source.text)
    if (blocks.length === 0)
      throw new ParseError('empty', `${source.file}: the file holds no text`, source.file)
    let runs: VersionRun[]
    if (langs && langs.length === sources.length) {
      runs = [{ lang: langs[index] as string, from: 0, to: blocks.length }]
    } else if (langs) {
      runs = splitVersions(source.text, blocks, supported, langs.map(primary))
      runs.forEach((r, k) => {
        r.lang = langs[k] ?? r.lang
      })
    } else {
      const scores = scoreBlocks(source.text, blocks)
      assertLanguage(source, scores)
      runs = mergeTailRuns(
        source.text,
        blocks,
        splitVersions(source.text, blocks, supported, undefined, scores),
      )
    }
    for (const run of runs) {
      if (run.to <= run.from) continue
      release.versions.push(buildVersion(release, index, blocks.slice(run.from, run.to), run.lang))
    }
  })
  return release
}

function primary(lang: string): string {
  return (lang.split('-')[0] ?? lang).toLowerCase()
}

function checkLang(tag: string): Lang {
  const lang = normalizeLang(tag)
  if (!lang) throw new ParseError('invalid-option', `“${tag}” is not a language tag`)
  if (!isSupportedLang(lang))
    throw new ParseError(
      'unsupported-language',
      `language “${lang}” is not supported (supported: ${supported.join(', ')})`,
    )
  return lang
}

/** Throws when a whole source is in no supported language, or holds too little text to tell. */
function assertLanguage(source: Source, scores: LangScores[]): void {
  let en = 0
  let es = 0
  const other: Record<string, number> = {}
  for (const s of scores) {
    en += s.en
    es += s.es
    if (s.otherLang) other[s.otherLang] = (other[s.otherLang] ?? 0) + s.other
  }
  const [otherLang, otherScore] = Object.entries(other).sort((a, b) => b[1] - a[1])[0] ?? ['', 0]
  if (otherScore >= 4 && otherScore > 1.5 * Math.max(en, es))
    throw new ParseError(
      'unsupported-language',
      `${source.file}: the text is in ${languageNames[otherLang] ?? otherLang}, which is not supported (supported: English, Spanish)`,
      source.file,
    )
  if (en + es < 2)
    throw new ParseError(
      'unknown-language',
      `${source.file}: cannot tell the language of the text (too little English or Spanish); pass the language explicitly`,
      source.file,
    )
}

function buildVersion(release: Release, sourceIndex: number, spans: Span[], lang: Lang): Version {
  const source = release.sources[sourceIndex] as Source
  const text = source.text
  const structure = readVersion(text, spans)
  const blocks = structure.blocks
  const quotes = keepQuotes(extractQuotes(text, blocks, lang), blocks)
  const boilerplates = extractBoilerplates(text, blocks, lang).filter(
    (b) => blocks[b.block] !== undefined,
  )
  for (const q of quotes) {
    const b = blocks[q.block]
    if (b && b.kind === 'body') b.kind = 'quote'
  }
  for (const bp of boilerplates) {
    const b = blocks[bp.block]
    if (b && b.kind !== 'end-mark' && b.kind !== 'contacts') b.kind = 'boilerplate'
  }
  const index = structure.problems.length > 0 ? createLocationIndex(text) : null
  structure.problems.forEach((p, i) => {
    const span = structure.problemSpans[i]
    const d: Diagnostic = { ...p, lang, file: source.file }
    if (span && index) d.place = index.toPosition(span.start, span.end)
    release.diagnostics.push(d)
  })
  const first = blocks[0]
  const last = blocks[blocks.length - 1]
  return {
    type: 'version',
    lang,
    source: sourceIndex,
    start: first ? first.start : 0,
    end: last ? last.end : 0,
    date: structure.date,
    headline: structure.headline,
    subheadline: structure.subheadline,
    dateline: structure.dateline,
    contacts: structure.contacts,
    blocks,
    quotes,
    endMark: structure.endMark,
    boilerplates: boilerplates as Boilerplate[],
  }
}

/** Quotes in page chrome (a site-wide epigraph before the headline) are not the release's. */
function keepQuotes(quotes: Quote[], blocks: Block[]): Quote[] {
  return quotes.filter((q) => {
    const kind = blocks[q.block]?.kind
    return kind === 'body' || kind === 'quote'
  })
}
