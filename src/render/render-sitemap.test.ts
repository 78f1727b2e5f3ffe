import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseXml } from '../server/public-test-html.js'
import { renderSitemap } from './render-sitemap.js'

describe('renderSitemap', () => {
  it('writes one url per language with every alternate and x-default', () => {
    const xml = renderSitemap([
      {
        urls: [
          { lang: 'en', url: 'https://n.org/en/a/' },
          { lang: 'es', url: 'https://n.org/es/a/' },
        ],
        lastModified: '2026-03-01T12:00:00.000Z',
        xDefault: 'https://n.org/en/a/',
      },
      { urls: [{ lang: 'en', url: 'https://n.org/en/b/?x=1&y=2' }] },
    ])
    const urls = parseXml(xml).urlset.url
    assert.equal(urls.length, 3)
    assert.deepEqual(
      urls[1]['xhtml:link'].map((l: Record<string, string>) => [l['@hreflang'], l['@href']]),
      [
        ['en', 'https://n.org/en/a/'],
        ['es', 'https://n.org/es/a/'],
        ['x-default', 'https://n.org/en/a/'],
      ],
    )
    assert.equal(urls[2].loc, 'https://n.org/en/b/?x=1&y=2')
    assert.ok(xml.includes('<loc>https://n.org/en/b/?x=1&amp;y=2</loc>'))
    assert.equal(urls[2]['xhtml:link'], undefined)
  })
})
