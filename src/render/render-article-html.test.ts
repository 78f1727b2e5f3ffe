import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parse } from 'parse5'
import type { Article } from './article.js'
import { renderArticleHtml } from './render-article-html.js'

const labels = {
  about: 'About',
  aboutUnnamed: 'About the organizations',
  contacts: 'Media contacts',
}

const article: Article = {
  lang: 'en',
  releaseLine: 'FOR IMMEDIATE RELEASE',
  date: { iso: '2021-06-10', text: 'June 10, 2021' },
  headline: 'Headline <with> & markup',
  subheadline: 'A dek',
  paragraphs: [
    { kind: 'body', runs: [{ text: 'CHICAGO –', role: 'dateline' }, { text: ' Body.' }] },
    {
      kind: 'quote',
      runs: [{ text: '“Quote,” said ' }, { text: 'Ana', role: 'speaker' }, { text: '.' }],
    },
  ],
  endMark: '###',
  boilerplates: [
    { organization: null, text: 'is a group.' },
    { organization: 'Presente', text: 'Presente is a group.' },
  ],
  contacts: [
    { name: 'Ana', title: null, organization: null, phone: '(312) 555-0100', email: 'a@b.org' },
  ],
  contactNotes: [],
}

describe('renderArticleHtml', () => {
  const out = renderArticleHtml(article, {
    ...labels,
    issuedBy: 'Issued by',
    organizations: [{ name: 'A & B', href: '/en/organizations/a/' }],
    notice: 'Corrected on June 11, 2021.',
  }).value

  it('renders the parts of a release with their semantics', () => {
    for (const part of [
      '<article class="release" lang="en">',
      '<p class="release-line">FOR IMMEDIATE RELEASE</p>',
      '<h1>Headline &lt;with&gt; &amp; markup</h1>',
      '<p class="subheadline">A dek</p>',
      '<time datetime="2021-06-10">June 10, 2021</time>',
      '<p><span class="dateline">CHICAGO –</span> Body.</p>',
      '<p class="quote">“Quote,” said <cite>Ana</cite>.</p>',
      '<p class="end-mark">###</p>',
      '<h2>About the organizations</h2><p>is a group.</p>',
      '<h2>About Presente</h2><p>Presente is a group.</p>',
      '<h2>Media contacts</h2>',
      '<a href="tel:3125550100">(312) 555-0100</a>',
      '<a href="mailto:a@b.org">a@b.org</a>',
      'Issued by <a href="/en/organizations/a/">A &amp; B</a>',
      '<p class="notice" role="note">Corrected on June 11, 2021.</p>',
    ])
      assert.ok(out.includes(part), part)
  })

  it('parses as HTML without errors', () => {
    const errors: string[] = []
    parse(`<!doctype html><html lang="en"><title>t</title><body>${out}`, {
      onParseError: (e) => errors.push(e.code),
    })
    assert.deepEqual(errors, [])
  })

  it('uses a fallback date and shows contact blocks it could not split, line by line', () => {
    const bare = renderArticleHtml(
      { ...article, date: null, contacts: [], contactNotes: ['Contact:\nAna <ana>'] },
      { ...labels, fallbackDate: { iso: '2026-03-01', text: 'March 1, 2026' } },
    ).value
    assert.ok(bare.includes('<time datetime="2026-03-01">March 1, 2026</time>'))
    assert.ok(bare.includes('<p>Contact:<br>Ana &lt;ana&gt;</p>'))
  })
})
