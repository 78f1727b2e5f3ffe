import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import {
  looksLikeOrganization,
  missingBoilerplate,
  sameOrganization,
} from './missing-boilerplate.js'

testRule(missingBoilerplate, { describe, it })

describe('sameOrganization', () => {
  const table: [string, string, boolean][] = [
    ['Alianza Americas', 'Alianza Americas', true],
    ['Presente.org', 'Presente Action', true],
    ['DNC', 'Democratic National Committee', true],
    ['Alianza Américas', 'alianza americas', true],
    ['National Immigration Law Center', 'National Council of La Raza', false],
    ['Farm Worker Coalition', 'Campesinos Unidos del Valle', false],
  ]
  for (const [a, b, same] of table)
    it(`${a} ~ ${b} → ${same}`, () => assert.equal(sameOrganization(a, b), same))
})

describe('looksLikeOrganization', () => {
  const table: [string | null, boolean][] = [
    ['Alianza Americas', true],
    ['LatinoJustice PRLDEF', true],
    ['Cel.', false],
    ['Tel. 1', false],
    ['(212) 555-0100', false],
    ['press office', false],
    [null, false],
  ]
  for (const [name, ok] of table)
    it(`${name} → ${ok}`, () => assert.equal(looksLikeOrganization(name), ok))
})
