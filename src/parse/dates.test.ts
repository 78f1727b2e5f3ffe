import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDates, parseDate } from './dates.js'

describe('parseDate', () => {
  const table: [string, string | null][] = [
    ['June 10, 2021', '2021-06-10'],
    ['Jun. 10, 2021', '2021-06-10'],
    ['Sept. 3, 2019', '2019-09-03'],
    ['January 08, 2018', '2018-01-08'],
    ['July 25th, 2019', '2019-07-25'],
    ['10 de junio de 2021', '2021-06-10'],
    ['10 de junio del 2021', '2021-06-10'],
    ['1º de mayo de 2024', '2024-05-01'],
    ['2021-06-10', '2021-06-10'],
    ['08 December 2023', '2023-12-08'],
    ['Thursday, June 10, 2021', '2021-06-10'],
    ['jueves, 10 de junio de 2021', '2021-06-10'],
    ['miércoles 5 de enero del 2022', '2022-01-05'],
    ['marzo 15, 2024', '2024-03-15'],
    ['25/06/2021', '2021-06-25'],
    ['9/25/15', '2015-09-25'],
    ['07.25.2019', '2019-07-25'],
    ['06/10/2021', null],
    ['June 31, 2021', null],
    ['May 2021', null],
    ['Chicago', null],
  ]
  for (const [input, expected] of table)
    it(`reads “${input}” as ${expected}`, () => assert.equal(parseDate(input), expected))
})

describe('findDates', () => {
  it('finds a date inside a dateline with its offsets', () => {
    const s = 'LOS ANGELES, Calif. (June 10, 2021) – Today'
    const [d] = findDates(s)
    assert.equal(d?.iso, '2021-06-10')
    assert.equal(s.slice(d?.start, d?.end), 'June 10, 2021')
  })

  it('reports an ambiguous numeric date with a null ISO form instead of guessing', () => {
    const [d] = findDates('Posted 06/10/2021')
    assert.equal(d?.iso, null)
    assert.equal(d?.text, '06/10/2021')
  })

  it('does not read a date out of a longer number', () => {
    assert.deepEqual(findDates('Call 12/12/20211 now'), [])
  })
})
