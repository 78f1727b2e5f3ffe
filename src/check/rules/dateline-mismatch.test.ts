import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { datelineMismatch } from './dateline-mismatch.js'

testRule(datelineMismatch, { describe, it })

import assert from 'node:assert/strict'
import { comparablePlace } from './dateline-mismatch.js'

describe('comparablePlace', () => {
  const same: [string, string][] = [
    ['NEW YORK', 'NUEVA YORK'],
    ['Washington, D.C.', 'WASHINGTON, DC'],
    ['Keene, CA', 'Keene, Calif.'],
    ['CIUDAD DE MÉXICO', 'Mexico City'],
    ['San José', 'SAN JOSE'],
  ]
  for (const [a, b] of same)
    it(`${a} = ${b}`, () => {
      assert.equal(comparablePlace(a), comparablePlace(b))
    })
  it('CHICAGO ≠ WASHINGTON', () => {
    assert.notEqual(comparablePlace('CHICAGO'), comparablePlace('WASHINGTON'))
  })
})
