import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseRelease } from '../parse/index.js'
import { articleFromText } from './article.js'
import { contactLine, renderVersionWireText, renderWireText } from './render-wire-text.js'

describe('renderWireText', () => {
  it('writes the wire copy in order, one paragraph per line, with labels in the language', () => {
    const article = articleFromText(
      'es',
      'PARA PUBLICACIÓN INMEDIATA\n\n10 de junio de 2021\n\nContacto: Ana (312) 555-0100\n\nTitular\n\nCHICAGO – Texto\nen dos líneas.\n\n###\n\nAcerca de Presente\nPresente es una red.',
    )
    article.contacts = [
      {
        name: 'Ana Ruiz',
        title: 'Prensa',
        organization: 'Presente',
        phone: '555',
        email: 'a@b.org',
      },
    ]
    assert.equal(
      renderWireText(article),
      'PARA PUBLICACIÓN INMEDIATA\n\n10 de junio de 2021\n\nContacto:\nAna Ruiz, Prensa, Presente | 555 | a@b.org\n\nTitular\n\nCHICAGO – Texto en dos líneas.\n\n###\n\nAcerca de Presente\nPresente es una red.\n',
    )
  })

  it('leaves out what the article lacks and falls back to English labels', () => {
    const article = articleFromText('fr', 'Titre\n\nTexte.')
    assert.equal(renderWireText(article), 'Titre\n\nTexte.\n')
    assert.equal(
      contactLine({ name: null, title: null, organization: null, phone: '1', email: null }),
      '1',
    )
  })

  it('renders a parsed version, whatever the reader made of it', () => {
    const text =
      'June 1, 2026\n\nCoalition welcomes ruling\n\nCHICAGO – The coalition welcomed it.\n\n###'
    const release = parseRelease([{ file: 'en.txt', format: 'text', text }], { langs: ['en'] })
    const [version] = release.versions
    assert.ok(version)
    const wire = renderVersionWireText(release, version)
    assert.ok(wire.includes('CHICAGO – The coalition welcomed it.'))
    assert.ok(wire.endsWith('###\n'))
  })
})
