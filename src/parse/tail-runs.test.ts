import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseRelease } from './parse-release.js'

const spanish = `PARA DIFUSIÓN INMEDIATA
9 de mayo de 2026

Jornaleros exigen pago de salarios atrasados en Houston

HOUSTON, Texas — Más de cien jornaleros se reunieron el viernes frente a la alcaldía para exigir el pago de salarios que les deben tres contratistas de la construcción.

“Trabajamos seis semanas sin recibir un solo cheque”, dijo Marcos Aguilar, integrante del Centro de Jornaleros del Este.

###
`
const englishAbout = `The Eastside Day Laborer Center is a worker-run organization that has recovered more than two million dollars in stolen wages for construction workers in Harris County since 2011, through organizing, legal clinics and direct negotiation with employers.

Workers Defense Project is a statewide membership organization of low-wage workers that fights for fair wages and safe jobs across Texas.`

describe('mergeTailRuns (through parseRelease)', () => {
  it('keeps English "about" paragraphs after the end mark in the Spanish version', () => {
    const text = `${spanish}\n${englishAbout}\n`
    const release = parseRelease([{ file: 'es.txt', format: 'text', text }])
    assert.deepEqual(
      release.versions.map((v) => v.lang),
      ['es'],
    )
    assert.deepEqual(
      release.versions[0]?.boilerplates.map((b) => b.organization),
      ['Eastside Day Laborer Center', 'Workers Defense Project'],
    )
  })

  it('still opens a version for an English release after the Spanish one', () => {
    const english = `FOR IMMEDIATE RELEASE
May 9, 2026

Day Laborers Demand Back Pay in Houston

HOUSTON, Texas — More than a hundred day laborers gathered outside City Hall on Friday to demand wages owed to them by three construction contractors.

“We worked six weeks without a single paycheck,” said Marcos Aguilar, a member of the Eastside Day Laborer Center.

###

${englishAbout}
`
    const release = parseRelease([
      { file: 'release.txt', format: 'text', text: `${spanish}\n${english}` },
    ])
    assert.deepEqual(
      release.versions.map((v) => v.lang),
      ['es', 'en'],
    )
    assert.equal(release.versions[0]?.boilerplates.length, 0)
    assert.equal(release.versions[1]?.boilerplates.length, 2)
  })

  it('does not merge a run in another language that is not a tail (body text after the end mark)', () => {
    const text = `${spanish}\nThe contractors did not answer our calls this week. Several workers said they would file complaints with the Department of Labor and keep protesting every Friday until every worker is paid what they are owed.\n`
    const release = parseRelease([{ file: 'es.txt', format: 'text', text }])
    assert.deepEqual(
      release.versions.map((v) => [v.lang, v.boilerplates.length]),
      [
        ['es', 0],
        ['en', 0],
      ],
    )
  })
})
