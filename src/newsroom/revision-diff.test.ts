import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { diffRevisions, formatDiff } from './revision-diff.js'

describe('diffRevisions', () => {
  it('shows a changed number in one language and nothing in the other', () => {
    const from = {
      versions: [
        { lang: 'en', text: 'More than 500 members.' },
        { lang: 'es', text: 'Más de 500 miembros.' },
      ],
    }
    const to = {
      versions: [
        { lang: 'en', text: 'More than 500 members.' },
        { lang: 'es', text: 'Más de 600 miembros.' },
      ],
    }
    const [en, es] = diffRevisions(from, to)
    assert.equal(en?.inserted, 0)
    assert.equal(es?.inserted, 1)
    assert.equal(es?.deleted, 1)
    assert.equal(es && formatDiff(es), 'Más de [-500-]{+600+} miembros.')
  })

  it('treats a language added in the later revision as all inserted', () => {
    const [en, es] = diffRevisions(
      { versions: [{ lang: 'en', text: 'Hi' }] },
      {
        versions: [
          { lang: 'en', text: 'Hi' },
          { lang: 'es', text: 'Hola a todos' },
        ],
      },
    )
    assert.equal(en?.inserted, 0)
    assert.equal(es?.inserted, 3)
  })
})
