import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { auditActionNames, scheduleKeys, scheduleText } from './schedule-strings.js'

describe('schedule strings', () => {
  it('has every key in both languages, with the same parameters', () => {
    for (const key of scheduleKeys) {
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
      const en = scheduleText('en', key)
      const es = scheduleText('es', key)
      assert.ok(en && es, key)
      assert.deepEqual(params(es), params(en), key)
    }
  })

  it('names the same audit actions in both languages', () => {
    assert.deepEqual(
      Object.keys(auditActionNames.es).sort(),
      Object.keys(auditActionNames.en).sort(),
    )
  })

  it('fills parameters and leaves unknown ones visible', () => {
    assert.equal(
      scheduleText('es', 'previews.revoked', { time: '2026-03-03 10:00' }),
      'Revocado 2026-03-03 10:00',
    )
    assert.equal(scheduleText('en', 'previews.revoked'), 'Revoked {time}')
  })
})
