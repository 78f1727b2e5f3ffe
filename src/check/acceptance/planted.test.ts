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
import { bumpFirstDigit, plantDefects } from './plant-defects.js'
import { findsPlant, formatPlantReport, runPlantedSuite } from './planted-suite.js'

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

  it('finds at least 90% of the planted defects on the touched lines', () => {
    const report = runPlantedSuite(fixtures)
    assert.ok(report.total >= 50, `only ${report.total} defects planted`)
    assert.ok(report.rate >= 0.9, formatPlantReport(report))
  })
})
