import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseSpeakerPhrase, parseSubject } from './speaker-phrase.js'

type Row = [phrase: string, name: string | null, title: string | null, org: string | null]

const rows: Row[] = [
  // English shapes
  [
    'Oscar Chacon, executive director of Alianza Americas',
    'Oscar Chacon',
    'executive director',
    'Alianza Americas',
  ],
  ['Matt Nelson, executive director of', 'Matt Nelson', 'executive director', null],
  ['U.S. Senator Catherine Cortez Masto (D-Nev.)', 'Catherine Cortez Masto', 'U.S. Senator', null],
  ['Jane Doe, President, SEIU Local 32BJ', 'Jane Doe', 'President', 'SEIU Local 32BJ'],
  ['Angelica Salas (CHIRLA)', 'Angelica Salas', null, 'CHIRLA'],
  ['Jane Doe of CASA', 'Jane Doe', null, 'CASA'],
  ["CASA's executive director Gustavo Torres", 'Gustavo Torres', 'executive director', 'CASA'],
  [
    'Marielena Hincapié, the executive director at the National Immigration Law Center',
    'Marielena Hincapié',
    'executive director',
    'National Immigration Law Center',
  ],
  [
    'Alianza Americas executive director Oscar Chacon',
    'Oscar Chacon',
    'executive director',
    'Alianza Americas',
  ],
  ['Sen. Dick Durbin (D-Ill.) in a statement', 'Dick Durbin', 'Sen.', null],
  [
    'Jane Doe, Director of Communications at CASA, who has led',
    'Jane Doe',
    'Director of Communications',
    'CASA',
  ],
  ['Mayor Karen Bass', 'Karen Bass', 'Mayor', null],
  ['UN Secretary-General António Guterres', 'António Guterres', 'Secretary-General', null],
  [
    'Arturo Carmona, Executive Director of Presente.org',
    'Arturo Carmona',
    'Executive Director',
    'Presente.org',
  ],
  [
    'Gustavo Torres, executive director of CASA and co-chair of the coalition',
    'Gustavo Torres',
    'executive director',
    'CASA',
  ],
  [
    'DNC Hispanic Media Director Enrique Gutiérrez',
    'Enrique Gutiérrez',
    'Hispanic Media Director',
    'DNC',
  ],
  [
    'United Farm Workers President Arturo S. Rodriguez',
    'Arturo S. Rodriguez',
    'President',
    'United Farm Workers',
  ],
  [
    'Hector Figueroa President of 32BJ SEIU in response to the order',
    'Hector Figueroa',
    'President',
    '32BJ SEIU',
  ],
  [
    'Daniella Burgi-Palomino, Senior Associate for Mexico, Migrant Rights and Border Issues',
    'Daniella Burgi-Palomino',
    'Senior Associate for Mexico',
    null,
  ],
  ['Rep. Raúl Grijalva (D-Ariz.)', 'Raúl Grijalva', 'Rep.', null],
  [
    'Mary Kay Henry, International President of SEIU',
    'Mary Kay Henry',
    'International President',
    'SEIU',
  ],
  [
    'Dr. Ana María de la Cruz, presidenta del Consejo',
    'Ana María de la Cruz',
    'presidenta',
    'Consejo',
  ],
  // Spanish shapes
  [
    'la senadora por Nevada Catherine Cortez Masto (D-Nev.)',
    'Catherine Cortez Masto',
    'senadora por Nevada',
    null,
  ],
  [
    'María Pérez, directora ejecutiva de Alianza Americas',
    'María Pérez',
    'directora ejecutiva',
    'Alianza Americas',
  ],
  ['Juan Pérez, de CASA', 'Juan Pérez', null, 'CASA'],
  ['la directora ejecutiva de CASA, María Pérez', 'María Pérez', 'directora ejecutiva', 'CASA'],
  ['el alcalde de Los Ángeles Eric Garcetti', 'Eric Garcetti', 'alcalde de Los Ángeles', null],
  ['Oscar Chacon, director ejecutivo de', 'Oscar Chacon', 'director ejecutivo', null],
  [
    'Angélica Salas, directora ejecutiva de la Coalición por los Derechos Humanos de los Inmigrantes (CHIRLA)',
    'Angélica Salas',
    'directora ejecutiva',
    'Coalición por los Derechos Humanos de los Inmigrantes (CHIRLA)',
  ],
  [
    'la presidenta del Sierra Club, Lauren Blackford',
    'Lauren Blackford',
    'presidenta',
    'Sierra Club',
  ],
  [
    'El director de medios Hispanos del Comité Nacional Demócrata (DNC), Enrique Gutiérrez',
    'Enrique Gutiérrez',
    'director de medios Hispanos',
    'Comité Nacional Demócrata (DNC)',
  ],
  ['la Unión de Campesinos (UFW)', 'Unión de Campesinos (UFW)', null, null],
]

