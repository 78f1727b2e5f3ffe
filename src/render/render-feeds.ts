/**
 * Feeds of published releases in one language: RSS 2.0, Atom 1.0 and JSON Feed 1.1, built with the
 * `feed` package (which writes XML through xml-js, no Node built-ins). The package writes JSON
 * Feed 1.0, so its output is lifted to 1.1 (`authors`, `language`); its CDATA writer splits only
 * the first `]]>`, so text is made safe for CDATA before it goes in. An entry changed after
 * publication (a correction) carries its updated time in all three: Atom `<updated>`, JSON Feed
 * `date_modified`, and in RSS (which has no such element) an `<atom:updated>` in the item.
 */
import { Feed, type Item } from 'feed'
import { escapeHtml, stripForbiddenChars } from './html-template.js'

/** One release in a feed. */
export interface FeedEntry {
  /** The page's absolute URL, also the entry's id. */
  url: string
  title: string
  summary: string
  /** The article as an HTML fragment. */
  contentHtml: string
  /** ISO time of publication and of the last change. */
  published: string
  updated: string
  authors: { name: string; url: string }[]
}

/** A feed and where it lives. */
export interface FeedInput {
  title: string
  description: string
  lang: string
  /** The HTML page the feed follows. */
  homeUrl: string
  urls: { rss: string; atom: string; json: string }
  /** Who publishes (the coalition). */
  publisher: string
  /** ISO time the feed last changed; defaults to the newest entry's. */
  updated?: string
  entries: FeedEntry[]
}

/** The three serializations of one feed. */
export interface RenderedFeeds {
  rss: string
  atom: string
  json: string
}

/** Text safe inside CDATA: no forbidden characters, no `]]>`. */
function cdataText(text: string, inHtml: boolean): string {
  return stripForbiddenChars(text).replaceAll(']]>', inHtml ? ']]&gt;' : ']] >')
}

function build(input: FeedInput, titleOf: (title: string) => string): Feed {
  const newest =
    input.entries
      .map((e) => e.updated)
      .sort()
      .pop() ?? ''
  const updated = input.updated ?? (newest || '1970-01-01T00:00:00.000Z')
  const feed = new Feed({
    id: input.homeUrl,
    title: stripForbiddenChars(input.title),
    description: stripForbiddenChars(input.description),
    link: input.homeUrl,
    language: input.lang,
    updated: new Date(updated),
    generator: 'Comunicado',
    feedLinks: { rss: input.urls.rss, atom: input.urls.atom, json: input.urls.json },
    author: { name: stripForbiddenChars(input.publisher), link: input.homeUrl },
    copyright: stripForbiddenChars(input.publisher),
  })
  for (const entry of input.entries) {
    const item: Item = {
      id: entry.url,
      title: titleOf(entry.title),
      link: entry.url,
      date: new Date(entry.updated),
      published: new Date(entry.published),
      description: cdataText(entry.summary, false),
      content: cdataText(entry.contentHtml, true),
      // The package reads `author[0]` of any array it is given: an empty one must be left out.
      ...(entry.authors.length > 0
        ? { author: entry.authors.map((a) => ({ name: stripForbiddenChars(a.name), link: a.url })) }
        : {}),
    }
    feed.addItem(item)
  }
  return feed
}

interface JsonFeedOut {
  version: string
  language?: string
  author?: { name?: string; url?: string }
  authors?: { name?: string; url?: string }[]
  items: { author?: { name?: string; url?: string }; authors?: unknown[]; language?: string }[]
  [key: string]: unknown
}

/**
 * Adds `<atom:updated>` to the RSS items changed after publication. The items are found by their
 * closing tags, which the writer puts on lines of their own; if the count is not exactly one per
 * entry (text that imitates a closing tag), the feed is left as it was rather than guessed at.
 */
function withItemUpdated(rss: string, entries: readonly FeedEntry[]): string {
  const closing = /^([ \t]*)<\/item>$/gm
  if ((rss.match(closing) ?? []).length !== entries.length) return rss
  if (!/xmlns:atom=/.test(rss)) return rss
  let i = 0
  return rss.replace(closing, (whole, indent: string) => {
    const entry = entries[i++]
    if (!entry || entry.updated === entry.published) return whole
    const updated = new Date(entry.updated)
    if (Number.isNaN(updated.getTime())) return whole
    return `${indent}    <atom:updated>${updated.toISOString()}</atom:updated>\n${whole}`
  })
}

/** RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the entries. */
export function renderFeeds(input: FeedInput): RenderedFeeds {
  // Atom titles are `type="html"`: plain text must be escaped to stay text.
  const atomFeed = build(input, (t) => escapeHtml(t))
  const plainFeed = build(input, (t) => cdataText(t, false))
  const json = JSON.parse(plainFeed.json1()) as JsonFeedOut
  json.version = 'https://jsonfeed.org/version/1.1'
  json.language = input.lang
  if (json.author) {
    json.authors = [json.author]
    delete json.author
  }
  json.items = json.items.map((item, i) => {
    const { author: _author, ...rest } = item
    const authors = input.entries[i]?.authors.map((a) => ({ name: a.name, url: a.url })) ?? []
    return { ...rest, ...(authors.length > 0 ? { authors } : {}), language: input.lang }
  })
  return {
    rss: withItemUpdated(plainFeed.rss2(), input.entries),
    atom: atomFeed.atom1(),
    json: `${JSON.stringify(json, null, 2)}\n`,
  }
}
