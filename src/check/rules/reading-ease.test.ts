import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { testRule } from '../rule-tester.js'
import { fernandezHuerta, fleschReadingEase, readingEase } from './reading-ease.js'

testRule(readingEase, { describe, it })

describe('readability formulas', () => {
  it('computes Flesch reading ease', () => {
    // 100 words, 5 sentences, 150 syllables: 206.835 − 1.015·20 − 84.6·1.5
    assert.equal(
      fleschReadingEase({ words: 100, sentences: 5, syllables: 150 }).toFixed(3),
      '59.635',
    )
  })
  it('computes Fernández-Huerta', () => {
    // 100 words, 5 sentences, 200 syllables: 206.84 − 0.60·200 − 1.02·5
    assert.equal(fernandezHuerta({ words: 100, sentences: 5, syllables: 200 }).toFixed(2), '81.74')
  })
})
