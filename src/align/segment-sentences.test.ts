import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { segmentSentences } from './segment-sentences.js'

function split(text: string, lang = 'en'): string[] {
  return segmentSentences(text, { start: 0, end: text.length }, lang).map((s) => s.text)
}

const english: [string, string[]][] = [
  ['It rained. We stayed.', ['It rained.', 'We stayed.']],
  ['She met Dr. Ruiz in the U.S. Senate today.', ['She met Dr. Ruiz in the U.S. Senate today.']],
  ['They moved to the U.S. The move was hard.', ['They moved to the U.S.', 'The move was hard.']],
  [
    'Gov. Newsom signed it. Sen. Padilla agreed.',
    ['Gov. Newsom signed it.', 'Sen. Padilla agreed.'],
  ],
  [
    'Rep. Titus (D-Nev.) voted no. Others did not.',
    ['Rep. Titus (D-Nev.) voted no.', 'Others did not.'],
  ],
  ['He lives in Fresno, Calif. with his family.', ['He lives in Fresno, Calif. with his family.']],
  ['VP Harris spoke at 3 p.m. on Monday.', ['VP Harris spoke at 3 p.m. on Monday.']],
  ['We start at 9 a.m. The doors open at 8.', ['We start at 9 a.m.', 'The doors open at 8.']],
  ['See Executive Order No. 13769 for details.', ['See Executive Order No. 13769 for details.']],
  ['It was signed Jan. 27, 2017 in Washington.', ['It was signed Jan. 27, 2017 in Washington.']],
  ['J. R. Martinez and John F. Kennedy spoke.', ['J. R. Martinez and John F. Kennedy spoke.']],
  [
    'It cost $1,500.75 in 2021. Prices rose 3.5 percent.',
    ['It cost $1,500.75 in 2021.', 'Prices rose 3.5 percent.'],
  ],
  ['“We will win,” said Ana. “We always do.”', ['“We will win,” said Ana.', '“We always do.”']],
  ['“This is wrong.” Congress must act.', ['“This is wrong.”', 'Congress must act.']],
  ['He said “no”. Then he left.', ['He said “no”.', 'Then he left.']],
  [
    'Crime — particularly corruption — hurts. We know it.',
    ['Crime — particularly corruption — hurts.', 'We know it.'],
  ],
  ['We waited... and waited… Nothing came.', ['We waited... and waited…', 'Nothing came.']],
  ['Why now? Because it matters! Act today.', ['Why now?', 'Because it matters!', 'Act today.']],
  [
    'Washington, D.C. – U.S. Senator Cortez Masto spoke.',
    ['Washington, D.C. – U.S. Senator Cortez Masto spoke.'],
  ],
  ['Acme Inc. The company grew.', ['Acme Inc.', 'The company grew.']],
  [
    'Build Power. Change Culture. ¡Stay Presente!',
    ['Build Power.', 'Change Culture.', '¡Stay Presente!'],
  ],
]

