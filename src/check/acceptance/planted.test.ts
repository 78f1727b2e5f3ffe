/**
 * Planted defects over the bilingual fixtures: a deleted sentence, a changed number, a swapped
 * speaker, an organization cut from an attribution and a changed date, planted one at a time in
 * one version; the checker must report at least 90% of them on the touched lines. The same run is
 * printed by `npx tsx scripts/planted-defects.ts`.
 */
import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { bilingualFixtures } from '../../../scripts/planted-defects.js'
import { parseRelease } from '../../parse/index.js'
import { checkRelease } from '../check-release.js'
import { bumpFirstDigit, plantDefects } from './plant-defects.js'
import {
  findsPlant,
  formatPlantReport,
  freshDiagnostics,
  runPlantedSuite,
} from './planted-suite.js'

describe('planted defects', () => {
  const fixtures = bilingualFixtures()

  it('plants every kind of defect into the Alianza Americas pair', () => {
    const alianza = fixtures.find((f) => f.name.startsWith('01-'))
    assert.ok(alianza)
    const kinds = new Set(plantDefects(parseRelease(alianza.sources)).map((d) => d.kind))
    for (const kind of [
      'delete-sentence',
      'change-number',
      'swap-speaker',
      'cut-organization',
      'change-date',
    ])
      assert.ok(kinds.has(kind as never), `no ${kind} planted`)
  })

  it('changes a figure without changing its shape', () => {
    assert.equal(bumpFirstDigit('250,000'), '350,000')
    assert.equal(bumpFirstDigit('9'), '8')
  })

  it('does not count a diagnostic on another line as finding the defect', () => {
    const alianza = fixtures.find((f) => f.name.startsWith('01-'))
    assert.ok(alianza)
    const [defect] = plantDefects(parseRelease(alianza.sources))
    assert.ok(defect)
    const file = defect.sources[defect.source]?.file ?? ''
    const far = { line: 1, column: 1, offset: 0 }
    assert.equal(
      findsPlant(defect, [
        { ruleId: 'x', severity: 'warning', message: '', file, place: { start: far, end: far } },
      ]),
      false,
    )
  })

  it('plants into text the aligner leaves without counterpart too', () => {
    // The Sierra Club English breaks off mid-sentence: the Spanish officers after that point
    // have nothing to align with, and are planted into all the same.
    const sierra = fixtures.find((f) => f.name.startsWith('14-'))
    assert.ok(sierra)
    const planted = plantDefects(parseRelease(sierra.sources))
    assert.ok(planted.some((d) => d.lang === 'es' && d.what.includes('Lauren Blackford')))
  })

  it('takes a finding the unedited release had, moved or reworded by the edit, for old', () => {
    const sierra = fixtures.find((f) => f.name.startsWith('14-'))
    assert.ok(sierra)
    const release = parseRelease(sierra.sources)
    const unedited = checkRelease(release)
    const defect = plantDefects(release).find((d) => d.what.includes('Lauren Blackford'))
    assert.ok(defect)
    const planted = checkRelease(parseRelease(defect.sources))
    // the Spanish paragraph was reported before the edit, and is reported again after it
    const paragraph = (ds: typeof planted) =>
      ds.filter((d) => d.ruleId === 'unmatched-paragraph' && d.file === 'es.txt')
    assert.ok(paragraph(unedited).length > 0)
    assert.equal(paragraph(unedited).length, paragraph(planted).length)
    assert.deepEqual(paragraph(freshDiagnostics(unedited, planted, defect)), [])
  })

  it('finds at least 90% of the planted defects on the touched lines', () => {
    const report = runPlantedSuite(fixtures)
    assert.ok(report.total >= 50, `only ${report.total} defects planted`)
    assert.ok(report.rate >= 0.9, formatPlantReport(report))
  })
})
