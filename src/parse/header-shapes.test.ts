/**
 * Header shapes through the whole reader: date lines in many formats (and an English date line
 * in a Spanish version), release and embargo lines, datelines in AP and Spanish styles, and
 * contact blocks (labels, bare names, roles, several contacts on a line, phone formats). Each
 * row is a small release written for this test; the phrasings vary on purpose.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Version } from '../core/release.js'
import { parseRelease } from './parse-release.js'

const enHeadline = 'City Council Approves Funding for Legal Defense of Immigrant Families'
const enBody =
  'The council voted 9 to 2 on Thursday to set aside $4 million for lawyers who represent families facing deportation, the largest such fund in the state.'
const esHeadline =
  'El concejo municipal aprueba fondos para la defensa legal de familias inmigrantes'
const esBody =
  'El concejo votó 9 a 2 el jueves para destinar 4 millones de dólares a abogados que representan a familias en proceso de deportación, el mayor fondo de su tipo en el estado.'

function read(text: string): Version {
  const release = parseRelease([{ file: 'release.txt', format: 'text', text }])
  assert.equal(release.versions.length, 1)
  return release.versions[0] as Version
}

const en = (header: string, dateline = 'SAN JOSÉ, Calif. —', tail = '###'): Version =>
  read(`${header}\n\n${enHeadline}\n\n${dateline} ${enBody}\n\n${tail}\n`)
const es = (header: string, dateline = 'SAN JOSÉ, California —', tail = '###'): Version =>
  read(`${header}\n\n${esHeadline}\n\n${dateline} ${esBody}\n\n${tail}\n`)

describe('header shapes: date lines', () => {
  const rows: [string, () => Version, string | null][] = [
    ['Month D, YYYY', () => en('October 8, 2026'), '2026-10-08'],
    ['abbreviated month with a weekday', () => en('Thu., Oct. 8, 2026'), '2026-10-08'],
    ['D Month YYYY', () => en('8 October 2026'), '2026-10-08'],
    ['ordinal day', () => en('October 8th, 2026'), '2026-10-08'],
    ['ISO', () => en('2026-10-08'), '2026-10-08'],
    ['a time after the date', () => en('October 8, 2026 | 9:30 a.m. PT'), '2026-10-08'],
    [
      'a release line with the date',
      () => en('FOR IMMEDIATE RELEASE: October 8, 2026'),
      '2026-10-08',
    ],
    [
      'an embargo line with time and date',
      () => en('EMBARGOED UNTIL 6:00 A.M. PDT, THURSDAY, OCTOBER 8, 2026'),
      '2026-10-08',
    ],
    [
      'a date in the dateline',
      () => en('FOR IMMEDIATE RELEASE', 'SAN JOSÉ, Calif. (Oct. 8, 2026) —'),
      '2026-10-08',
    ],
    ['Spanish date with a weekday', () => es('Jueves, 8 de octubre de 2026'), '2026-10-08'],
    ['Spanish "del" year', () => es('8 de octubre del 2026'), '2026-10-08'],
    [
      'an English date line with a time in a Spanish version',
      () => es('October 8, 2026 - 11:45 AM'),
      '2026-10-08',
    ],
    [
      'an English posted line in a Spanish version',
      () => es('Posted on October 8, 2026 at 10:15 am'),
      '2026-10-08',
    ],
    [
      'PARA DIFUSIÓN INMEDIATA then the date',
      () => es('PARA DIFUSIÓN INMEDIATA\n8 de octubre de 2026'),
      '2026-10-08',
    ],
    [
      'a Spanish date with the hour',
      () => es('8 de octubre de 2026, a las 10:00 horas'),
      '2026-10-08',
    ],
    ['an ambiguous numeric date gives no date', () => en('10/08/2026'), null],
    ['D-Mon-YYYY', () => en('08-Oct-2026'), '2026-10-08'],
    ['YYYY/MM/DD', () => en('2026/10/08'), '2026-10-08'],
    ['Spanish month first with "de" before the year', () => es('octubre 8 de 2026'), '2026-10-08'],
  ]
  for (const [shape, version, iso] of rows)
    it(shape, () => assert.equal(version().date?.iso ?? null, iso))

  it('a weekday heading a date line is not a dateline place', () => {
    const v = es('Thursday, October 8, 2026 - 11:45 AM', '')
    assert.equal(v.dateline, null)
    assert.equal(v.headline?.text, esHeadline)
  })
})

describe('header shapes: datelines', () => {
  const rows: [string, () => Version, string][] = [
    ['CITY, State. —', () => en('October 8, 2026', 'FRESNO, Calif. —'), 'FRESNO, Calif.'],
    ['WASHINGTON, D.C. —', () => en('October 8, 2026', 'WASHINGTON, D.C. —'), 'WASHINGTON, D.C.'],
    [
      'CITY, State (date) —',
      () => en('October 8, 2026', 'AUSTIN, Texas (Oct. 8, 2026) —'),
      'AUSTIN, Texas',
    ],
    [
      'City, ST, date --',
      () => en('October 8, 2026', 'Tucson, AZ, October 8, 2026 --'),
      'Tucson, AZ',
    ],
    [
      'CIUDAD, fecha.–',
      () => es('PARA DIFUSIÓN INMEDIATA', 'CIUDAD DE MÉXICO, 8 de octubre de 2026.–'),
      'CIUDAD DE MÉXICO',
    ],
    [
      'CIUDAD, Estado —',
      () => es('8 de octubre de 2026', 'LOS ÁNGELES, California —'),
      'LOS ÁNGELES, California',
    ],
    [
      'Ciudad, a fecha.- (Mexican style)',
      () => es('PARA DIFUSIÓN INMEDIATA', 'Guadalajara, Jalisco, a 8 de octubre de 2026.-'),
      'Guadalajara, Jalisco',
    ],
    [
      'City, ST (date): with a colon',
      () => en('FOR IMMEDIATE RELEASE', 'Oakland, CA (Oct. 8, 2026):'),
      'Oakland, CA',
    ],
    ['(CITY) – in parentheses', () => en('October 8, 2026', '(SACRAMENTO) –'), 'SACRAMENTO'],
  ]
  for (const [shape, version, place] of rows)
    it(shape, () => assert.equal(version().dateline?.place, place))

  it('a date after the place gives the release date when the header has none', () => {
    assert.equal(
      es('PARA DIFUSIÓN INMEDIATA', 'Guadalajara, Jalisco, a 8 de octubre de 2026.-').date?.iso,
      '2026-10-08',
    )
    assert.equal(en('FOR IMMEDIATE RELEASE', 'Oakland, CA (Oct. 8, 2026):').date?.iso, '2026-10-08')
  })
})

describe('header shapes: contacts', () => {
  type C = [name: string | null, phone: string | null, email: string | null]
  const rows: [string, () => Version, C[]][] = [
    [
      'a bare name under "Media Contact:"',
      () => en('October 8, 2026\nMedia Contact:\nTeresa Quon'),
      [['Teresa Quon', null, null]],
    ],
    [
      'a name and role under "Media contact"',
      () =>
        en(
          'October 8, 2026\nMedia contact\nTeresa Quon, Communications Manager\n(408) 555-0142\ntquon@bayjustice.org',
        ),
      [['Teresa Quon', '(408) 555-0142', 'tquon@bayjustice.org']],
    ],
    [
      'name, phone and e-mail on one "Contact:" line',
      () => en('October 8, 2026\nContact: Teresa Quon, 408.555.0142, tquon@bayjustice.org'),
      [['Teresa Quon', '408.555.0142', 'tquon@bayjustice.org']],
    ],
    [
      'two contacts on one line',
      () =>
        en(
          'October 8, 2026\nContacts: Teresa Quon, (408) 555-0142; Daniel Ostrowski, +1 202 555 0188',
        ),
      [
        ['Teresa Quon', '(408) 555-0142', null],
        ['Daniel Ostrowski', '+1 202 555 0188', null],
      ],
    ],
    [
      'an extension',
      () => en('October 8, 2026\nPress contact: Daniel Ostrowski | 202-555-0188 ext. 31'),
      [['Daniel Ostrowski', '202-555-0188 ext. 31', null]],
    ],
    [
      'contacts after the end mark',
      () =>
        en(
          'October 8, 2026',
          'SAN JOSÉ, Calif. —',
          '###\n\nMedia contact: Teresa Quon, tquon@bayjustice.org, (408) 555-0142',
        ),
      [['Teresa Quon', '(408) 555-0142', 'tquon@bayjustice.org']],
    ],
    [
      'two bare names joined by "and"',
      () => en('October 8, 2026\nMedia Contacts: Teresa Quon and Daniel Ostrowski'),
      [
        ['Teresa Quon', null, null],
        ['Daniel Ostrowski', null, null],
      ],
    ],
    [
      'a sentence after the end mark ("For media inquiries, please contact …")',
      () =>
        en(
          'October 8, 2026',
          'SAN JOSÉ, Calif. —',
          '###\n\nFor media inquiries, please contact Daniel Ostrowski at dostrowski@bayjustice.org or 202.555.0188.',
        ),
      [['Daniel Ostrowski', '202.555.0188', 'dostrowski@bayjustice.org']],
    ],
    [
      'Contacto: with a Mexican phone',
      () => es('8 de octubre de 2026\nContacto: Lorena Gil, +52 55 5555 0199, lgil@defensa.mx'),
      [['Lorena Gil', '+52 55 5555 0199', 'lgil@defensa.mx']],
    ],
    [
      'a bare name under "Contacto de prensa:"',
      () => es('8 de octubre de 2026\nContacto de prensa:\nLorena Gil'),
      [['Lorena Gil', null, null]],
    ],
  ]
  for (const [shape, version, expected] of rows)
    it(shape, () =>
      assert.deepEqual(
        version().contacts.map((c) => [c.name, c.phone, c.email]),
        expected,
      ),
    )

  it('a label followed by a headline in capitals does not take the headline', () => {
    const v = read(
      `October 8, 2026\nMedia Contact:\nTeresa Quon\n\nCOUNCIL FUNDS LEGAL DEFENSE FOR IMMIGRANT FAMILIES\n\nSAN JOSÉ, Calif. — ${enBody}\n`,
    )
    assert.deepEqual(
      v.contacts.map((c) => c.name),
      ['Teresa Quon'],
    )
    assert.equal(v.headline?.text, 'COUNCIL FUNDS LEGAL DEFENSE FOR IMMIGRANT FAMILIES')
  })
})
