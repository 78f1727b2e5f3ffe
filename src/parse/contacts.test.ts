import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { isContactsBlock, readContacts } from './contacts.js'

type Row = [string, { name: string | null; phone: string | null; email: string | null }[]]

describe('readContacts', () => {
  const table: Row[] = [
    [
      'Fernanda Durand | (443) 396-3317 | [email\u00a0protected]\nNancy Treviño | (786) 201-8958 | [email\u00a0protected]',
      [
        { name: 'Fernanda Durand', phone: '(443) 396-3317', email: null },
        { name: 'Nancy Treviño', phone: '(786) 201-8958', email: null },
      ],
    ],
    [
      'Contact: Jane Doe, 202-555-0100, jane@example.org',
      [{ name: 'Jane Doe', phone: '202-555-0100', email: 'jane@example.org' }],
    ],
    [
      'Media Contacts:\nJane Doe\nCommunications Director, Acme Coalition\n(202) 555-0100\njane@acme.org\n\nJohn Roe\n+52 55 1234 5678\njohn@acme.mx',
      [
        { name: 'Jane Doe', phone: '(202) 555-0100', email: 'jane@acme.org' },
        { name: 'John Roe', phone: '+52 55 1234 5678', email: 'john@acme.mx' },
      ],
    ],
    [
      'Contacto de prensa: María José Pérez, 312.555.0142, mjperez@red.org',
      [{ name: 'María José Pérez', phone: '312.555.0142', email: 'mjperez@red.org' }],
    ],
    [
      'Contacto para medios:\nLuis de la Cruz | luis@example.org',
      [{ name: 'Luis de la Cruz', phone: null, email: 'luis@example.org' }],
    ],
    [
      'Press Contact: Sam Lee (sam@example.com)',
      [{ name: 'Sam Lee', phone: null, email: 'sam@example.com' }],
    ],
    [
      'Julie Karant, 646-584-9001, jkarant @seiu32bj.org',
      [{ name: 'Julie Karant', phone: '646-584-9001', email: null }],
    ],
    [
      'For more information contact Ana Ruiz at 312-555-0100 or ana.ruiz@example.org.',
      [{ name: 'Ana Ruiz', phone: '312-555-0100', email: 'ana.ruiz@example.org' }],
    ],
    [
      'Para más información, comuníquese con Ana Ruiz al 312-555-0100 o ana.ruiz@example.org.',
      [{ name: 'Ana Ruiz', phone: '312-555-0100', email: 'ana.ruiz@example.org' }],
    ],
    [
      'Contact: Daniella Burgi-Palomino,, (202) 546-7010',
      [{ name: 'Daniella Burgi-Palomino', phone: '(202) 546-7010', email: null }],
    ],
  ]
  for (const [block, expected] of table)
    it(`reads “${block.slice(0, 40).replace(/\n/g, ' / ')}”`, () => {
      const { contacts } = readContacts(block, 0, block.length)
      assert.deepEqual(
        contacts.map((c) => ({ name: c.name, phone: c.phone, email: c.email })),
        expected,
      )
      for (const c of contacts) assert.ok(c.start >= 0 && c.end <= block.length && c.start < c.end)
    })

  it('turns scraper debris into a null e-mail with the debris kept and a problem reported', () => {
    const block = 'Jane Doe | (443) 396-3317 | [email\u00a0protected]'
    const { contacts, problems } = readContacts(block, 0, block.length)
    assert.equal(contacts[0]?.email, null)
    assert.equal(contacts[0]?.emailText, '[email\u00a0protected]')
    assert.equal(problems.length, 1)
    assert.equal(block.slice(problems[0]?.start, problems[0]?.end), '[email\u00a0protected]')
  })

  it('does not read a date as a phone number', () => {
    const block = '07.25.2019 Contact: Ana Ruiz, 555-123-4567'
    const { contacts } = readContacts(block, 0, block.length)
    assert.equal(contacts[0]?.phone, '555-123-4567')
  })
})

describe('isContactsBlock', () => {
  const table: [string, boolean][] = [
    ['Contact: Jane Doe', true],
    ['Media Contact(s):', false],
    ['Contacto de prensa:\nAna Ruiz', true],
    ['Jane Doe\n(202) 555-0100\njane@example.org', true],
    [
      'For help, families can call the hotline at 1-800-555-0199. The line is open all week and staff speak Spanish.',
      false,
    ],
    ['The coalition said it would keep working with its allies across the region.', false],
  ]
  for (const [block, expected] of table)
    it(`says ${expected} for “${block.slice(0, 40).replace(/\n/g, ' / ')}”`, () =>
      assert.equal(isContactsBlock(block), expected))
})
