/**
 * Boilerplates by shape, through the whole reader: "About X" headings in their many forms and
 * headless "about" paragraphs (after the end mark, closing the version, followed by a short
 * note or by contacts), in English and Spanish, with varied organizations and wording.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseRelease } from '../parse-release.js'

const enHead =
  'FOR IMMEDIATE RELEASE\nApril 14, 2026\n\nFarmworkers Win Heat Protections in Yakima Valley\n\nYAKIMA, Wash. — Farmworkers and their families celebrated on Monday as the county adopted the first heat-safety rules in the state, requiring shade, water and rest breaks above 90 degrees.\n\n“This is what years of organizing looks like,” said Elena Vargas, an organizer with Familias Unidas del Valle.'
const esHead =
  'PARA PUBLICACIÓN INMEDIATA\n14 de abril de 2026\n\nTrabajadores agrícolas logran protecciones contra el calor en Yakima\n\nYAKIMA, Washington — Trabajadores agrícolas y sus familias celebraron el lunes la aprobación de las primeras reglas contra el calor del estado, que exigen sombra, agua y descansos por encima de los 32 grados.\n\n“Esto es lo que logran años de organización”, dijo Elena Vargas, organizadora de Familias Unidas del Valle.'

/** The boilerplate organizations the reader finds in `tail` after the head of `lang`. */
function orgsOf(lang: 'en' | 'es', tail: string): (string | null)[] {
  const text = `${lang === 'en' ? enHead : esHead}\n\n${tail}\n`
  const release = parseRelease([{ file: `${lang}.txt`, format: 'text', text }])
  assert.equal(release.versions.length, 1)
  return release.versions[0]?.boilerplates.map((b) => b.organization) ?? []
}

type Row = [shape: string, tail: string, orgs: (string | null)[]]

function check(lang: 'en' | 'es', rows: Row[]): void {
  for (const [shape, tail, orgs] of rows)
    it(shape, () => assert.deepEqual(orgsOf(lang, tail), orgs))
}

describe('boilerplate shapes: English', () => {
  check('en', [
    [
      'ABOUT X in capitals after the end mark',
      '###\n\nABOUT FAMILIAS UNIDAS DEL VALLE\nFamilias Unidas del Valle is a union of farmworker families in central Washington, founded in 2013.',
      ['FAMILIAS UNIDAS DEL VALLE'],
    ],
    [
      'About X: with the description on the same line',
      '###\n\nAbout the Northwest Justice Alliance: The Northwest Justice Alliance provides free legal help to low-income workers in Washington and Oregon.',
      ['Northwest Justice Alliance'],
    ],
    [
      'a markdown heading with no end mark',
      '## About Harvest Rights Network\n\nHarvest Rights Network is a coalition of 40 unions, clinics and churches that defends the rights of agricultural workers.',
      ['Harvest Rights Network'],
    ],
    [
      'a headless description after the end mark',
      '-30-\n\nFamilias Unidas del Valle is an independent union representing more than 500 berry pickers in Skagit and Whatcom counties.',
      ['Familias Unidas del Valle'],
    ],
    [
      'a headless description closing the release with no end mark',
      'The Northwest Justice Alliance is a nonprofit law firm that has represented farmworkers since 1978.',
      ['Northwest Justice Alliance'],
    ],
    [
      'a description followed by a short note and contacts',
      'Harvest Rights Network is a statewide alliance of worker centers, clinics and congregations.\n\nFollow the campaign on social media at @HarvestRights.\n\nPress contact: Omar Haddad, omar@harvestrights.org',
      ['Harvest Rights Network'],
    ],
    [
      '"Founded in YEAR, X …" with any verb',
      '###\n\nFounded in 1998, the Yakima Valley Workers Center has trained more than 3,000 workers in safety and labor rights.',
      ['Yakima Valley Workers Center'],
    ],
    [
      '"X, founded in YEAR, is …"',
      '###\n\nThe Skagit Farmworker Fund, founded in 2005, is a foundation that supports the children of seasonal workers.',
      ['Skagit Farmworker Fund'],
    ],
    [
      'two descriptions after the end mark',
      '###\n\nFamilias Unidas del Valle is a union of farmworker families in central Washington.\n\nThe Northwest Justice Alliance is a nonprofit law firm serving low-income workers.',
      ['Familias Unidas del Valle', 'Northwest Justice Alliance'],
    ],
    [
      '"About Us" and "About the Organizations": each paragraph names its organization',
      '###\n\nABOUT THE ORGANIZATIONS\nHarvest Rights Network is a coalition of 40 unions, clinics and churches.\n\nThe Northwest Justice Alliance is a nonprofit law firm serving low-income workers.',
      ['Harvest Rights Network', 'Northwest Justice Alliance'],
    ],
    [
      '"For more than 50 years, X has …", a web address after the name, "The mission of X is …"',
      '###\n\nFor more than 50 years, the Yakima Valley Workers Center has fought for the rights of farmworkers.\n\nHarvest Rights Network (www.harvestrights.org) is a coalition of 40 unions, clinics and churches.\n\nThe mission of the Skagit Farmworker Fund is to give every child of a seasonal worker a path to college.',
      ['Yakima Valley Workers Center', 'Harvest Rights Network', 'Skagit Farmworker Fund'],
    ],
    [
      '"X: a coalition of …"',
      '###\n\nHarvest Rights Network: a coalition of 40 unions, clinics and churches fighting for farmworkers.',
      ['Harvest Rights Network'],
    ],
    [
      'a sentence about an organization in the body is no boilerplate',
      'The county council voted 4 to 1 after three hearings.\n\n###',
      [],
    ],
  ])
})

