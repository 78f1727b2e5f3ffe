import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { parseSignonInput } from './signon-input.js'
import { releaseTextHash } from './text-hash.js'

const valid = {
  organization: 'Presente',
  city: 'Oakland',
  country: 'USA',
  contactName: 'Ana',
  email: 'ana@presente.org',
  logoUrl: 'https://presente.org/logo.png',
  consent: 'yes',
}

describe('parseSignonInput', () => {
  it('accepts a complete form and trims it', () => {
    const result = parseSignonInput({ ...valid, city: '  Oakland ' })
    assert.ok(result.ok)
    assert.equal(result.input.city, 'Oakland')
  })
  const bad: [Record<string, unknown>, string][] = [
    [{ organization: '' }, 'organization:required'],
    [{ organization: 'x'.repeat(201) }, 'organization:tooLong'],
    [{ email: '' }, 'email:required'],
    [{ email: 'ana@' }, 'email:invalid'],
    [{ logoUrl: 'http://presente.org/logo.png' }, 'logoUrl:notHttps'],
    [{ logoUrl: 'javascript:alert(1)' }, 'logoUrl:notHttps'],
    [{ consent: undefined }, 'consent:required'],
    [{ city: 7 }, 'city:required'],
  ]
  for (const [change, expected] of bad)
    it(`refuses ${JSON.stringify(change)} as ${expected}`, () => {
      const result = parseSignonInput({ ...valid, ...change })
      assert.ok(!result.ok)
      assert.deepEqual(
        result.errors.map((e) => `${e.field}:${e.problem}`),
        [expected],
      )
    })
})

describe('releaseTextHash', () => {
  const v = (en: string, es: string) => ({
    versions: [
      { lang: 'en', text: en },
      { lang: 'es', text: es },
    ],
  })
  it('ignores white space and the order of versions', () => {
    assert.equal(releaseTextHash(v('A  b\n c', 'x')), releaseTextHash(v('A b c', 'x')))
    assert.equal(
      releaseTextHash(v('a', 'b')),
      releaseTextHash({
        versions: [
          { lang: 'es', text: 'b' },
          { lang: 'en', text: 'a' },
        ],
      }),
    )
  })
  it('changes with any word, number or mark, in either language', () => {
    const base = releaseTextHash(v('Rally on May 1.', 'Marcha el 1 de mayo.'))
    for (const changed of [
      v('Rally on May 2.', 'Marcha el 1 de mayo.'),
      v('Rally on May 1!', 'Marcha el 1 de mayo.'),
      v('Rally on May 1.', 'Marcha el 2 de mayo.'),
    ])
      assert.notEqual(releaseTextHash(changed), base)
  })
})
