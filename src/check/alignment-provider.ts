/**
 * Where release-scope rules get alignment and drift facts. The default asks the aligner
 * (src/align); tests and the editor may pass their own provider to `checkRelease`.
 */
import { type Alignment, alignVersions, computeDrift } from '../align/index.js'
import type { Release, Version } from '../core/index.js'
import type { AlignmentProvider } from './rule.js'

/** Alignments per release and version pair, so drift reuses the alignment it is computed from. */
const alignments = new WeakMap<Release, Map<string, Alignment>>()

function aligned(release: Release, a: Version, b: Version): Alignment {
  let perRelease = alignments.get(release)
  if (!perRelease) {
    perRelease = new Map()
    alignments.set(release, perRelease)
  }
  const key = `${release.versions.indexOf(a)}:${release.versions.indexOf(b)}`
  let alignment = perRelease.get(key)
  if (!alignment) {
    alignment = alignVersions(release, a, b)
    perRelease.set(key, alignment)
  }
  return alignment
}

/** The aligner's alignment and drift facts. */
export const defaultAlignmentProvider: AlignmentProvider = {
  alignment: (release, a, b) => aligned(release, a, b),
  drift: (release, a, b) => computeDrift(release, aligned(release, a, b)),
}
