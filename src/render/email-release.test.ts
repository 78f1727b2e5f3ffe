import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { type DefaultTreeAdapterMap, parse } from 'parse5'
import type { Article } from './article.js'
import { renderEmbargoNotice } from './email-embargo-notice.js'
import type { EmailSection } from './email-message.js'
import { renderReleaseEmail } from './email-release.js'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']

function elements(node: Node, tag?: string): Element[] {
  const out: Element[] = []
  const walk = (n: Node) => {
    if ('tagName' in n && (!tag || n.tagName === tag)) out.push(n)
    if ('childNodes' in n) for (const c of n.childNodes) walk(c)
    if ('content' in n && n.content) walk(n.content as Node)
  }
  walk(node)
  return out
}
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value
function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : ''
}

function article(lang: 'en' | 'es', headline: string): Article {
  return {
    lang,
    releaseLine: lang === 'en' ? 'FOR IMMEDIATE RELEASE' : 'PARA PUBLICACIÓN INMEDIATA',
    date: { iso: '2026-03-01', text: lang === 'en' ? 'March 1, 2026' : '1 de marzo de 2026' },
    headline,
    subheadline: null,
    paragraphs: [
      {
        kind: 'body',
        runs: [{ text: 'CHICAGO —', role: 'dateline' }, { text: ' Families <marched> & spoke.' }],
      },
      {
        kind: 'quote',
        runs: [
          { text: '“We are here,” said ' },
          { text: 'Ana Pérez', role: 'speaker' },
          { text: '.' },
        ],
      },
    ],
    endMark: '###',
    boilerplates: [],
    contacts: [],
    contactNotes: [],
  }
}

function section(lang: 'en' | 'es', headline: string): EmailSection {
  return {
    article: article(lang, headline),
    organizations: ['Alianza Americas', 'Presente'],
    contacts: [
      {
        name: 'Luisa Gómez',
        title: 'Press',
        organization: 'Presente',
        email: 'press@presente.example',
        phone: '+1 312 555 0100',
      },
    ],
    boilerplates: [
      {
        organization: 'Presente',
        text: lang === 'en' ? 'Presente organizes.' : 'Presente organiza.',
      },
    ],
    embargoLine: null,
    readOnlineUrl: `https://news.example/${lang}/release`,
  }
}

const recipient = {
  name: '<img src=x onerror=alert(1)> "Pat" & Co',
  email: 'pat@example.org',
  unsubscribeUrl: 'https://news.example/unsubscribe/tok.en?x=1&y=2',
}

