/**
 * Attribution: direct quotes, their speakers, and the boilerplates ("About X") of one language
 * version of a release. The structure reader calls these from `parseRelease`.
 */

import type { Lang } from '../../core/lang.js'
import type { Block, Boilerplate, Quote } from '../../core/release.js'

/** The direct quotes of one version, in order, with speakers and attributions. */
export function extractQuotes(text: string, blocks: Block[], lang: Lang): Quote[] {
  void text
  void blocks
  void lang
  return []
}

/** The boilerplates ("About X", organization descriptions after the end mark) of one version. */
export function extractBoilerplates(text: string, blocks: Block[], lang: Lang): Boilerplate[] {
  void text
  void blocks
  void lang
  return []
}
