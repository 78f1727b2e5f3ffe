import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { syllablesEn, syllablesEs } from './syllables.js'

describe('syllablesEs', () => {
  const table: [string, number][] = [
    ['casa', 2],
    ['ciudad', 2],
    ['poeta', 3],
    ['país', 2],
    ['aire', 2],
    ['bien', 1],
    ['que', 1],
    ['guerra', 2],
    ['hoy', 1],
    ['migración', 3],
    ['organizaciones', 6],
    ['Estados', 3],
    ['día', 2],
  ]
  for (const [word, n] of table) it(`${word} has ${n}`, () => assert.equal(syllablesEs(word), n))
})

describe('syllablesEn', () => {
  const table: [string, number][] = [
    ['the', 1],
    ['cat', 1],
    ['table', 2],
    ['organization', 5],
    ['immigration', 4],
    ['make', 1],
    ['communities', 4],
    ['every', 2],
  ]
  for (const [word, n] of table)
    it(`${word} has about ${n}`, () =>
      assert.ok(Math.abs(syllablesEn(word) - n) <= 1, `${syllablesEn(word)}`))

  it('counts exactly on common words', () => {
    assert.equal(syllablesEn('cat'), 1)
    assert.equal(syllablesEn('make'), 1)
    assert.equal(syllablesEn('table'), 2)
  })
})
