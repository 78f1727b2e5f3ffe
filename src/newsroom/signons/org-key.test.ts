import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { normaliseOrgName, orgKey } from './org-key.js'

describe('normaliseOrgName', () => {
  const same: [string, string][] = [
    ['Alianza Américas, Inc.', 'alianza americas'],
    ['ALIANZA-AMERICAS', 'alianza americas'],
    ['Red Mexicana A.C.', 'red mexicana'],
    ['Servicios S.A. de C.V.', 'servicios'],
    ['Casa de Maryland, LLC', 'casa de maryland'],
    ['Farmworkers & Friends', 'farmworkers and friends'],
    ['  Ñandú   Corp. ', 'nandu'],
  ]
  for (const [name, expected] of same)
    it(`reads "${name}" as "${expected}"`, () => assert.equal(normaliseOrgName(name), expected))

  it('keeps words that only look like suffixes inside a name', () => {
    assert.equal(normaliseOrgName('Inc Workers United'), 'inc workers united')
  })
})

describe('orgKey', () => {
  it('counts the e-mail domain of organizations', () => {
    assert.equal(orgKey('Presente', 'a@presente.org'), orgKey('PRESENTE Inc.', 'b@Presente.org'))
    assert.notEqual(orgKey('Presente', 'a@presente.org'), orgKey('Presente', 'a@other.org'))
  })
  it('does not count free-mail domains as one organization', () => {
    assert.notEqual(orgKey('Familias', 'one@gmail.com'), orgKey('Familias', 'two@gmail.com'))
    assert.equal(orgKey('Familias', 'One@Gmail.com'), orgKey('familias', 'one@gmail.com'))
  })
})
