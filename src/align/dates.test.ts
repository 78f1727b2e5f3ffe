import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDates, sameDate } from './dates.js'

describe('findDates', () => {
  const table: [string, string[]][] = [
    ['June 10, 2021', ['2021-06-10']],
    ['10 de junio de 2021', ['2021-06-10']],
    ['08 December 2023', ['2023-12-08']],
    ['certified on 29 August.', ['--08-29']],
    ['el 29 de agosto', ['--08-29']],
    ['July 25th, 2019—', ['2019-07-25']],
    ['marzo 15, 2024', ['2024-03-15']],
    ['5 de enero del 2024', ['2024-01-05']],
    ['Sept. 5, 2017', ['2017-09-05']],
    ['in January 2018', ['2018-01']],
    ['you may 5 times', []],
  ]
  for (const [text, keys] of table)
    it(`reads "${text}"`, () =>
      assert.deepEqual(
        findDates(text).map((d) => d.key),
        keys,
      ))

  it('gives offsets', () => {
    const [d] = findDates('Issued June 10, 2021.', 100)
    assert.equal(d?.start, 107)
    assert.equal(d?.text, 'June 10, 2021')
  })
})

describe('sameDate', () => {
  it('matches a date without year to the full date', () =>
    assert.ok(sameDate('--08-29', '2023-08-29')))
  it('tells different days apart', () => assert.ok(!sameDate('2023-08-29', '2023-08-28')))
  it('tells different years apart', () => assert.ok(!sameDate('2023-08-29', '2022-08-29')))
})
