/**
 * The planted-defect suite: plants each kind of defect into each bilingual fixture, one at a
 * time, checks the edited release, and counts a defect as found when a diagnostic that was not
 * there before the edit sits on the planted line of the edited version, or points there with
 * its `cause`. Pure: callers read the fixtures and print or assert the result.
 */
import { createLocationIndex, type Diagnostic, type Source } from '../../core/index.js'
import { parseRelease } from '../../parse/index.js'
import { checkRelease } from '../check-release.js'
import { type PlantedDefect, type PlantKind, plantDefects, plantKinds } from './plant-defects.js'

/** A bilingual fixture: its name and its sources (en.txt, es.txt). */
export interface PlantFixture {
  name: string
  sources: Source[]
}

/** One planted defect and whether the checker found it. */
export interface PlantOutcome {
  fixture: string
  defect: PlantedDefect
  found: boolean
  /** The new diagnostics of the planted release (not in the unedited one). */
  fresh: Diagnostic[]
}

/** Found/total per kind and overall. */
export interface PlantReport {
  outcomes: PlantOutcome[]
  perKind: Record<PlantKind, { found: number; total: number }>
  found: number
  total: number
  rate: number
}

/**
 * A key of a diagnostic: rule, file, offsets, message, and the same of the cause. `shift` maps
 * an offset of the file the defect was planted in (identity for the other files).
 */
function key(d: Diagnostic, shift: (file: string | undefined, offset: number) => number): string {
  const where = (x: Diagnostic | undefined) =>
    x?.place
      ? `${x.file}@${shift(x.file, x.place.start.offset)}-${shift(x.file, x.place.end.offset)}`
      : `${x?.file}`
  return [d.ruleId, where(d), d.message, d.cause ? where(d.cause) : ''].join('|')
}

/**
 * Maps an offset of the unedited text to the planted one: unchanged before the edit, moved by
 * the change of length after it, and onto the edit's start inside it, so that a finding the
 * unedited release already had keeps its key.
 */
function shifter(defect: PlantedDefect) {
  const file = defect.sources[defect.source]?.file
  const inserted = defect.end - defect.original.start
  const delta = inserted - (defect.original.end - defect.original.start)
  return (f: string | undefined, offset: number) => {
    if (f !== file || offset <= defect.original.start) return offset
    if (offset >= defect.original.end) return offset + delta
    return defect.original.start
  }
}

const same = (_file: string | undefined, offset: number) => offset

/** Whether diagnostics that were not there before point at the planted line. */
export function findsPlant(defect: PlantedDefect, fresh: readonly Diagnostic[]): boolean {
  const source = defect.sources[defect.source]
  if (!source) return false
  const index = createLocationIndex(source.text)
  const first = index.toPoint(defect.start).line
  const last = index.toPoint(defect.end).line
  const touches = (d: Diagnostic | undefined) =>
    d?.file === source.file &&
    d.place !== undefined &&
    d.place.start.line <= last &&
    d.place.end.line >= first
  return fresh.some((d) => touches(d) || touches(d.cause))
}

/**
 * The diagnostics of the planted release that the unedited one did not have (informational
 * ones aside): same rule, place (moved by the edit), message and cause count as the same.
 */
export function freshDiagnostics(
  unedited: readonly Diagnostic[],
  planted: readonly Diagnostic[],
  defect: PlantedDefect,
): Diagnostic[] {
  const shift = shifter(defect)
  const baseline = new Set(unedited.filter(counts).map((d) => key(d, shift)))
  return planted.filter((d) => counts(d) && !baseline.has(key(d, same)))
}

/** Runs the suite over the fixtures. */
export function runPlantedSuite(fixtures: readonly PlantFixture[]): PlantReport {
  const outcomes: PlantOutcome[] = []
  for (const fixture of fixtures) {
    const release = parseRelease(fixture.sources)
    if (release.versions.length < 2) continue
    const unedited = checkRelease(release)
    for (const defect of plantDefects(release)) {
      const planted = parseRelease(defect.sources)
      const fresh = freshDiagnostics(unedited, checkRelease(planted), defect)
      outcomes.push({ fixture: fixture.name, defect, found: findsPlant(defect, fresh), fresh })
    }
  }
  const perKind = Object.fromEntries(plantKinds.map((k) => [k, { found: 0, total: 0 }])) as Record<
    PlantKind,
    { found: number; total: number }
  >
  for (const o of outcomes) {
    perKind[o.defect.kind].total++
    if (o.found) perKind[o.defect.kind].found++
  }
  const found = outcomes.filter((o) => o.found).length
  return {
    outcomes,
    perKind,
    found,
    total: outcomes.length,
    rate: outcomes.length ? found / outcomes.length : 0,
  }
}

/** Informational diagnostics (readability) do not count as finding a defect. */
function counts(d: Diagnostic): boolean {
  return d.severity !== 'info'
}

/** A plain-text table of a report: one line per kind, the total, then the misses. */
export function formatPlantReport(report: PlantReport): string {
  const lines = ['kind               found/total']
  for (const kind of plantKinds) {
    const { found, total } = report.perKind[kind]
    lines.push(`${kind.padEnd(18)} ${String(found).padStart(5)}/${total}`)
  }
  lines.push(
    `${'all'.padEnd(18)} ${String(report.found).padStart(5)}/${report.total}  (${(report.rate * 100).toFixed(1)}%)`,
  )
  const misses = report.outcomes.filter((o) => !o.found)
  if (misses.length) lines.push('', 'missed:')
  for (const m of misses)
    lines.push(`  ${m.fixture} ${m.defect.lang} ${m.defect.kind}: ${m.defect.what}`)
  return lines.join('\n')
}
