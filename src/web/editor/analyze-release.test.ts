import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { checkRelease } from '../../check/index.js'
import { pairStatuses, pairsToRecord, syncIndex } from '../../newsroom/editor/paragraph-sync.js'
import { pairsOfVersions } from '../../newsroom/editor/sync-service.js'
import { parseRelease } from '../../parse/index.js'
import { analyzeRelease, checkWithCache } from './analyze-release.js'

const fixture = (name: string) =>
  readFileSync(
    new URL(`../../../test/fixtures/01-alianza-americas-2021-06-10/${name}`, import.meta.url),
    'utf8',
  )
const en = fixture('en.txt')
const es = fixture('es.txt')
const read = (enText: string, esText: string) =>
  parseRelease(
    [
      { file: 'en.txt', format: 'text', text: enText },
      { file: 'es.txt', format: 'text', text: esText },
    ],
    { langs: ['en', 'es'] },
  )
const summary = (ds: ReturnType<typeof checkRelease>) =>
  ds.map(
    (d) => `${d.lang} ${d.ruleId} ${d.place?.start.offset}-${d.place?.end.offset} ${d.message}`,
  )

describe('checkWithCache', () => {
  it('answers what the check engine answers, before and after an edit of one version', () => {
    for (const [a, b] of [
      [en, es],
      [en, es.replace('dos naciones', 'tres naciones')],
      [en.replace('this week', 'last week'), es.replace('dos naciones', 'tres naciones')],
      [en, es],
    ] as const) {
      const release = read(a, b)
      assert.deepEqual(
        summary(checkWithCache(release, 'es')),
        summary(checkRelease(read(a, b), { locale: 'es' })),
      )
    }
  })
})

describe('analyzeRelease', () => {
  const first = analyzeRelease(
    [
      { lang: 'en', text: en },
      { lang: 'es', text: es },
    ],
    [],
    'en',
  )
  it('puts each diagnostic in the pane of its version, cross-version ones in the version to fix', () => {
    const changed = analyzeRelease(
      [
        { lang: 'en', text: en },
        { lang: 'es', text: es.replace('dos naciones', 'tres naciones') },
      ],
      [],
      'en',
    )
    const rules = (lang: string) => changed.panes.get(lang)?.diagnostics.map((d) => d.ruleId) ?? []
    assert.ok(rules('en').includes('dangling-attribution'))
    assert.ok(rules('es').includes('dangling-attribution'))
    const mismatch = changed.panes.get('es')?.diagnostics.find((d) => d.message.includes('tres'))
    assert.equal(mismatch?.ruleId, 'number-mismatch')
  })

  it('knows the structure, the sentences and their counterparts', () => {
    const pane = first.panes.get('en')
    assert.ok(pane)
    assert.deepEqual(pane.blocks.map((b) => b.kind).slice(0, 4), [
      'date',
      'contacts',
      'headline',
      'body',
    ])
    assert.equal(pane.blocks.filter((b) => b.kind === 'quote').length, 3)
    assert.equal(pane.otherLang, 'es')
    assert.ok(pane.sentences.length > 20)
    assert.ok(pane.sentenceBead.every((b) => b >= 0))
    assert.equal(pane.quotes.length, 3)
  })

  it('marks a sentence with no counterpart', () => {
    const extra = en.replace(
      'This transnational approach',
      'The coalition will hold a press call on Friday at noon. This transnational approach',
    )
    const pane = analyzeRelease(
      [
        { lang: 'en', text: extra },
        { lang: 'es', text: es },
      ],
      [],
      'en',
    ).panes.get('en')
    assert.ok(pane)
    const unmatched = pane.unmatchedSentences.map((k) => {
      const s = pane.sentences[k]
      return s ? extra.slice(s.from, s.to) : ''
    })
    assert.ok(
      unmatched.some((s) => s.includes('press call')),
      unmatched.join(' | '),
    )
  })

  it('marks the Spanish counterpart of an edited English paragraph outdated against recorded pairs', () => {
    const { pairs } = pairsOfVersions([
      { lang: 'en', text: en },
      { lang: 'es', text: es },
    ])
    const recorded = pairs.flatMap((lp) =>
      pairsToRecord(pairStatuses(lp.pairs, syncIndex([]))).map((p) => ({
        ...p,
        sourceLang: lp.sourceLang,
        targetLang: lp.targetLang,
      })),
    )
    const edited = analyzeRelease(
      [
        { lang: 'en', text: en.replace('Some of the specific', 'Several of the specific') },
        { lang: 'es', text: es },
      ],
      recorded,
      'en',
    )
    const outdated = edited.panes.get('es')?.outdated ?? []
    assert.equal(outdated.length, 1)
    assert.match(es.slice(outdated[0]?.from, outdated[0]?.to), /^Algunos de los anuncios/)
    assert.equal(outdated[0]?.otherLang, 'en')
    assert.deepEqual(edited.panes.get('en')?.outdated, [])
  })

  it('checks a release with one version, with nothing to align', () => {
    const single = analyzeRelease([{ lang: 'en', text: en }], [], 'en')
    const pane = single.panes.get('en')
    assert.equal(single.alignment, null)
    assert.equal(pane?.otherLang, null)
    assert.ok(pane?.diagnostics.some((d) => d.ruleId === 'dangling-attribution'))
    assert.deepEqual(pane?.outdated, [])
  })

  it('says why a pane cannot be read, and still checks the other', () => {
    const empty = analyzeRelease(
      [
        { lang: 'en', text: en },
        { lang: 'es', text: '   ' },
      ],
      [],
      'en',
    )
    assert.equal(empty.panes.get('es')?.unreadable, 'empty')
    assert.ok((empty.panes.get('en')?.diagnostics.length ?? 0) > 0)
  })
})
