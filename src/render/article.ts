/**
 * The article: one language version of a release reduced to what a reader sees — release line,
 * date, headline, subheadline, paragraphs made of inline runs (the dateline and a quote's speaker
 * marked), end mark, "about" paragraphs and media contacts. Built from a parsed {@link Version}
 * ({@link articleFromVersion}) or, when the reader cannot read a text, from its paragraphs alone
 * ({@link articleFromText}). Every renderer (HTML, wire text, feeds, JSON-LD) starts from here.
 */
import type { Lang } from '../core/lang.js'
import type { Block, Release, Version } from '../core/release.js'

/** A run of paragraph text; `role` marks the dateline and a quote's speaker. */
export interface ArticleRun {
  text: string
  role?: 'dateline' | 'speaker'
}

/** A paragraph of the body. */
export interface ArticleParagraph {
  kind: 'body' | 'quote' | 'other'
  runs: ArticleRun[]
}

/** An "about" paragraph and the organization it describes, when known. */
export interface ArticleBoilerplate {
  organization: string | null
  text: string
}

/** A media contact as shown; unknown fields are null. */
export interface ArticleContact {
  name: string | null
  title: string | null
  organization: string | null
  phone: string | null
  email: string | null
}

/** One language version, ready to render. */
export interface Article {
  lang: Lang
  releaseLine: string | null
  date: { iso: string | null; text: string } | null
  headline: string
  subheadline: string | null
  paragraphs: ArticleParagraph[]
  endMark: string | null
  boilerplates: ArticleBoilerplate[]
  contacts: ArticleContact[]
  /** Contact blocks the reader could not split into contacts, as written (lines kept). */
  contactNotes: string[]
}