const spanish: [string, string[]][] = [
  [
    'Llegaron a EE. UU. en 1990. Hoy viven aquí.',
    ['Llegaron a EE. UU. en 1990.', 'Hoy viven aquí.'],
  ],
  [
    'Trabajan en los EE.UU. En adición, estudian.',
    ['Trabajan en los EE.UU.', 'En adición, estudian.'],
  ],
  ['La Sra. Pérez y la Dra. Gómez hablaron.', ['La Sra. Pérez y la Dra. Gómez hablaron.']],
  [
    'El Sr. Chacón llegó a las 3 p. m. del lunes.',
    ['El Sr. Chacón llegó a las 3 p. m. del lunes.'],
  ],
  ['Costó 1.500,75 dólares. Subió un 3,5 %.', ['Costó 1.500,75 dólares.', 'Subió un 3,5 %.']],
  [
    'Más de 250.000 personas marcharon. Fue histórico.',
    ['Más de 250.000 personas marcharon.', 'Fue histórico.'],
  ],
  ['«Es injusto». Lo dijo ayer.', ['«Es injusto».', 'Lo dijo ayer.']],
  [
    '“Seguiremos”, concluyó Chacón. Luego se fue.',
    ['“Seguiremos”, concluyó Chacón.', 'Luego se fue.'],
  ],
  ['Se firmó el 5 de ene. de 2020 en México.', ['Se firmó el 5 de ene. de 2020 en México.']],
  ['¿Qué sigue? ¡Actuar ya!', ['¿Qué sigue?', '¡Actuar ya!']],
  ['Washington, D.C. – La senadora habló.', ['Washington, D.C. – La senadora habló.']],
  ['Washington, D.C. --Hoy el sindicato habló.', ['Washington, D.C. --Hoy el sindicato habló.']],
  ['Washington, D.C. —Hoy el sindicato habló.', ['Washington, D.C. —Hoy el sindicato habló.']],
  ['Lea el art. 5 de la ley. Es claro.', ['Lea el art. 5 de la ley.', 'Es claro.']],
  [
    '—Seguiremos luchando —dijo Pérez—. Mañana marcharemos.',
    ['—Seguiremos luchando —dijo Pérez—.', 'Mañana marcharemos.'],
  ],
  [
    'NUEVA YORK.— La coalición anunció hoy su plan.',
    ['NUEVA YORK.— La coalición anunció hoy su plan.'],
  ],
  [
    '“¿Hasta cuándo?”, preguntó Ana. Nadie respondió.',
    ['“¿Hasta cuándo?”, preguntó Ana.', 'Nadie respondió.'],
  ],
]

describe('segmentSentences', () => {
  for (const [text, expected] of english)
    it(`splits English: ${text}`, () => assert.deepEqual(split(text, 'en'), expected))
  for (const [text, expected] of spanish)
    it(`splits Spanish: ${text}`, () => assert.deepEqual(split(text, 'es'), expected))

  it('ends headings and list items at their line', () => {
    assert.deepEqual(
      split('Key points\n- Funding for DACA\n- A path to citizenship\nWe urge action.'),
      ['Key points', '- Funding for DACA', '- A path to citizenship', 'We urge action.'],
    )
  })

  it('keeps a numbered list item whole', () => {
    assert.deepEqual(split('1. Protect families.\n2. Fund schools.'), [
      '1. Protect families.',
      '2. Fund schools.',
    ])
  })

  it('joins a line that continues in lower case', () => {
    assert.deepEqual(split('The senator met with\nfamilies in Reno. They spoke.'), [
      'The senator met with\nfamilies in Reno.',
      'They spoke.',
    ])
  })

  it('joins hard-wrapped prose even before a capital', () => {
    const text =
      'The coalition of forty organizations met today with the\n' +
      'Secretary of State to ask for an extension of the status\n' +
      'that protects families. The meeting lasted two hours.\n'
    assert.deepEqual(split(text), [
      'The coalition of forty organizations met today with the\nSecretary of State to ask for an extension of the status\nthat protects families.',
      'The meeting lasted two hours.',
    ])
  })

  it('keeps each line of a list of signatories apart', () => {
    const text =
      'Alianza Americas, Chicago, Illinois, United States of America\n' +
      'Latin America Working Group, Washington, District of Columbia\n' +
      'Hispanic Federation, New York City, New York, United States\n'
    assert.equal(split(text).length, 3)
  })

  it('splits a leading end mark from the text on its line', () => {
    assert.deepEqual(split('### is the largest group.'), ['###', 'is the largest group.'])
  })

  it('gives exact offsets into the whole text', () => {
    const text = 'Intro.\n\n  First one. Second one.  \n'
    const start = text.indexOf('First')
    const sentences = segmentSentences(text, { start, end: text.length }, 'en')
    assert.equal(sentences.length, 2)
    for (const s of sentences) assert.equal(text.slice(s.start, s.end), s.text)
    assert.equal(sentences[0]?.start, start)
  })

  it('yields nothing for a blank span', () => {
    assert.deepEqual(split('  \n\n '), [])
  })
})
