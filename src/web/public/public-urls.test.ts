import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { createPublicUrls, exportFileOf } from './public-urls.js'

describe('public urls', () => {
  it('builds folder-style paths and absolute URLs at the root', () => {
    const urls = createPublicUrls('https://news.example.org/')
    assert.equal(urls.release('es', 'a-b'), '/es/releases/a-b/')
    assert.equal(urls.organization('en', 'org'), '/en/organizations/org/')
    assert.equal(urls.feed('en', 'atom'), '/en/atom.xml')
    assert.equal(urls.feed('es', 'json', 'org'), '/es/organizations/org/feed.json')
    assert.equal(urls.absolute(urls.index('en')), 'https://news.example.org/en/')
    assert.equal(urls.absolute(urls.sitemap), 'https://news.example.org/sitemap.xml')
  })

  it('prefixes links with the path of a public URL under a sub-path', () => {
    const urls = createPublicUrls('https://example.github.io/newsroom')
    assert.equal(urls.index('es'), '/newsroom/es/')
    assert.equal(urls.css, '/newsroom/assets/newsroom.css')
    assert.equal(urls.absolute(urls.index('es')), 'https://example.github.io/newsroom/es/')
  })

  it('maps addresses to export files', () => {
    const cases: [string, string, string][] = [
      ['/', '', 'index.html'],
      ['/en/', '', 'en/index.html'],
      ['/en/releases/x/', '', 'en/releases/x/index.html'],
      ['/en/feed.xml', '', 'en/feed.xml'],
      ['/newsroom/es/', '/newsroom', 'es/index.html'],
      ['/newsroom/sitemap.xml', '/newsroom', 'sitemap.xml'],
    ]
    for (const [path, base, file] of cases) assert.equal(exportFileOf(path, base), file, path)
  })
})
