import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { jsonLdScript, newsArticleJsonLd } from './news-article-json-ld.js'

const versions = [
  { lang: 'en', url: 'https://n.org/en/releases/x/' },
  { lang: 'es', url: 'https://n.org/es/releases/x/' },
]
const base = {
  headline: 'Headline',
  description: 'Summary',
  datePublished: '2026-03-01T12:00:00.000Z',
  dateModified: '2026-03-02T12:00:00.000Z',
  organizations: [
    { name: 'Alianza', url: 'https://alianza.org', logo: 'https://alianza.org/l.png' },
  ],
  versions,
  publisherName: 'Coalition',
}

describe('newsArticleJsonLd', () => {
  it('lists the translations on the original and points translations to it', () => {
    const en = newsArticleJsonLd({ ...base, url: versions[0]?.url ?? '', lang: 'en' })
    const es = newsArticleJsonLd({ ...base, url: versions[1]?.url ?? '', lang: 'es' })
    assert.equal(en['@type'], 'NewsArticle')
    assert.equal(en.inLanguage, 'en')
    assert.deepEqual(en.workTranslation, [{ '@id': versions[1]?.url, inLanguage: 'es' }])
    assert.equal(en.translationOfWork, undefined)
    assert.deepEqual(es.translationOfWork, { '@id': versions[0]?.url, inLanguage: 'en' })
    assert.equal(es.workTranslation, undefined)
    assert.deepEqual(en.publisher, {
      '@type': 'Organization',
      name: 'Alianza',
      url: 'https://alianza.org',
      logo: 'https://alianza.org/l.png',
    })
  })

  it('has no translation links for a single version, and the coalition as publisher without co-issuers', () => {
    const only = newsArticleJsonLd({
      ...base,
      organizations: [],
      versions: [versions[0] as { lang: string; url: string }],
      url: versions[0]?.url ?? '',
      lang: 'en',
    })
    assert.equal(only.workTranslation, undefined)
    assert.equal(only.translationOfWork, undefined)
    assert.deepEqual(only.publisher, { '@type': 'Organization', name: 'Coalition' })
    assert.equal(only.author, undefined)
  })

  it('keeps the headline within 110 characters, the full one in name', () => {
    const long = 'x'.repeat(150)
    const data = newsArticleJsonLd({ ...base, headline: long, url: 'u', lang: 'en' })
    assert.equal((data.headline as string).length, 110)
    assert.equal(data.name, long)
  })

  it('writes a script block no text can close', () => {
    const script = jsonLdScript({ headline: '</script><script>alert(1)</script> & \u2028' }).value
    assert.equal(script.match(/<\/script>/g)?.length, 1)
    const json = script.slice(script.indexOf('>') + 1, script.lastIndexOf('</script>'))
    assert.equal(JSON.parse(json).headline, '</script><script>alert(1)</script> & \u2028')
  })
})
