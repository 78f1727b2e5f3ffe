import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findNumbers, readFigure, sameNumber } from './numbers.js'

const values = (text: string, lang = 'en') =>
  findNumbers(text, lang).map((n) => `${n.kind}:${n.readings.join('|')}`)

describe('readFigure', () => {
  const table: [string, number[]][] = [
    ['1,500.75', [1500.75]],
    ['1.500,75', [1500.75]],
    ['1 500,75', [1500.75]],
    ['500,000', [500000, 500]],
    ['500.000', [500000, 500]],
    ['500 000', [500000]],
    ['1,500', [1500, 1.5]],
    ['3,5', [3.5]],
    ['1.250.000', [1250000]],
    ['2021', [2021]],
  ]
  for (const [figure, readings] of table)
    it(`reads ${figure} as ${readings.join(' or ')}`, () =>
      assert.deepEqual(readFigure(figure), readings))
})

describe('findNumbers', () => {
  const table: [string, string, string[]][] = [
    ['2 billion dollars', 'en', ['number:2000000000']],
    ['2 mil millones de dólares', 'es', ['number:2000000000']],
    ['2 billones de dólares', 'es', ['number:2000000000000']],
    ['15 percent of voters', 'en', ['percent:15']],
    ['el 15 por ciento', 'es', ['percent:15']],
    ['un 15 %', 'es', ['percent:15']],
    ['in the 1980’s', 'en', ['decade:1980']],
    ['en los 80 y', 'es', ['decade:1980']],
    ['los años ochenta', 'es', ['decade:1980']],
    ['at 3 p.m.', 'en', ['time:900']],
    ['a las 3 p. m.', 'es', ['time:900']],
    ['a las 15:00 horas', 'es', ['time:900']],
    ['for two decades', 'en', ['number:2']],
    ['por dos décadas', 'es', ['number:2']],
    ['$1.5M in aid', 'en', ['number:1500000']],
    ['the 21st century', 'en', ['number:21']],
  ]
  for (const [text, lang, expected] of table)
    it(`reads "${text}"`, () => assert.deepEqual(values(text, lang), expected))

  it('does not read "los 80 miembros" as a decade', () => {
    assert.deepEqual(values('los 80 miembros', 'es'), ['number:80'])
  })

  it('keeps offsets of the whole mention, scale word included', () => {
    const text = 'Costó 2 mil millones.'
    const [n] = findNumbers(text, 'es', 10)
    assert.equal(n?.text, '2 mil millones')
    assert.equal(n?.start, 16)
  })

  it('skips masked spans such as phone numbers', () => {
    assert.deepEqual(findNumbers('Call 443 396 3317', 'en', 0, [{ start: 5, end: 17 }]), [])
  })
})

describe('sameNumber', () => {
  const one = (text: string, lang: string) => findNumbers(text, lang)[0]
  const cases: [string, string, string, string, boolean][] = [
    ['250,000 people', 'en', '250.000 personas', 'es', true],
    ['1,500 people', 'en', '1,5 personas', 'es', true],
    ['2 billion', 'en', '2 billones', 'es', false],
    ['2 billion', 'en', '2 mil millones', 'es', true],
    ['in the 1980s', 'en', 'los 80 miembros', 'es', true],
    ['15 percent', 'en', '15 personas', 'es', false],
    ['250,000', 'en', '25.000', 'es', false],
  ]
  for (const [a, la, b, lb, same] of cases)
    it(`${same ? 'matches' : 'tells apart'} "${a}" and "${b}"`, () => {
      const x = one(a, la)
      const y = one(b, lb)
      assert.ok(x && y)
      assert.equal(sameNumber(x, y), same)
    })
})
