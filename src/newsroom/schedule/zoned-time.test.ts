import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { englishEmbargoLine, spanishEmbargoLine } from './embargo-line.js'
import {
  canonicalTimeZone,
  formatWallTime,
  instantOf,
  parseWallTime,
  timeZoneNames,
  wallTimeAt,
} from './zoned-time.js'

function instant(local: string, zone: string): string {
  const wall = parseWallTime(local)
  assert.ok(wall, local)
  const result = instantOf(wall, zone)
  assert.ok(result.ok, `${local} ${zone}`)
  return result.instant.toISOString()
}

describe('zoned time', () => {
  it('accepts IANA zones in any case and refuses unknown names and abbreviations', () => {
    assert.equal(canonicalTimeZone('America/Chicago'), 'America/Chicago')
    assert.equal(canonicalTimeZone('america/mexico_city'), 'America/Mexico_City')
    assert.equal(canonicalTimeZone('UTC'), 'UTC')
    for (const bad of ['Mars/Olympus', 'CST', 'EST', '', 'Etc/GMT+6', '../../etc', 'x'.repeat(100)])
      assert.equal(canonicalTimeZone(bad), null, bad)
    const names = timeZoneNames()
    assert.equal(names[0], 'UTC')
    assert.ok(names.includes('America/Los_Angeles'))
  })

  it('reads datetime-local values and refuses impossible dates', () => {
    assert.deepEqual(parseWallTime('2026-03-03T10:00'), {
      year: 2026,
      month: 3,
      day: 3,
      hour: 10,
      minute: 0,
    })
    for (const bad of ['2026-02-30T10:00', '2026-13-01T10:00', '2026-03-03T24:00', 'tomorrow', ''])
      assert.equal(parseWallTime(bad), null, bad)
    assert.equal(
      formatWallTime({ year: 2026, month: 3, day: 3, hour: 9, minute: 5 }),
      '2026-03-03T09:05',
    )
  })

  it('turns a wall time into UTC with the offset in force that day (DST-correct)', () => {
    const cases: [string, string, string][] = [
      ['2026-03-03T10:00', 'America/Chicago', '2026-03-03T16:00:00.000Z'], // CST
      ['2026-03-07T23:30', 'America/Chicago', '2026-03-08T05:30:00.000Z'], // the night before
      ['2026-03-08T03:00', 'America/Chicago', '2026-03-08T08:00:00.000Z'], // CDT just after
      ['2026-07-01T10:00', 'America/Chicago', '2026-07-01T15:00:00.000Z'], // CDT
      ['2026-11-01T00:59', 'America/Chicago', '2026-11-01T05:59:00.000Z'],
      ['2026-11-01T03:00', 'America/Chicago', '2026-11-01T09:00:00.000Z'], // CST again
      ['2026-03-29T10:00', 'Europe/Madrid', '2026-03-29T08:00:00.000Z'], // CEST
      ['2026-03-28T10:00', 'Europe/Madrid', '2026-03-28T09:00:00.000Z'], // CET
      ['2026-03-03T10:00', 'America/Mexico_City', '2026-03-03T16:00:00.000Z'], // no DST
      ['2026-03-03T10:00', 'UTC', '2026-03-03T10:00:00.000Z'],
    ]
    for (const [local, zone, utc] of cases)
      assert.equal(instant(local, zone), utc, `${local} ${zone}`)
  })

  it('refuses a time in the spring-forward gap and takes the first of a repeated hour', () => {
    const gap = instantOf({ year: 2026, month: 3, day: 8, hour: 2, minute: 30 }, 'America/Chicago')
    assert.deepEqual(gap, { ok: false, reason: 'nonexistent' })
    // 1:30 happens twice on 2026-11-01 in Chicago: first in CDT (06:30Z), then in CST (07:30Z).
    assert.equal(instant('2026-11-01T01:30', 'America/Chicago'), '2026-11-01T06:30:00.000Z')
  })

  it('gives back the wall time of an instant', () => {
    assert.equal(
      formatWallTime(wallTimeAt(new Date('2026-07-01T15:00:00Z'), 'America/Chicago')),
      '2026-07-01T10:00',
    )
  })
})

describe('embargo line', () => {
  const cases: [string, string, string, string][] = [
    [
      '2026-03-03T16:00:00Z',
      'America/Chicago',
      'EMBARGOED UNTIL 10:00 a.m. CST, Tuesday, March 3, 2026',
      'EMBARGADO HASTA las 10:00 (hora CST) del martes 3 de marzo de 2026',
    ],
    // The day daylight-saving time begins: the abbreviation changes with it.
    [
      '2026-03-08T07:59:00Z',
      'America/Chicago',
      'EMBARGOED UNTIL 1:59 a.m. CST, Sunday, March 8, 2026',
      'EMBARGADO HASTA la 1:59 (hora CST) del domingo 8 de marzo de 2026',
    ],
    [
      '2026-03-08T08:00:00Z',
      'America/Chicago',
      'EMBARGOED UNTIL 3:00 a.m. CDT, Sunday, March 8, 2026',
      'EMBARGADO HASTA las 3:00 (hora CDT) del domingo 8 de marzo de 2026',
    ],
    // The day it ends: the same 1:30 twice, once in each.
    [
      '2026-11-01T06:30:00Z',
      'America/Chicago',
      'EMBARGOED UNTIL 1:30 a.m. CDT, Sunday, November 1, 2026',
      'EMBARGADO HASTA la 1:30 (hora CDT) del domingo 1 de noviembre de 2026',
    ],
    [
      '2026-11-01T07:30:00Z',
      'America/Chicago',
      'EMBARGOED UNTIL 1:30 a.m. CST, Sunday, November 1, 2026',
      'EMBARGADO HASTA la 1:30 (hora CST) del domingo 1 de noviembre de 2026',
    ],
    [
      '2026-06-15T16:00:00Z',
      'America/New_York',
      'EMBARGOED UNTIL 12:00 p.m. EDT, Monday, June 15, 2026',
      'EMBARGADO HASTA las 12:00 (hora EDT) del lunes 15 de junio de 2026',
    ],
    [
      '2026-01-01T00:05:00Z',
      'UTC',
      'EMBARGOED UNTIL 12:05 a.m. UTC, Thursday, January 1, 2026',
      'EMBARGADO HASTA las 0:05 (hora UTC) del jueves 1 de enero de 2026',
    ],
  ]
  for (const [utc, zone, en, es] of cases)
    it(`states ${utc} in ${zone} in both languages`, () => {
      assert.equal(englishEmbargoLine(new Date(utc), zone), en)
      assert.equal(spanishEmbargoLine(new Date(utc), zone), es)
    })
})
