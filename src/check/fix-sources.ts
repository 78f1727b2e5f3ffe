/**
 * The fixer: checks, applies the safe fixes of every diagnostic to each source text, and checks
 * again, until nothing changes or a pass limit is reached. Suggestions are never applied.
 * The check is passed in (parse + check), so this stays independent of how sources are read.
 */
import type { Diagnostic, Edit, Source } from '../core/index.js'
import { applyEdits } from './apply-edits.js'

/** The result of {@link fixSources}. */
export interface FixResult {
  /** The sources after fixing (same order; unchanged ones are the same objects). */
  sources: Source[]
  /** How many edits were applied in all. */
  applied: number
  /** Passes run (a pass that applies nothing ends the loop). */
  passes: number
  /** The diagnostics of the final text. */
  diagnostics: Diagnostic[]
}

/** Applies safe fixes until stable. `check` must report diagnostics with `file` set. */
export function fixSources(
  sources: readonly Source[],
  check: (sources: Source[]) => Diagnostic[],
  maxPasses = 10,
): FixResult {
  let current = [...sources]
  let applied = 0
  let passes = 0
  let diagnostics = check(current)
  while (passes < maxPasses) {
    passes++
    let changed = false
    current = current.map((source) => {
      const edits: Edit[] = diagnostics
        .filter((d) => d.fix && d.file === source.file)
        .map((d) => d.fix as Edit)
      if (edits.length === 0) return source
      const result = applyEdits(source.text, edits)
      if (result.text === source.text) return source
      applied += result.applied.length
      changed = true
      return { ...source, text: result.text }
    })
    if (!changed) break
    diagnostics = check(current)
  }
  return { sources: current, applied, passes, diagnostics }
}
