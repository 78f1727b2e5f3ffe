import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { missingBoilerplate, sameOrganization } from './missing-boilerplate.js'

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
