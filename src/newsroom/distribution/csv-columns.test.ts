import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { NewsroomError } from '../newsroom-error.js'
import { guessField, parseMappingPairs, planColumns } from './csv-columns.js'

const rows = (...lines: string[][]) => lines.map((cells, i) => ({ line: i + 1, cells }))

describe('column mapping', () => {
  it('recognises English and Spanish headers without case, accents or punctuation', () => {
    const cases: [string, string | null][] = [
      ['Email', 'email'],
      ['E-mail', 'email'],
      ['E-Mail Address', 'email'],
      ['Correo electrónico', 'email'],
      ['CORREO ELECTRONICO', 'email'],
      ['Nombre', 'name'],
      ['Full name', 'name'],
      ['Medio', 'outlet'],
      ['Medio de comunicación', 'outlet'],
      ['Idioma', 'lang'],
      ['Language', 'lang'],
      ['Sección', 'beat'],
      ['Ubicación', 'location'],
      ['Apellidos', 'lastName'],
      ['Teléfono', null],
    ]
    for (const [header, field] of cases) assert.equal(guessField(header), field, header)
  })

  it('reads Nombre beside Apellidos as the first name, and only the first column per field', () => {
    const plan = planColumns(rows(['Nombre', 'Apellidos', 'Email', 'Correo']))
    assert.deepEqual(
      plan.columns.map((c) => c.field),
      ['firstName', 'lastName', 'email', null],
    )
  })

  it('finds the e-mail column by its contents when the file has no header', () => {
    const plan = planColumns(rows(['Ana', 'ana@x.example'], ['Bo', 'bo@x.example']))
    assert.equal(plan.hasHeader, false)
    assert.deepEqual(
      plan.columns.map((c) => [c.header, c.field]),
      [
        ['Column 1', null],
        ['Column 2', 'email'],
      ],
    )
  })

  it('reads a first row with a broken address as data, not as a header', () => {
    const plan = planColumns(rows(['Ana', 'ana@@x.example'], ['Bo', 'bo@x.example']))
    assert.equal(plan.hasHeader, false)
    assert.equal(plan.columns[1]?.field, 'email')
    assert.equal(
      planColumns(rows(['Correo (ej. a@b.org)', 'Email'], ['x', 'a@x.example'])).hasHeader,
      true,
    )
  })

  it('moves a field to the explicitly mapped column', () => {
    const plan = planColumns(rows(['Email', 'Work email']), { 'work email': 'email' })
    assert.deepEqual(
      plan.columns.map((c) => [c.field, c.explicit]),
      [
        [null, false],
        ['email', true],
      ],
    )
  })

  it('refuses mappings it cannot follow', () => {
    assert.throws(
      () => planColumns(rows(['Name'], ['Ana'])),
      (e: NewsroomError) => e.details?.problem === 'no-email-column',
    )
    assert.throws(
      () => parseMappingPairs(['email']),
      (e: NewsroomError) => e.details?.problem === 'bad-mapping',
    )
    assert.deepEqual(parseMappingPairs(['Correo=email', ' 3 = lang ']), {
      Correo: 'email',
      '3': 'lang',
    })
  })
})