describe('boilerplate shapes: Spanish', () => {
  check('es', [
    [
      'Acerca de X',
      '###\n\nAcerca de Familias Unidas del Valle\nFamilias Unidas del Valle es un sindicato de familias trabajadoras agrícolas del centro de Washington.',
      ['Familias Unidas del Valle'],
    ],
    [
      'SOBRE X in capitals',
      '###\n\nSOBRE LA ALIANZA DE JUSTICIA DEL NOROESTE\nLa Alianza de Justicia del Noroeste ofrece ayuda legal gratuita a trabajadores de bajos ingresos.',
      ['ALIANZA DE JUSTICIA DEL NOROESTE'],
    ],
    [
      'Quiénes somos, named by the paragraph',
      '###\n\nQuiénes somos\nLa Red de Derechos de la Cosecha es una coalición de 40 sindicatos, clínicas e iglesias que defiende a los trabajadores agrícolas.',
      ['Red de Derechos de la Cosecha'],
    ],
    [
      'a headless description after the end mark',
      '###\n\nFamilias Unidas del Valle es una organización independiente que representa a más de 500 recolectores de bayas.',
      ['Familias Unidas del Valle'],
    ],
    [
      '"Fundada en AÑO, X …"',
      '###\n\nFundada en 1998, el Centro de Trabajadores del Valle ha capacitado a más de 3.000 trabajadores en seguridad laboral.',
      ['Centro de Trabajadores del Valle'],
    ],
    [
      'an English description after the end mark of a Spanish version',
      '###\n\nFamilias Unidas del Valle is an independent union representing more than 500 berry pickers in Skagit and Whatcom counties.',
      ['Familias Unidas del Valle'],
    ],
    [
      '"Sobre nosotros", "Por más de 50 años, X ha …", "La misión de X es …"',
      '###\n\nSobre nosotros\nPor más de 50 años, el Centro de Trabajadores del Valle ha luchado por los derechos de los jornaleros.\n\nLa misión de la Red de Derechos de la Cosecha es lograr dignidad y seguridad para cada trabajador agrícola.',
      ['Centro de Trabajadores del Valle', 'Red de Derechos de la Cosecha'],
    ],
    [
      'a description with an acronym gloss',
      '###\n\nLa Unión de Trabajadores Agrícolas (UFW, por sus siglas en inglés) es el sindicato de campesinos más grande del país.',
      ['Unión de Trabajadores Agrícolas'],
    ],
  ])
})
