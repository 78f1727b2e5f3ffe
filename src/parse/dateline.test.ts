import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findDateline, isPlaceLine } from './dateline.js'

describe('findDateline', () => {
  const table: [string, string | null, string | null, string | null][] = [
    // paragraph, place, dateline text, ISO date
    ['CHICAGO – While Vice President', 'CHICAGO', 'CHICAGO –', null],
    ['WASHINGTON, D.C. — The group', 'WASHINGTON, D.C.', 'WASHINGTON, D.C. —', null],
    ['Washington, D.C. – U.S. Senator', 'Washington, D.C.', 'Washington, D.C. –', null],
    ['Washington, D.C. --Hoy el', 'Washington, D.C.', 'Washington, D.C. --', null],
    [
      'LOS ANGELES, Calif. (June 10, 2021) – Today',
      'LOS ANGELES, Calif.',
      'LOS ANGELES, Calif. (June 10, 2021) –',
      '2021-06-10',
    ],
    [
      'NEW YORK, March 27, 2026 — The coalition',
      'NEW YORK',
      'NEW YORK, March 27, 2026 —',
      '2026-03-27',
    ],
    [
      'TRENTON, NJ--November 30, 2005--The state',
      'TRENTON, NJ',
      'TRENTON, NJ--November 30, 2005--',
      '2005-11-30',
    ],
    ['CIUDAD DE MÉXICO.– La red', 'CIUDAD DE MÉXICO', 'CIUDAD DE MÉXICO.–', null],
    [
      'CHICAGO, 15 de marzo de 2024 – La alianza',
      'CHICAGO',
      'CHICAGO, 15 de marzo de 2024 –',
      '2024-03-15',
    ],
    [
      'SAN FRANCISCO, Calif., June 3, 2024 /PRNewswire/ -- Acme',
      'SAN FRANCISCO, Calif.',
      'SAN FRANCISCO, Calif., June 3, 2024 /PRNewswire/ --',
      '2024-06-03',
    ],
    [
      'NEW YORK, NY (September 16, 2025) Today the',
      'NEW YORK, NY',
      'NEW YORK, NY (September 16, 2025)',
      '2025-09-16',
    ],
    ['EL PASO, Texas - Border groups', 'EL PASO, Texas', 'EL PASO, Texas -', null],
    [
      'NEW YORK, NY.\nJuly 25th, 2019— Today, Frankie',
      'NEW YORK, NY',
      'NEW YORK, NY.\nJuly 25th, 2019—',
      '2019-07-25',
    ],
    ['Keene, CA –\nIn response to the killings', 'Keene, CA', 'Keene, CA –', null],
    [
      'Ciudad de México, 15 de marzo de 2024.- La red',
      'Ciudad de México',
      'Ciudad de México, 15 de marzo de 2024.-',
      '2024-03-15',
    ],
    [
      'Nueva York, 5 de mayo de 2023 – Hoy',
      'Nueva York',
      'Nueva York, 5 de mayo de 2023 –',
      '2023-05-05',
    ],
    ['(WASHINGTON) – The group', 'WASHINGTON', '(WASHINGTON) –', null],
    ['WASHINGTON (AP) — The group', 'WASHINGTON', 'WASHINGTON (AP) —', null],
    ['(Photo) – The group', null, null, null],
    ['Today – the group said', null, null, null],
    ['The group said – no', null, null, null],
    ['Statement from Arturo Carmona, Executive Director of Presente.org:', null, null, null],
    ['June 10, 2021 – The group', null, null, null],
    ['CHICAGO –', null, null, null],
  ]
  for (const [para, place, text, iso] of table)
    it(`reads the dateline of “${para.slice(0, 40)}”`, () => {
      const d = findDateline(para, 0, para.length)
      assert.equal(d?.place ?? null, place)
      assert.equal(d?.text ?? null, text)
      assert.equal(d?.date?.iso ?? null, iso)
      if (d) assert.equal(para.slice(d.start, d.end), d.text)
    })

  it('keeps offsets into the whole text', () => {
    const s = 'Headline\n\nCHICAGO – Body.'
    const d = findDateline(s, 10, s.length)
    assert.equal(d && s.slice(d.start, d.end), 'CHICAGO –')
  })
})

describe('isPlaceLine', () => {
  for (const [line, expected] of [
    ['New York', true],
    ['NEW YORK, NY', true],
    ['Statement', false],
    ['Alianza Americas Condemns New Raids Today', false],
  ] as const)
    it(`says ${expected} for “${line}”`, () => assert.equal(isPlaceLine(line), expected))
})
