import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { refusalReasons } from '../../newsroom/newsroom-error.js'
import { refusalKeys, refusalText } from './refusal-reasons.js'

const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('refusal reasons', () => {
  it('says every reason the services give in both languages, with the same parameters', () => {
    for (const reason of refusalReasons) {
      assert.ok(refusalKeys.includes(reason), reason)
      const en = refusalText('en', reason)
      const es = refusalText('es', reason)
      assert.ok(en.trim() && es.trim(), reason)
      assert.notEqual(es, en, `${reason} is not translated`)
      assert.deepEqual(params(es), params(en), reason)
    }
  })

  it('has the same parameters in both languages for every clause', () => {
    for (const key of refusalKeys)
      assert.deepEqual(params(refusalText('es', key)), params(refusalText('en', key)), key)
  })

  it('fills parameters and leaves unknown ones visible', () => {
    assert.equal(
      refusalText('es', 'approval.signoff', { organization: 'Presente.org' }),
      'Presente.org no ha dado su visto bueno al texto actual',
    )
    assert.equal(refusalText('en', 'release-lang-twice'), 'the {lang} version appears twice')
  })
})
