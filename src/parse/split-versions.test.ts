import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { splitBlocks } from './split-blocks.js'
import { splitVersions } from './split-versions.js'

const en = [
  'June 10, 2021',
  'Groups Urge Congress to Protect Families',
  'CHICAGO – The coalition of organizations urged the Congress this week to protect the families who have lived in the country for years.',
  '“We will not stop until every family is safe,” said Ana Ruiz, the director of the coalition.',
  '###',
]
const es = [
  '10 de junio de 2021',
  'Grupos piden al Congreso proteger a las familias',
  'CHICAGO – La coalición de organizaciones pidió esta semana al Congreso que proteja a las familias que han vivido en el país durante años.',
  '«No nos detendremos hasta que todas las familias estén a salvo», afirmó Ana Ruiz, la directora de la coalición.',
  '###',
]

function runs(paragraphs: string[]): [string, string][] {
  const text = paragraphs.join('\n\n')
  const blocks = splitBlocks(text)
  return splitVersions(text, blocks, ['en', 'es']).map((r) => {
    const b = blocks[r.from]
    return [r.lang, b ? text.slice(b.start, b.end).slice(0, 20) : '']
  })
}

describe('splitVersions', () => {
  it('cuts English then Spanish at the Spanish date line', () => {
    assert.deepEqual(runs([...en, ...es]), [
      ['en', 'June 10, 2021'],
      ['es', '10 de junio de 2021'],
    ])
  })

  it('cuts Spanish then English', () => {
    assert.deepEqual(runs([...es, ...en]), [
      ['es', '10 de junio de 2021'],
      ['en', 'June 10, 2021'],
    ])
  })

  it('starts the second version at its "Versión en español" marker', () => {
    const r = runs([...en, 'Versión en español', ...es])
    assert.deepEqual(r[1], ['es', 'Versión en español'])
  })

  it('puts contacts without language after the end mark into the version they follow when the next opens with a date', () => {
    const contacts = 'Fernanda Durand | (443) 396-3317'
    const text = [...en, contacts, ...es].join('\n\n')
    const blocks = splitBlocks(text)
    const [first, second] = splitVersions(text, blocks, ['en', 'es'])
    assert.equal(
      text.slice(blocks[(first?.to ?? 1) - 1]?.start, blocks[(first?.to ?? 1) - 1]?.end),
      contacts,
    )
    assert.equal(second?.lang, 'es')
  })

  it('does not open a version for a Spanish slogan inside an English release', () => {
    assert.deepEqual(
      runs([...en.slice(0, 3), '¡Sí se puede!', ...en.slice(3)]).map(([l]) => l),
      ['en'],
    )
  })

  it('does not open a version for an English quote left untranslated in the Spanish version', () => {
    const quote =
      '“We will not stop until every family in this country is safe and the Congress has acted on this bill,” said Ana Ruiz.'
    assert.deepEqual(
      runs([...es.slice(0, 3), quote, ...es.slice(3)]).map(([l]) => l),
      ['es'],
    )
  })

  it('follows a given order of languages', () => {
    const text = [...en, ...es].join('\n\n')
    const blocks = splitBlocks(text)
    assert.deepEqual(
      splitVersions(text, blocks, ['en', 'es'], ['en', 'es']).map((r) => r.lang),
      ['en', 'es'],
    )
  })
})
