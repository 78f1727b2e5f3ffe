import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { alignTexts, blankLineBlocks } from '../src/align/index.js'
import {
  deleteSpans,
  type GoldBead,
  goldLinks,
  locateGold,
  mapOnto,
  readCases,
  scoreLinks,
  systemLinks,
} from './align-score.js'

const en = 'One fine day. Two birds sang. Three trees fell.'
const es = 'Un buen día. Dos pájaros cantaron. Tres árboles cayeron.'
const gold: GoldBead[] = [
  { en: ['One fine day.'], es: ['Un buen día.'] },
  { en: ['Two birds sang.'], es: ['Dos pájaros cantaron.'] },
  { en: ['Three trees fell.'], es: ['Tres árboles cayeron.'] },
]

describe('align-score', () => {
  it('locates gold sentences in order, even when repeated', () => {
    assert.deepEqual(locateGold('a. b. a.', ['a.', 'b.', 'a.']), [
      { start: 0, end: 2 },
      { start: 3, end: 5 },
      { start: 6, end: 8 },
    ])
  })

  it('maps a system sentence onto the gold sentence it overlaps most', () => {
    const spans = locateGold(
      en,
      gold.flatMap((b) => b.en),
    )
    assert.equal(mapOnto({ start: 10, end: 30 }, spans), 1)
    assert.equal(mapOnto({ start: 100, end: 120 }, spans), -1)
  })

  it('builds gold links from beads, a 1-2 bead giving two links', () => {
    const links = goldLinks([
      { en: ['a'], es: ['b', 'c'] },
      { en: ['d'], es: [] },
    ])
    assert.deepEqual([...links], ['0:0', '0:1'])
  })

  it('scores a perfect alignment 1 and a shifted one lower', () => {
    const a = alignTexts(
      { text: en, lang: 'en', blocks: blankLineBlocks(en) },
      { text: es, lang: 'es', blocks: blankLineBlocks(es) },
    )
    const enGold = locateGold(
      en,
      gold.flatMap((b) => b.en),
    )
    const esGold = locateGold(
      es,
      gold.flatMap((b) => b.es),
    )
    assert.equal(scoreLinks(goldLinks(gold), systemLinks(a, enGold, esGold)).f1, 1)
    const shifted = scoreLinks(goldLinks(gold), new Set(['0:1', '1:2', '2:2']))
    assert.equal(shifted.correct, 1)
    assert.ok(shifted.f1 < 0.5)
  })

  it('deletes a sentence with the space after it', () => {
    assert.equal(deleteSpans(en, [{ start: 14, end: 29 }]), 'One fine day. Three trees fell.')
    assert.equal(deleteSpans('A.\nB.\nC.', [{ start: 3, end: 5 }]), 'A.\nC.')
  })

  it('reads the fixture folders that have gold sentence beads', () => {
    const cases = readCases('test/fixtures')
    assert.ok(cases.length >= 3)
    for (const c of cases) assert.ok(c.beads.length > 0 && c.en.length > 0 && c.es.length > 0)
  })
})
