import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { identifyLang, scoreLang } from './identify-lang.js'

describe('identifyLang', () => {
  // Short header lines are the hard case: the measured result on this table is in docs/model.md.
  const table: [string, 'en' | 'es' | null][] = [
    ['June 10, 2021', 'en'],
    ['10 de junio de 2021', 'es'],
    ['FOR IMMEDIATE RELEASE', 'en'],
    ['PARA PUBLICACIÓN INMEDIATA', 'es'],
    ['Contacto de prensa:', 'es'],
    ['Media Contact:', 'en'],
    ['About Alianza Americas', 'en'],
    ['Acerca de Alianza Americas', 'es'],
    [
      'Communities and grassroots organizations are key to avoid repeating the mistakes of past U.S. efforts',
      'en',
    ],
    [
      'Las comunidades y las organizaciones de base son clave para evitar que se repitan los errores',
      'es',
    ],
    ['Cortez Masto Condemns Trump Administration Decision to Revoke TPS for Salvadorans', 'en'],
    ['El Sierra Club Elige un Nuevo Comité Ejecutivo', 'es'],
    ['Fernanda Durand | (443) 396-3317', null],
  ]
  for (const [text, expected] of table)
    it(`identifies “${text.slice(0, 40)}” as ${expected}`, () =>
      assert.equal(identifyLang(text), expected))
})

describe('identifyLang on short header lines (measured)', () => {
  const enLines = [
    'June 10, 2021',
    'FOR IMMEDIATE RELEASE',
    'Media Contact:',
    'Press Contact: Jane Doe',
    'About Alianza Americas',
    'EMBARGOED UNTIL 10 a.m. ET',
    'Thursday, March 3, 2022',
    'Contact: Sara McElmurry',
    'Statement from Arturo Carmona',
    'Groups Condemn Raids in Chicago',
    'Coalition Sues Over Asylum Rule',
    'Senators Introduce Dream Act',
    'Farm Workers Win Overtime Pay',
    'UFW Statement On Killings of Farm Workers in Half Moon Bay',
    'DNC on Anniversary of Trump Ending DACA',
    'Sierra Club Elects New Executive Committee',
    'Loren Blackford Re-Elected as President',
    'For more information',
    'English version below',
    'Share this:',
    'Read more',
    'Immigrant Families Deserve Protection',
    'Advocates Rally at the Capitol',
    'New Report Shows Rising Deportations',
  ]
  const esLines = [
    '10 de junio de 2021',
    'PARA PUBLICACIÓN INMEDIATA',
    'Contacto de prensa:',
    'Contacto para medios: Ana Ruiz',
    'Acerca de Alianza Americas',
    'EMBARGADO HASTA las 10 a.m.',
    'jueves, 3 de marzo de 2022',
    'Contacto: Sara McElmurry',
    'Declaración de Arturo Carmona',
    'Grupos condenan redadas en Chicago',
    'Coalición demanda por regla de asilo',
    'Senadores presentan el Dream Act',
    'Campesinos ganan pago de horas extra',
    'El Sierra Club Elige un Nuevo Comité Ejecutivo',
    'Declaración de SEIU sobre reunión de inmigración en la Casa Blanca',
    'COMUNICADO DE PRENSA',
    'Para más información',
    'Versión en español',
    'Compartir:',
    'Leer más',
    'Las familias inmigrantes merecen protección',
    'Activistas se manifiestan en el Capitolio',
    'Nuevo informe muestra aumento de deportaciones',
    'Sobre la Red',
  ]
  const results = [
    ...enLines.map((s) => ['en', identifyLang(s)]),
    ...esLines.map((s) => ['es', identifyLang(s)]),
  ]

  it('never names the wrong language for a short header line', () => {
    assert.deepEqual(
      results.filter(([want, got]) => got !== null && got !== want),
      [],
    )
  })

  it('names the right one for at least 45 of the 48 lines (the rest stay undecided)', () => {
    assert.ok(results.filter(([want, got]) => got === want).length >= 45)
  })
})

describe('scoreLang', () => {
  it('recognises an unsupported language by its function words', () => {
    const s = scoreLang(
      'Le gouvernement a annoncé des mesures pour les familles et les travailleurs dans la région.',
    )
    assert.equal(s.otherLang, 'fr')
    assert.ok(s.other > s.en)
  })
})
