import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Alignment } from '../../align/index.js'
import { parseRelease } from '../../parse/index.js'
import { checkRelease } from '../check-release.js'
import { testRule } from '../rule-tester.js'
import { unmatchedSentence } from './unmatched-sentence.js'

testRule(unmatchedSentence, { describe, it })

describe('unmatched-sentence, sentences folded into a many-to-one bead', () => {
  const en =
    'CHICAGO – The coalition welcomed the decision of the state legislature today. It had campaigned for this law during ten long years in every county of the state.\n'
  const es = 'CHICAGO – La coalición celebró hoy la decisión de la legislatura estatal.\n'
  const release = parseRelease([
    { file: 'en.txt', format: 'text', text: en },
    { file: 'es.txt', format: 'text', text: es },
  ])
  const sentence = (text: string, whole: string) => {
    const start = whole.indexOf(text)
    return { text, start, end: start + text.length, block: 0 }
  }
  const first = 'CHICAGO – The coalition welcomed the decision of the state legislature today.'
  const second =
    'It had campaigned for this law during ten long years in every county of the state.'
  const translated = 'CHICAGO – La coalición celebró hoy la decisión de la legislatura estatal.'
  const folded = (target: string): Alignment => ({
    type: 'alignment',
    source: 'en',
    target: 'es',
    sourceVersion: 0,
    targetVersion: 1,
    sourceSentences: [sentence(first, en), sentence(second, en)],
    targetSentences: [sentence(target, es)],
    paragraphs: [{ source: [0], target: [0], score: 0.9 }],
    sentences: [{ source: [0, 1], target: [0], score: 0.6, paragraph: 0 }],
    ratio: 1,
  })
  const run = (alignment: Alignment) =>
    checkRelease(release, {
      rules: [unmatchedSentence],
      alignments: { alignment: () => alignment, drift: () => [] },
    })

  it('reports the sentence whose removal restores the length ratio, with cause at the counterpart', () => {
    const [d, ...rest] = run(folded(translated))
    assert.deepEqual(rest, [])
    assert.equal(d?.lang, 'en')
    assert.equal(en.slice(d?.place?.start.offset, d?.place?.end.offset), second)
    assert.equal(d?.cause?.lang, 'es')
  })

  it('accepts a bead whose lengths fit (a sentence split in two)', () => {
    const long =
      'CHICAGO – La coalición celebró hoy la decisión de la legislatura estatal, tras haber luchado por esta ley durante diez largos años en cada condado del estado.'
    const es2 = `${long}\n`
    const release2 = parseRelease([
      { file: 'en.txt', format: 'text', text: en },
      { file: 'es.txt', format: 'text', text: es2 },
    ])
    const alignment = folded(long)
    alignment.targetSentences = [{ text: long, start: 0, end: long.length, block: 0 }]
    const diagnostics = checkRelease(release2, {
      rules: [unmatchedSentence],
      alignments: { alignment: () => alignment, drift: () => [] },
    })
    assert.deepEqual(diagnostics, [])
  })
})