/** Collapses line breaks and runs of spaces into single spaces. */
export function flattenText(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

const aboutLine = /^(?:about|acerca de|sobre)\s+(.{2,120}?)[:.]?$/i

/** The organization named by an "About X" / "Acerca de X" heading line, or null. */
export function aboutHeading(line: string): string | null {
  const m = aboutLine.exec(line.trim())
  return m?.[1] ? m[1].trim() : null
}

function normalizeRuns(runs: ArticleRun[]): ArticleRun[] {
  const out = runs
    .map((r) => ({ ...r, text: r.text.replace(/\s+/g, ' ') }))
    .filter((r) => r.text.length > 0)
  const first = out[0]
  if (first) first.text = first.text.trimStart()
  const last = out[out.length - 1]
  if (last) last.text = last.text.trimEnd()
  return out.filter((r) => r.text.length > 0)
}

function speakerSpan(attribution: string, name: string | null): [number, number] | null {
  if (!name) return null
  const at = attribution.indexOf(name)
  if (at >= 0) return [at, at + name.length]
  // "concluded Chacon": the attribution names the speaker by surname only.
  const surname = name.split(/\s+/).pop() ?? ''
  const short = surname.length > 1 ? attribution.indexOf(surname) : -1
  return short >= 0 ? [short, short + surname.length] : null
}

function paragraphRuns(release: Release, version: Version, block: Block): ArticleRun[] {
  const source = release.sources[version.source]?.text ?? ''
  const marks: { start: number; end: number; role: 'dateline' | 'speaker' }[] = []
  const d = version.dateline
  if (d && d.start >= block.start && d.end <= block.end)
    marks.push({ start: d.start, end: d.end, role: 'dateline' })
  for (const quote of version.quotes) {
    const a = quote.attribution
    if (!a || a.start < block.start || a.end > block.end) continue
    const span = speakerSpan(a.text, quote.speaker?.name ?? null)
    if (span) marks.push({ start: a.start + span[0], end: a.start + span[1], role: 'speaker' })
  }
  marks.sort((x, y) => x.start - y.start)
  const runs: ArticleRun[] = []
  let at = block.start
  for (const mark of marks) {
    if (mark.start < at) continue
    runs.push({ text: source.slice(at, mark.start) })
    runs.push({ text: source.slice(mark.start, mark.end), role: mark.role })
    at = mark.end
  }
  runs.push({ text: source.slice(at, block.end) })
  return normalizeRuns(runs)
}

function contactOf(c: Version['contacts'][number]): ArticleContact {
  return {
    name: c.name,
    title: c.title ?? null,
    organization: c.organization,
    phone: c.phone,
    email: c.email,
  }
}

/** The article of a parsed version. */
export function articleFromVersion(release: Release, version: Version): Article {
  const blocks = version.blocks
  const boilerplateBlocks = new Map(version.boilerplates.map((b) => [b.block, b]))
  const article: Article = {
    lang: version.lang,
    releaseLine: null,
    date: version.date ? { iso: version.date.iso, text: flattenText(version.date.text) } : null,
    headline: version.headline ? flattenText(version.headline.text) : '',
    subheadline: version.subheadline ? flattenText(version.subheadline.text) : null,
    paragraphs: [],
    endMark: version.endMark ? version.endMark.text.trim() : null,
    boilerplates: [],
    contacts: version.contacts.filter((c) => c.name || c.email || c.phone).map(contactOf),
    contactNotes: [],
  }
  const skip = new Set<number>()
  blocks.forEach((block, index) => {
    if (skip.has(index)) return
    const text = block.text.trim()
    switch (block.kind) {
      case 'release-line':
        article.releaseLine = article.releaseLine ?? flattenText(text)
        return
      case 'date':
        if (!article.date) article.date = { iso: null, text: flattenText(text) }
        return
      case 'headline':
        if (!article.headline) article.headline = flattenText(text)
        return
      case 'subheadline':
        if (!article.subheadline) article.subheadline = flattenText(text)
        return
      case 'contacts':
        if (article.contacts.length === 0 && text) article.contactNotes.push(text)
        return
      case 'end-mark':
        article.endMark = article.endMark ?? flattenText(text)
        return
      case 'boilerplate':
        article.boilerplates.push(boilerplateOf(text, boilerplateBlocks.get(index)?.organization))
        return
      default: {
        // An "About X" line standing alone before an about paragraph becomes its heading.
        const next = blocks[index + 1]
        const named = aboutHeading(text)
        if (named && next?.kind === 'boilerplate' && !text.includes('\n')) {
          skip.add(index + 1)
          article.boilerplates.push({ organization: named, text: flattenText(next.text) })
          return
        }
        const kind = block.kind === 'quote' ? 'quote' : block.kind === 'body' ? 'body' : 'other'
        const runs = paragraphRuns(release, version, block)
        if (runs.length > 0) article.paragraphs.push({ kind, runs })
      }
    }
  })
  if (!article.headline) article.headline = firstLine(article)
  return article
}

function boilerplateOf(text: string, organization: string | null | undefined): ArticleBoilerplate {
  const [first = '', ...rest] = text.split('\n')
  const named = rest.length > 0 ? aboutHeading(first) : null
  if (named) return { organization: named, text: flattenText(rest.join('\n')) }
  return { organization: organization ?? null, text: flattenText(text) }
}

function firstLine(article: Article): string {
  const first = article.paragraphs[0]?.runs.map((r) => r.text).join('') ?? ''
  return first.length > 120 ? `${first.slice(0, 117).replace(/\s+\S*$/, '')}…` : first
}

const releaseLineRe =
  /^(?:for immediate release|for release|embargoed|para (?:publicaci[oó]n|difusi[oó]n) inmediata|comunicado de prensa|nota de prensa|(?:bajo )?embargo)/i
const endMarkRe = /^(?:#\s*#\s*#|-\s*30\s*-|fin|end|ends)$/i
const phoneRe = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}/
const contactRe = /^(?:media |press )?contact|^contacto/i

function looksLikeDate(text: string): boolean {
  return text.length <= 60 && /\b(?:1[89]|20)\d{2}\b/.test(text) && !/[.!?]\s+\S/.test(text)
}

/**
 * The article of a text the reader could not read (an unsupported language, an odd shape, a
 * reader failure): leading release line, date and contact paragraphs are recognised by their
 * shape, the first other short paragraph is the headline, an end mark closes the body and the
 * paragraphs after it are "about" paragraphs.
 */
export function articleFromText(lang: Lang, text: string): Article {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
  const article: Article = {
    lang,
    releaseLine: null,
    date: null,
    headline: '',
    subheadline: null,
    paragraphs: [],
    endMark: null,
    boilerplates: [],
    contacts: [],
    contactNotes: [],
  }
  let index = 0
  for (; index < paragraphs.length; index++) {
    const p = paragraphs[index] as string
    const flat = flattenText(p)
    if (!article.releaseLine && releaseLineRe.test(flat) && flat.length <= 120)
      article.releaseLine = flat
    else if (!article.date && looksLikeDate(flat)) article.date = { iso: null, text: flat }
    else if (contactRe.test(flat) || p.includes('@') || phoneRe.test(flat))
      article.contactNotes.push(p)
    else break
  }
  const headline = paragraphs[index]
  if (headline !== undefined && flattenText(headline).length <= 300) {
    article.headline = flattenText(headline)
    index++
  }
  let ended = false
  for (; index < paragraphs.length; index++) {
    const p = paragraphs[index] as string
    const flat = flattenText(p)
    if (!ended && endMarkRe.test(flat)) {
      article.endMark = flat
      ended = true
    } else if (ended) {
      if (contactRe.test(flat)) article.contactNotes.push(p)
      else article.boilerplates.push(boilerplateOf(p, null))
    } else article.paragraphs.push({ kind: 'body', runs: [{ text: flat }] })
  }
  if (!article.headline) article.headline = firstLine(article)
  return article
}

/** The plain text of a paragraph. */
export function paragraphText(paragraph: ArticleParagraph): string {
  return paragraph.runs.map((r) => r.text).join('')
}

/** A one-or-two-sentence summary: the first body paragraph, cut at a word near `max` characters. */
export function articleSummary(article: Article, max = 240): string {
  const first =
    article.paragraphs.find((p) => p.kind === 'body') ?? article.paragraphs[0] ?? undefined
  const text = first ? paragraphText(first) : (article.subheadline ?? article.headline)
  if (text.length <= max) return text
  return `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`
}
