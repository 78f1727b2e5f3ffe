import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { DriftFact } from '../../align/index.js'
import type { Version } from '../../core/index.js'
import { isProse, type PlacedFact, pairDiffering } from './drift-report.js'

const version = (lang: string): Version => ({
  type: 'version',
  lang,
  source: 0,
  start: 0,
  end: 100,
  date: null,
  headline: null,
  subheadline: null,
  dateline: null,
  contacts: [],
  blocks: [],
  quotes: [],
  endMark: null,
  boilerplates: [],
})
const en = version('en')
const es = version('es')

function number(
  side: 'source' | 'target',
  start: number,
  text: string,
  cp: [number, number],
): PlacedFact {
  const fact: DriftFact = {
    kind: 'number',
    side,
    lang: side === 'source' ? 'en' : 'es',
    start,
    end: start + text.length,
    text,
    counterpart: { lang: side === 'source' ? 'es' : 'en', start: cp[0], end: cp[1], text: '' },
    bead: 0,
    numberKind: 'number',
    value: Number(text.replace(/,/g, '')),
    readings: [],
  }
  const [own, other] = side === 'source' ? [en, es] : [es, en]
  return { fact, version: own, other, block: undefined, pair: [en, es] }
}

describe('pairDiffering', () => {
  it('pairs two figures that stand in each other’s aligned sentences', () => {
    const a = number('source', 10, '350,000', [50, 90])
    const b = number('target', 60, '250,000', [0, 40])
    const { pairs, alone } = pairDiffering([a, b])
    assert.equal(pairs.length, 1)
    assert.equal(pairs[0]?.translation, b)
    assert.deepEqual(alone, [])
  })
  it('leaves a figure alone when the other is in another sentence', () => {
    const a = number('source', 10, '350,000', [50, 90])
    const b = number('target', 95, '250,000', [41, 60])
    const { pairs, alone } = pairDiffering([a, b])
    assert.equal(pairs.length, 0)
    assert.deepEqual(alone, [a, b])
  })
  it('uses each figure once', () => {
    const a = number('source', 10, '1', [50, 90])
    const b = number('target', 60, '2', [0, 40])
    const c = number('target', 70, '3', [0, 40])
    const { pairs, alone } = pairDiffering([a, b, c])
    assert.equal(pairs.length, 1)
    assert.deepEqual(alone, [c])
  })
})

describe('isProse', () => {
  const block = (kind: 'other' | 'body' | 'headline', text: string) =>
    ({ type: 'block', kind, text, start: 0, end: text.length }) as const
  it('takes body paragraphs and long unrecognised paragraphs as running text', () => {
    assert.equal(isProse(block('body', 'Short.')), true)
    assert.equal(
      isProse(
        block(
          'other',
          'The Farm Worker Coalition is a network of forty organizations that defend farm workers.',
        ),
      ),
      true,
    )
  })
  it('leaves out page chrome and headlines', () => {
    assert.equal(isProse(block('other', 'Keep Me in the Loop!')), false)
    assert.equal(isProse(block('headline', 'Coalition Welcomes New Protections')), false)
    assert.equal(isProse(undefined), false)
  })
})
