/**
 * Shared logic of the `missing-*` rules. Something missing from every version is reported
 * once, on the first version; something missing from only some versions is reported on each
 * version that lacks it, with `cause` at the counterpart that has it — that is the version a
 * person would fix. A version that is only a translation block (a single paragraph, as the
 * Spanish of a UN statement often is) is not expected to repeat the release's furniture.
 */
import type { Version } from '../../core/index.js'
import { primaryLang } from '../../core/index.js'
import type { RuleContext } from '../rule.js'

/** A span in a version's source. */
export interface Span {
  start: number
  end: number
}

/** The first line of a version: where a "missing" diagnostic is shown. */
export function versionHead(context: RuleContext, version: Version): Span {
  const text = context.textOf(version)
  const first = version.blocks[0]
  let start = first ? first.start : version.start
  while (start < version.end && /\s/.test(text[start] ?? '')) start++
  let end = text.indexOf('\n', start)
  if (end < 0 || end > version.end) end = version.end
  return { start, end: Math.max(start, Math.min(end, start + 200)) }
}

/** Whether a version is only a bare translation block (one prose paragraph, no furniture). */
export function isBareBlock(version: Version): boolean {
  const prose = version.blocks.filter((b) => b.kind !== 'other')
  return prose.length <= 1 && version.contacts.length === 0 && !version.headline
}

/** Options shared by the missing-* rules. */
export interface MissingOptions extends Record<string, unknown> {
  /** Also report when every version lacks it (once, on the first version). */
  reportWhenAllLack: boolean
}

/**
 * Reports versions lacking something. `find` returns the span of the thing in a version, or
 * null when the version lacks it. Message ids: `missing` (every version lacks it) and
 * `missingHere` (data: `counterpart`, the language of a version that has it), and `counterpart`
 * for the cause. Bare translation blocks ({@link isBareBlock}) are not reported.
 */
export function reportMissing(
  context: RuleContext<MissingOptions>,
  versions: Version[],
  find: (version: Version) => Span | null,
  where: (version: Version) => Span = (v) => versionHead(context, v),
): void {
  const found = versions.map((v) => ({ version: v, span: find(v) }))
  const having = found.filter((f) => f.span !== null)
  const lacking = found.filter((f) => f.span === null)
  if (lacking.length === 0) return
  if (having.length === 0) {
    const first = versions[0]
    if (!first || !context.options.reportWhenAllLack) return
    context.report({ version: first, messageId: 'missing', ...where(first) })
    return
  }
  const witness = having[0]
  if (!witness?.span) return
  for (const { version } of lacking) {
    if (isBareBlock(version)) continue
    context.report({
      version,
      messageId: 'missingHere',
      data: { counterpart: primaryLang(witness.version.lang).toUpperCase() },
      ...where(version),
      cause: {
        version: witness.version,
        ...witness.span,
        messageId: 'counterpart',
        data: { counterpart: primaryLang(witness.version.lang).toUpperCase() },
      },
    })
  }
}
