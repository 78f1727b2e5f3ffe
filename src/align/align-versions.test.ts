import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { type Alignment, alignTexts, alignVersions } from './align-versions.js'
import { blankLineBlocks, releaseFromTexts } from './test-release.js'

const fixture = (name: string, lang: string) =>
  readFileSync(new URL(`../../test/fixtures/${name}/${lang}.txt`, import.meta.url), 'utf8')

function align(en: string, es: string, params = {}): Alignment {
  return alignTexts(
    { text: en, lang: 'en', blocks: blankLineBlocks(en) },
    { text: es, lang: 'es', blocks: blankLineBlocks(es) },
    { params },
  )
}

const shape = (a: Alignment) => a.sentences.map((b) => `${b.source.length}-${b.target.length}`)

const en = [
  'The coalition met with Senator Padilla on June 10, 2021.',
  'More than 250,000 families depend on TPS.',
  'We will continue to fight for immigrant communities.',
  '“This decision is cruel,” said Oscar Chacon, executive director of Alianza Americas.',
].join(' ')
const es = [
  'La coalición se reunió con el senador Padilla el 10 de junio de 2021.',
  'Más de 250.000 familias dependen del TPS.',
  'Seguiremos luchando por las comunidades inmigrantes.',
  '“Esta decisión es cruel”, dijo Oscar Chacón, director ejecutivo de Alianza Americas.',
].join(' ')

describe('alignVersions', () => {
  it('pairs a close translation sentence by sentence', () => {
    const a = align(en, es)
    assert.deepEqual(shape(a), ['1-1', '1-1', '1-1', '1-1'])
    for (const bead of a.sentences) assert.ok(bead.score > 0.8, `score ${bead.score}`)
  })

  it('leaves a sentence deleted from one side alone (1-0)', () => {
    const cut = es.replace('Más de 250.000 familias dependen del TPS. ', '')
    const a = align(en, cut)
    assert.deepEqual(shape(a), ['1-1', '1-0', '1-1', '1-1'])
    assert.equal(
      a.sourceSentences[a.sentences[1]?.source[0] ?? -1]?.text,
      'More than 250,000 families depend on TPS.',
    )
  })

  it('leaves a sentence added on the other side alone (0-1)', () => {
    const added = `${es} Únase a nuestra campaña en www.alianzaamericas.org.`
    assert.deepEqual(shape(align(en, added)), ['1-1', '1-1', '1-1', '1-1', '0-1'])
  })

  it('merges a sentence that the translation splits in two (1-2)', () => {
    const a = align(
      'We call on Congress to act now and to pass the Dream Act before the end of the year.',
      'Hacemos un llamado al Congreso para que actúe ahora. Debe aprobar el Dream Act antes de que termine el año.',
    )
    assert.deepEqual(shape(a), ['1-2'])
  })

  it('aligns paragraphs first, with a paragraph that has no counterpart', () => {
    const a = align(`FOR IMMEDIATE RELEASE\n\n${en}`, es)
    assert.deepEqual(
      a.paragraphs.map((p) => [p.source, p.target]),
      [
        [[0], []],
        [[1], [0]],
      ],
    )
  })

  it('matches the gold beads of fixture 03 exactly', () => {
    const gold = JSON.parse(
      readFileSync(
        new URL(
          '../../test/fixtures/03-cortez-masto-tps-el-salvador-2018/gold.json',
          import.meta.url,
        ),
        'utf8',
      ),
    ) as { sentences: { en: string[]; es: string[] }[] }
    const a = align(
      fixture('03-cortez-masto-tps-el-salvador-2018', 'en'),
      fixture('03-cortez-masto-tps-el-salvador-2018', 'es'),
    )
    const beads = a.sentences.map((b) => ({
      en: b.source.map((k) => a.sourceSentences[k]?.text),
      es: b.target.map((k) => a.targetSentences[k]?.text),
    }))
    assert.deepEqual(beads, gold.sentences)
  })

  it('gives sentences with exact offsets into each text', () => {
    const a = align(en, es)
    for (const s of a.sourceSentences) assert.equal(en.slice(s.start, s.end), s.text)
    for (const s of a.targetSentences) assert.equal(es.slice(s.start, s.end), s.text)
  })

  it('records which versions of the release it aligned', () => {
    const release = releaseFromTexts([
      { lang: 'en', text: en },
      { lang: 'es', text: es },
    ])
    const [source, target] = release.versions
    assert.ok(source && target)
    const a = alignVersions(release, source, target)
    assert.equal(a.sourceVersion, 0)
    assert.equal(a.targetVersion, 1)
    assert.equal(a.source, 'en')
  })

  it('runs the plain Gale–Church baseline with the same beads machinery', () => {
    assert.equal(align(en, es, { anchors: false }).sentences.length, 4)
  })

  it('handles empty versions', () => {
    assert.deepEqual(
      align('', es).sentences.map((b) => b.source.length),
      [0, 0, 0, 0],
    )
    assert.deepEqual(align('', '').sentences, [])
  })
})

const word = fc.constantFrom(
  'the',
  'coalition',
  'inmigrantes',
  'Senator',
  'Padilla',
  '250,000',
  'June',
  'dijo',
  'familias',
  'U.S.',
  'EE. UU.',
  'Dr.',
  '1.500,75',
  '“quote”',
  'comunidad',
  'said',
  'TPS',
  '—',
  'a.m.',
)
const sentence = fc
  .array(word, { minLength: 1, maxLength: 12 })
  .map((ws) => `${ws.join(' ')}${['.', '?', '!', ''][ws.length % 4]}`)
const text = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 6 })
  .map((ps) => ps.map((p) => p.join(' ')).join('\n\n'))

describe('alignment properties', () => {
  it('covers every sentence of both sides exactly once, in order, with confidences in [0, 1]', () => {
    fc.assert(
      fc.property(text, text, fc.boolean(), (a, b, anchors) => {
        const alignment = align(a, b, { anchors })
        const source = alignment.sentences.flatMap((s) => s.source)
        const target = alignment.sentences.flatMap((s) => s.target)
        assert.deepEqual(
          source,
          alignment.sourceSentences.map((_, k) => k),
        )
        assert.deepEqual(
          target,
          alignment.targetSentences.map((_, k) => k),
        )
        const blocksS = alignment.paragraphs.flatMap((p) => p.source)
        const blocksT = alignment.paragraphs.flatMap((p) => p.target)
        assert.deepEqual(
          blocksS,
          blankLineBlocks(a).map((_, k) => k),
        )
        assert.deepEqual(
          blocksT,
          blankLineBlocks(b).map((_, k) => k),
        )
        for (const bead of [...alignment.sentences, ...alignment.paragraphs]) {
          assert.ok(bead.score >= 0 && bead.score <= 1, `score ${bead.score}`)
          assert.ok(bead.source.length + bead.target.length > 0)
        }
      }),
      { numRuns: 200 },
    )
  })
})
