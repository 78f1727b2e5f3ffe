import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { rules } from '../src/check/index.js'
import { rulePages, rulesDir, stalePages } from './gen-rule-docs.js'

describe('docs/rules', () => {
  it('has an up-to-date page per rule and an index (npx tsx scripts/gen-rule-docs.ts)', () => {
    assert.deepEqual(stalePages(rulesDir, rulePages()), [])
  })

  it('lists every rule in the index', () => {
    const index = rulePages().get('README.md') ?? ''
    for (const rule of rules) assert.ok(index.includes(`[${rule.id}](${rule.id}.md)`), rule.id)
  })
})
