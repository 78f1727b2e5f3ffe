/**
 * Where release-scope rules get alignment and drift facts. The default asks the aligner
 * (src/align); tests and the editor may pass their own provider to `checkRelease`.
 */
import type { AlignmentProvider } from './rule.js'

/** The aligner's alignment and drift facts (empty until src/align lands). */
export const defaultAlignmentProvider: AlignmentProvider = {
  alignment: () => null,
  drift: () => [],
}
