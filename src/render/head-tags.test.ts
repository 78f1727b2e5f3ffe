import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { alternateLinks, feedLinks, ogLocale, openGraphTags } from './head-tags.js'

describe('head tags', () => {
  it('links the canonical page, every language version and x-default', () => {
    const out = alternateLinks(
      'https://n.org/es/x/',
      [
        { lang: 'en', url: 'https://n.org/en/x/' },
        { lang: 'es', url: 'https://n.org/es/x/' },
      ],
      'https://n.org/en/x/',
    ).value
    assert.deepEqual(out.trim().split('\n'), [
      '<link rel="canonical" href="https://n.org/es/x/">',
      '<link rel="alternate" hreflang="en" href="https://n.org/en/x/">',
      '<link rel="alternate" hreflang="es" href="https://n.org/es/x/">',
      '<link rel="alternate" hreflang="x-default" href="https://n.org/en/x/">',
    ])
  })

  it('leaves out x-default for a page in one language', () => {
    const out = alternateLinks('u', [{ lang: 'en', url: 'u' }], 'u').value
    assert.ok(!out.includes('x-default'))
  })

  it('writes Open Graph properties, escaped, without empty ones', () => {
    const out = openGraphTags({
      type: 'article',
      title: 'A "quoted" <title>',
      description: 'D',
      url: 'https://n.org/en/x/',
      siteName: 'S',
      lang: 'en',
      alternateLangs: ['es'],
      image: null,
      publishedTime: '2026-03-01T12:00:00.000Z',
    }).value
    assert.ok(
      out.includes('<meta property="og:title" content="A &quot;quoted&quot; &lt;title&gt;">'),
    )
    assert.ok(out.includes('<meta property="og:locale" content="en_US">'))
    assert.ok(out.includes('<meta property="og:locale:alternate" content="es_US">'))
    assert.ok(out.includes('article:published_time'))
    assert.ok(!out.includes('og:image') && !out.includes('modified_time'))
  })

  it('maps language tags to Open Graph locales', () => {
    const cases: [string, string][] = [
      ['en', 'en_US'],
      ['es', 'es_US'],
      ['es-MX', 'es_MX'],
      ['pt', 'pt'],
    ]
    for (const [tag, locale] of cases) assert.equal(ogLocale(tag), locale)
  })

  it('announces the three feeds', () => {
    const out = feedLinks({ title: 'T', rss: '/r', atom: '/a', json: '/j' }).value
    assert.ok(out.includes('type="application/rss+xml" title="T (RSS)" href="/r"'))
    assert.ok(out.includes('type="application/atom+xml"'))
    assert.ok(out.includes('type="application/feed+json"'))
  })
})
