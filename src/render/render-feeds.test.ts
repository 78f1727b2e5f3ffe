import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseXml } from '../server/public-test-html.js'
import { type FeedEntry, type FeedInput, renderFeeds } from './render-feeds.js'

const hostile = 'A <b>bold</b> & ]]> claim ]]> twice \u0007'

const input: FeedInput = {
  title: 'Coalition & friends',
  description: 'Releases',
  lang: 'es',
  homeUrl: 'https://n.org/es/',
  urls: {
    rss: 'https://n.org/es/feed.xml',
    atom: 'https://n.org/es/atom.xml',
    json: 'https://n.org/es/feed.json',
  },
  publisher: 'Coalition',
  entries: [
    {
      url: 'https://n.org/es/releases/a/',
      title: hostile,
      summary: hostile,
      contentHtml: `<p>${'x ]]> y'}</p>`,
      published: '2026-03-01T12:00:00.000Z',
      updated: '2026-03-02T12:00:00.000Z',
      authors: [{ name: 'Org', url: 'https://n.org/es/organizations/org/' }],
    },
  ],
}

describe('renderFeeds', () => {
  const feeds = renderFeeds(input)

  it('writes well-formed RSS 2.0 whatever the text holds', () => {
    const channel = parseXml(feeds.rss).rss.channel
    assert.equal(channel.title, 'Coalition & friends')
    assert.equal(channel.language, 'es')
    const [item] = channel.item
    assert.equal(item.title, 'A <b>bold</b> & ]] > claim ]] > twice ')
    assert.equal(item.link[0], 'https://n.org/es/releases/a/')
    assert.equal(item.pubDate, 'Sun, 01 Mar 2026 12:00:00 GMT')
  })

  it('writes well-formed Atom 1.0 with titles escaped as HTML', () => {
    const feed = parseXml(feeds.atom).feed
    assert.equal(feed.updated, '2026-03-02T12:00:00.000Z')
    const [entry] = feed.entry
    assert.equal(entry.id, 'https://n.org/es/releases/a/')
    assert.match(entry.title['#text'] ?? entry.title, /^A &lt;b&gt;bold&lt;\/b&gt; &amp;/)
  })

  it('writes JSON Feed 1.1 with authors and language', () => {
    const json = JSON.parse(feeds.json)
    assert.equal(json.version, 'https://jsonfeed.org/version/1.1')
    assert.equal(json.language, 'es')
    assert.deepEqual(json.authors, [{ name: 'Coalition', url: 'https://n.org/es/' }])
    const [item] = json.items
    assert.equal(item.id, 'https://n.org/es/releases/a/')
    assert.deepEqual(item.authors, [{ name: 'Org', url: 'https://n.org/es/organizations/org/' }])
    assert.equal(item.author, undefined)
    assert.equal(item.date_published, '2026-03-01T12:00:00.000Z')
    assert.ok(item.content_html.startsWith('<p>'))
  })

  it('dates an empty feed with the time it is given, not the clock', () => {
    const empty = renderFeeds({ ...input, entries: [], updated: '2026-01-01T00:00:00.000Z' })
    assert.equal(parseXml(empty.atom).feed.updated, '2026-01-01T00:00:00.000Z')
    assert.equal(
      renderFeeds({ ...input, entries: [], updated: '2026-01-01T00:00:00.000Z' }).rss,
      empty.rss,
    )
  })

  it('gives a corrected entry its updated time in all three, and an unchanged one none in RSS', () => {
    const unchanged = {
      ...(input.entries[0] as FeedInput['entries'][number]),
      url: 'https://n.org/es/releases/b/',
      updated: '2026-03-01T12:00:00.000Z',
    }
    const both = renderFeeds({ ...input, entries: [input.entries[0] as FeedEntry, unchanged] })
    const items = parseXml(both.rss).rss.channel.item
    assert.equal(items[0]['atom:updated'], '2026-03-02T12:00:00.000Z')
    assert.equal(items[1]['atom:updated'], undefined)
    assert.deepEqual(
      parseXml(both.atom).feed.entry.map((e: { updated: string }) => e.updated),
      ['2026-03-02T12:00:00.000Z', '2026-03-01T12:00:00.000Z'],
    )
    assert.deepEqual(
      JSON.parse(both.json).items.map((i: { date_modified: string }) => i.date_modified),
      ['2026-03-02T12:00:00.000Z', '2026-03-01T12:00:00.000Z'],
    )
  })

  it('leaves RSS as written when text imitates a closing item tag', () => {
    const tricky = {
      ...(input.entries[0] as FeedEntry),
      summary: 'line one\n        </item>\nline two',
    }
    const rss = renderFeeds({ ...input, entries: [tricky] }).rss
    assert.ok(!rss.includes('atom:updated'))
    assert.equal(parseXml(rss).rss.channel.item[0].description.includes('</item>'), true)
  })

  it('writes an entry without authors (the feed package would read author[0] of an empty list)', () => {
    const lone = { ...(input.entries[0] as FeedEntry), authors: [] }
    const feeds = renderFeeds({ ...input, entries: [lone] })
    assert.equal(JSON.parse(feeds.json).items[0].authors, undefined)
    assert.equal(parseXml(feeds.atom).feed.entry[0].author, undefined)
  })
})