describe('parseSpeakerPhrase', () => {
  for (const [phrase, name, title, org] of rows) {
    it(`reads ${JSON.stringify(phrase)}`, () => {
      const p = parseSpeakerPhrase(phrase, 0, phrase.length)
      assert.deepEqual(
        { name: p.name, title: p.title, organization: p.organization },
        { name, title, organization: org },
      )
    })
  }

  it('marks a title that ends in "of" / "de" with nothing after it as dangling', () => {
    for (const phrase of [
      'Matt Nelson, executive director of',
      'Matt Nelson, director ejecutivo de',
    ]) {
      const p = parseSpeakerPhrase(phrase, 0, phrase.length)
      assert.equal(p.dangling, true, phrase)
      assert.equal(p.organization, null)
    }
    const ok = 'Matt Nelson, executive director of Presente.org'
    assert.equal(parseSpeakerPhrase(ok, 0, ok.length).dangling, false)
  })

  it('reads pronouns and bare titles as references to an earlier speaker', () => {
    for (const phrase of ['she', 'he', 'they', 'ella', '']) {
      assert.equal(parseSpeakerPhrase(phrase, 0, phrase.length).reference, 'pronoun', phrase)
    }
    for (const phrase of ['the senator', 'la senadora', 'The Secretary-General']) {
      const p = parseSpeakerPhrase(phrase, 0, phrase.length)
      assert.equal(p.reference, 'title', phrase)
      assert.equal(p.name, null)
    }
  })

  it('works on offsets inside a longer text and cuts trailing adverbials', () => {
    const text = '“We will win,” said Jane Doe, director of CASA, in a statement on Monday.'
    const start = text.indexOf('Jane')
    const p = parseSpeakerPhrase(text, start, text.length - 1)
    assert.equal(p.name, 'Jane Doe')
    assert.equal(p.organization, 'CASA')
    assert.equal(text.slice(p.start, p.end), 'Jane Doe, director of CASA')
  })
})

describe('parseSubject', () => {
  const subjects: [string, string | null, string | null][] = [
    ['In response to the killings in Half Moon Bay, California, the UFW', 'UFW', null],
    ['Oscar Chacón, executive director of Alianza Americas,', 'Oscar Chacón', 'Alianza Americas'],
    [
      'Today, Frankie Miranda, Executive Vice President of Hispanic Federation,',
      'Frankie Miranda',
      'Hispanic Federation',
    ],
    ['En preparación, Medina', 'Medina', null],
    [
      'El presidente de United Farm Workers, Arturo S. Rodriguez,',
      'Arturo S. Rodriguez',
      'United Farm Workers',
    ],
  ]
  for (const [s, name, org] of subjects) {
    it(`finds the speaker in ${JSON.stringify(s)}`, () => {
      const p = parseSubject(s, 0, s.length)
      assert.equal(p.name, name)
      assert.equal(p.organization, org)
    })
  }
})
