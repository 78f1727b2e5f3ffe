import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { runExample, testRule } from '../rule-tester.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { spanishQuotePunctuation } from './spanish-quote-punctuation.js'

testRule(spanishQuotePunctuation, { describe, it })

describe('spanish-quote-punctuation, beyond the examples', () => {
  it('is off in the recommended preset', () => {
    assert.equal(spanishQuotePunctuation.defaults.severity, 'off')
  })
  it('leaves the full stop of an abbreviation inside the quote', () => {
    const es = esRelease.replace('trabaja la tierra”,', 'trabaja en EE. UU.”,')
    const { diagnostics } = runExample(spanishQuotePunctuation, { files: pair(enRelease, es) })
    assert.deepEqual(diagnostics, [])
  })
  it('moves a full stop out of a closing «»', () => {
    const es = esRelease.replace(
      '“Esta es una victoria para cada familia que trabaja la tierra”, dijo',
      'Dijo: «Esta es una victoria para cada familia que trabaja la tierra.» Y',
    )
    const { diagnostics } = runExample(spanishQuotePunctuation, { files: pair(enRelease, es) })
    assert.equal(diagnostics.length, 1)
    assert.deepEqual(diagnostics[0]?.fix?.text, '».')
  })
})
