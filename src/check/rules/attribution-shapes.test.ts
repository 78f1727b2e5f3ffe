import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDanglingAttributions, isDanglingAttributionText } from './attribution-shapes.js'

const found = (text: string, lang: string) =>
  findDanglingAttributions(text, 0, lang).map((s) => s.text)

describe('findDanglingAttributions', () => {
  const cases: [string, string, string[]][] = [
    [
      'en',
      '“We will fight,” stated Matt Nelson, executive director of',
      ['stated Matt Nelson, executive director of'],
    ],
    ['en', '“We will fight,” said Jane Roe, director of.', ['said Jane Roe, director of']],
    [
      'en',
      'Statement from Arturo Carmona, Executive Director of:\n“Text.”',
      ['Statement from Arturo Carmona, Executive Director of'],
    ],
    [
      'en',
      '“Yes,” said Ana Ruiz, policy director at the. Then we left.',
      ['said Ana Ruiz, policy director at the'],
    ],
    [
      'en',
      '“Now,” said Ana Ruiz, director of programs at',
      ['said Ana Ruiz, director of programs at'],
    ],
    [
      'es',
      '“Seguiremos”, afirmó Matt Nelson, director ejecutivo de',
      ['afirmó Matt Nelson, director ejecutivo de'],
    ],
    [
      'es',
      '«Basta», dijo Ana Ruiz, coordinadora nacional de la.',
      ['dijo Ana Ruiz, coordinadora nacional de la'],
    ],
    ['es', '“Hoy”, señaló la vocera del', ['señaló la vocera del']],
    [
      'en',
      'Oscar Chacón, executive director of, has issued the following statement:',
      ['executive director of'],
    ],
    [
      'en',
      'The following statement can be attributed to Hector Figueroa President of in response to the plan.',
      ['statement can be attributed to Hector Figueroa President of'],
    ],
    [
      'es',
      'El presidente de, Arturo S. Rodriguez, emitió la siguiente declaración:',
      ['presidente de'],
    ],
    ['en', 'Ana Ruiz, director of the Center for Justice, said the vote was historic.', []],
    ['es', 'La directora de la campaña, Ana Ruiz, dijo que el voto fue histórico.', []],
    // Complete attributions and stranded prepositions in ordinary prose are fine.
    ['en', '“We will fight,” stated Oscar Chacon, executive director of Alianza Americas.', []],
    ['en', 'This is a victory we can all be proud of.', []],
    ['en', 'It is something the director has been working on.', []],
    ['es', 'Es algo en lo que la directora ha estado trabajando con.', []],
    ['en', 'It is the kind of work we have always stood for.', []],
    ['en', '“Text,” said Ana Ruiz, director of communications.', []],
    ['es', '“Texto”, aseguró Oscar Chacon, director ejecutivo de Alianza Americas.', []],
    ['es', 'La directora general de la organización habló en la reunión.', []],
    ['es', 'Es un logro del que todos estamos orgullosos de.', []],
  ]
  for (const [lang, text, expected] of cases)
    it(`${lang}: ${JSON.stringify(text).slice(0, 70)} → ${expected.length}`, () => {
      assert.deepEqual(found(text, lang), expected)
    })

  it('returns absolute offsets', () => {
    const text = 'said Jo Li, director of'
    const [span] = findDanglingAttributions(text, 100, 'en')
    assert.deepEqual(span, { start: 100, end: 100 + text.length, text })
  })

  it('checks an attribution text on its own', () => {
    assert.equal(isDanglingAttributionText('stated Matt Nelson, executive director of', 'en'), true)
    assert.equal(
      isDanglingAttributionText(
        'stated Oscar Chacon, executive director of Alianza Americas',
        'en',
      ),
      false,
    )
  })
})