describe('renderReleaseEmail', () => {
  it('lays the message out as presentation tables with inline styles and no style or script', () => {
    const mail = renderReleaseEmail({ recipient, sections: [section('en', 'Families march')] })
    const doc = parse(mail.html)
    assert.equal(attr(elements(doc, 'html')[0] as Element, 'lang'), 'en')
    const tables = elements(doc, 'table')
    assert.ok(tables.length >= 2)
    for (const t of tables) assert.equal(attr(t, 'role'), 'presentation')
    assert.equal(elements(doc, 'style').length, 0)
    assert.equal(elements(doc, 'script').length, 0)
    for (const p of elements(doc, 'p'))
      assert.ok(attr(p, 'style'), 'every paragraph is styled inline')
    assert.equal(textOf(elements(doc, 'h1')[0] as Element), 'Families march')
    const quote = elements(doc, 'blockquote')
    assert.equal(quote.length, 1)
    assert.match(textOf(quote[0] as Element), /said Ana Pérez/)
    assert.match(textOf(doc), /CHICAGO — Families <marched> & spoke\./)
  })

  it('escapes personal fields: a name with markup stays text', () => {
    const mail = renderReleaseEmail({ recipient, sections: [section('en', 'Families march')] })
    const doc = parse(mail.html)
    assert.equal(elements(doc, 'img').length, 0)
    assert.ok(textOf(doc).includes('<img src=x onerror=alert(1)> "Pat" & Co <pat@example.org>'))
    const unsubscribe = elements(doc, 'a').filter(
      (a) => attr(a, 'href') === recipient.unsubscribeUrl,
    )
    assert.equal(unsubscribe.length, 1, 'the unsubscribe link survives escaping intact')
    assert.equal(textOf(unsubscribe[0] as Element), 'Unsubscribe')
  })

  it('puts both languages one after the other, each cell marked with its language', () => {
    const mail = renderReleaseEmail({
      recipient,
      sections: [section('es', 'Familias marchan'), section('en', 'Families march')],
    })
    const doc = parse(mail.html)
    const cells = elements(doc, 'td').filter((td) => attr(td, 'lang'))
    assert.deepEqual(
      cells.map((c) => attr(c, 'lang')),
      ['es', 'en'],
    )
    assert.match(
      textOf(cells[0] as Element),
      /Familias marchan[\s\S]*Contactos de prensa[\s\S]*Acerca de Presente/,
    )
    assert.match(
      textOf(cells[1] as Element),
      /Families march[\s\S]*Media contacts[\s\S]*About Presente/,
    )
    assert.equal(mail.subject, 'Familias marchan / Families march')
    assert.deepEqual(mail.langs, ['es', 'en'])
    assert.equal(attr(elements(doc, 'html')[0] as Element, 'lang'), 'es')
  })

  it('gives the same content as plain text, with the unsubscribe link and no markup', () => {
    const mail = renderReleaseEmail({ recipient, sections: [section('en', 'Families march')] })
    assert.match(mail.text, /^FOR IMMEDIATE RELEASE\n\nMarch 1, 2026/)
    assert.match(mail.text, /\n> “We are here,” said Ana Pérez\./)
    assert.match(
      mail.text,
      /Luisa Gómez, Press, Presente \| \+1 312 555 0100 \| press@presente\.example/,
    )
    assert.ok(mail.text.includes(`Unsubscribe: ${recipient.unsubscribeUrl}`))
    assert.ok(mail.text.includes('Read it online: https://news.example/en/release'))
    assert.doesNotMatch(mail.text, /<p[ >]|<td|<table|&amp;/)
  })

  it('shows the embargo line first and in the subject when given', () => {
    const s = { ...section('en', 'Families march'), embargoLine: 'EMBARGOED UNTIL 9 AM CT' }
    const mail = renderReleaseEmail({ recipient, sections: [s] })
    assert.equal(mail.subject, 'EMBARGOED UNTIL 9 AM CT: Families march')
    assert.match(mail.text, /^EMBARGOED UNTIL 9 AM CT\n/)
  })

  it('refuses a message without sections', () => {
    assert.throws(() => renderReleaseEmail({ recipient, sections: [] }), /at least one section/)
  })
})

describe('renderEmbargoNotice', () => {
  it('carries the embargo line and the personal preview link, and nothing of the text', () => {
    const notice = renderEmbargoNotice({
      recipient,
      previewUrl: 'https://news.example/preview/abc',
      sections: [
        {
          lang: 'en',
          organizations: ['Alianza Americas'],
          embargoLine: 'EMBARGOED UNTIL MARCH 2, 9 AM CT',
          contacts: [],
        },
        {
          lang: 'es',
          organizations: ['Alianza Americas'],
          embargoLine: 'BAJO EMBARGO HASTA EL 2 DE MARZO, 9 AM CT',
          contacts: [],
        },
      ],
    })
    const doc = parse(notice.html)
    const links = elements(doc, 'a').map((a) => attr(a, 'href'))
    assert.equal(links.filter((h) => h === 'https://news.example/preview/abc').length, 2)
    assert.match(textOf(doc), /EMBARGOED UNTIL MARCH 2[\s\S]*BAJO EMBARGO HASTA/)
    assert.match(
      notice.subject,
      /^Embargoed: Alianza Americas — EMBARGOED UNTIL MARCH 2, 9 AM CT \/ Bajo embargo/,
    )
    assert.ok(notice.text.includes('Read the embargoed release: https://news.example/preview/abc'))
    assert.equal(elements(doc, 'h1').length, 0, 'no headline')
  })
})
