import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Block, BlockKind, Release, Version } from '../core/release.js'
import { articleFromText, articleFromVersion, articleSummary, paragraphText } from './article.js'

/** A release with one version whose blocks are `parts` joined by blank lines. */
function build(parts: [BlockKind, string][]): { release: Release; version: Version } {
  const blocks: Block[] = []
  let text = ''
  for (const [kind, part] of parts) {
    if (text) text += '\n\n'
    blocks.push({
      type: 'block',
      kind,
      text: part,
      start: text.length,
      end: text.length + part.length,
    })
    text += part
  }
  const at = (needle: string) => text.indexOf(needle)
  const body = blocks.findIndex((b) => b.kind === 'body')
  const quote = blocks.findIndex((b) => b.kind === 'quote')
  const version: Version = {
    type: 'version',
    lang: 'en',
    source: 0,
    start: 0,
    end: text.length,
    date: { iso: '2021-06-10', text: 'June 10, 2021', start: 0, end: 13 },
    headline: blocks.find((b) => b.kind === 'headline') ?? null,
    subheadline: null,
    dateline: {
      place: 'CHICAGO',
      text: 'CHICAGO –',
      start: at('CHICAGO –'),
      end: at('CHICAGO –') + 9,
    },
    contacts: [
      {
        name: 'Ana Ruiz',
        phone: '(312) 555-0100',
        email: 'ana@example.org',
        organization: null,
        title: 'Press Officer',
        start: 0,
        end: 0,
      },
    ],
    blocks,
    quotes: [
      {
        type: 'quote',
        text: 'We will keep going',
        speaker: { name: 'Oscar Chacon', title: null, organization: null },
        block: quote,
        start: at('We will'),
        end: at('We will') + 18,
        attribution: {
          text: 'said Chacon',
          start: at('said Chacon'),
          end: at('said Chacon') + 11,
          verb: 'said',
        },
      },
    ],
    endMark: { text: '###', start: at('###'), end: at('###') + 3 },
    boilerplates: [
      { organization: 'Alianza Americas', block: blocks.length - 1, start: 0, end: 0 },
    ],
  }
  assert.ok(body >= 0)
  return {
    release: {
      type: 'release',
      sources: [{ file: 'en.txt', format: 'text', text }],
      versions: [version],
      diagnostics: [],
    },
    version,
  }
}

describe('articleFromVersion', () => {
  const { release, version } = build([
    ['release-line', 'FOR IMMEDIATE RELEASE'],
    ['date', 'June 10, 2021'],
    ['contacts', 'Contact: Ana Ruiz | (312) 555-0100'],
    ['headline', 'Coalition answers\nthe ruling'],
    ['body', 'CHICAGO – The coalition\nanswered today.'],
    ['quote', '“We will keep going,” said Chacon.'],
    ['end-mark', '###'],
    ['other', 'About Alianza Americas'],
    ['boilerplate', 'Alianza Americas is a network.'],
  ])
  const article = articleFromVersion(release, version)

  it('reads the header: release line, date, headline with its line breaks folded', () => {
    assert.equal(article.releaseLine, 'FOR IMMEDIATE RELEASE')
    assert.deepEqual(article.date, { iso: '2021-06-10', text: 'June 10, 2021' })
    assert.equal(article.headline, 'Coalition answers the ruling')
  })

  it('marks the dateline and the speaker inside their paragraphs', () => {
    assert.deepEqual(article.paragraphs[0], {
      kind: 'body',
      runs: [{ text: 'CHICAGO –', role: 'dateline' }, { text: ' The coalition answered today.' }],
    })
    assert.deepEqual(article.paragraphs[1], {
      kind: 'quote',
      runs: [
        { text: '“We will keep going,” said ' },
        { text: 'Chacon', role: 'speaker' },
        { text: '.' },
      ],
    })
    assert.equal(article.paragraphs.length, 2)
  })

  it('turns an "About X" line and its paragraph into one about section', () => {
    assert.equal(article.endMark, '###')
    assert.deepEqual(article.boilerplates, [
      { organization: 'Alianza Americas', text: 'Alianza Americas is a network.' },
    ])
  })

  it('keeps the contacts the reader found', () => {
    assert.equal(article.contacts[0]?.name, 'Ana Ruiz')
    assert.equal(article.contacts[0]?.email, 'ana@example.org')
  })

  it('summarises with the first body paragraph, cut at a word', () => {
    assert.equal(articleSummary(article), 'CHICAGO – The coalition answered today.')
    assert.equal(articleSummary(article, 20), 'CHICAGO – The…')
  })
})

describe('articleFromText', () => {
  it('finds release line, date, contacts and headline by shape, and about sections after the end mark', () => {
    const article = articleFromText(
      'es',
      [
        'PARA PUBLICACIÓN INMEDIATA',
        '10 de junio de 2021',
        'Contacto: Ana Ruiz\n(312) 555-0100',
        'La coalición responde al fallo',
        'CHICAGO – La coalición\nrespondió hoy.',
        '-30-',
        'Acerca de Presente\nPresente es una organización.',
      ].join('\n\n'),
    )
    assert.equal(article.releaseLine, 'PARA PUBLICACIÓN INMEDIATA')
    assert.equal(article.date?.text, '10 de junio de 2021')
    assert.deepEqual(article.contactNotes, ['Contacto: Ana Ruiz\n(312) 555-0100'])
    assert.equal(article.headline, 'La coalición responde al fallo')
    assert.deepEqual(article.paragraphs.map(paragraphText), [
      'CHICAGO – La coalición respondió hoy.',
    ])
    assert.equal(article.endMark, '-30-')
    assert.deepEqual(article.boilerplates, [
      { organization: 'Presente', text: 'Presente es una organización.' },
    ])
  })

  it('makes a headline from the first paragraph when every paragraph is long', () => {
    const long = `${'word '.repeat(80).trim()}.`
    const article = articleFromText('en', `${long}\n\n${long}`)
    assert.ok(article.headline.endsWith('…') && article.headline.length <= 120)
    assert.equal(article.paragraphs.length, 2)
  })

  it('reads an empty text as an empty article', () => {
    const article = articleFromText('en', '  \n\n ')
    assert.equal(article.headline, '')
    assert.deepEqual(article.paragraphs, [])
  })
})
