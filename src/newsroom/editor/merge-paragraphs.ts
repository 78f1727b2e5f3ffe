/**
 * Paragraph-wise three-way merge of one version's text: what I changed and what they changed,
 * both against the revision we started from. Paragraphs are the runs of text between blank
 * lines; each side's changes are found by a longest-common-subsequence match against the base
 * (diff3). Where only one side changed a stretch, that side's paragraphs are taken; where both
 * changed the same stretch differently, the result holds a conflict with the three texts, for a
 * person to decide. Pure, no Node imports: the server merges with it and the editor shows it.
 */

/** A paragraph and the white space that follows it. */
interface Piece {
  text: string
  gap: string
}

/** A stretch of the merged text: settled, or both sides changed it differently. */
export type MergeChunk =
  | { kind: 'clean'; text: string }
  | { kind: 'conflict'; base: string; mine: string; theirs: string }

/** The merge of one version. */
export interface MergeResult {
  chunks: MergeChunk[]
  /** Whether any chunk is a conflict. */
  conflicted: boolean
}

/** Splits a text into paragraphs (separated by blank lines), each with the gap after it. */
export function splitParagraphs(text: string): Piece[] {
  const pieces: Piece[] = []
  const separator = /\n[ \t]*\n\s*/g
  let from = 0
  for (const m of text.matchAll(separator)) {
    const at = m.index ?? 0
    pieces.push({ text: text.slice(from, at), gap: m[0] })
    from = at + m[0].length
  }
  if (from < text.length || pieces.length === 0) pieces.push({ text: text.slice(from), gap: '' })
  return pieces
}

/** For each index of `a`, the index of `b` it is matched to by a longest common subsequence. */
function lcsMatch(a: readonly string[], b: readonly string[]): Map<number, number> {
  const n = a.length
  const m = b.length
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      (table[i] as Uint32Array)[j] =
        a[i] === b[j]
          ? ((table[i + 1] as Uint32Array)[j + 1] as number) + 1
          : Math.max(
              (table[i + 1] as Uint32Array)[j] as number,
              (table[i] as Uint32Array)[j + 1] as number,
            )
  const match = new Map<number, number>()
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      match.set(i, j)
      i++
      j++
    } else if (
      ((table[i + 1] as Uint32Array)[j] as number) >= ((table[i] as Uint32Array)[j + 1] as number)
    )
      i++
    else j++
  }
  return match
}

const join = (pieces: readonly Piece[]): string => pieces.map((p) => p.text + p.gap).join('')
const same = (a: readonly Piece[], b: readonly Piece[]): boolean =>
  a.length === b.length && a.every((p, k) => p.text === b[k]?.text)

/** Merges `mine` and `theirs`, both edited from `base`, paragraph by paragraph. */
export function mergeParagraphs(base: string, mine: string, theirs: string): MergeResult {
  if (mine === theirs || theirs === base)
    return { chunks: [{ kind: 'clean', text: mine }], conflicted: false }
  if (mine === base) return { chunks: [{ kind: 'clean', text: theirs }], conflicted: false }
  const b = splitParagraphs(base)
  const m = splitParagraphs(mine)
  const t = splitParagraphs(theirs)
  const key = (p: Piece) => p.text.replace(/\s+/g, ' ').trim()
  const toMine = lcsMatch(b.map(key), m.map(key))
  const toTheirs = lcsMatch(b.map(key), t.map(key))
  const out: MergeChunk[] = []
  const emit = (pieces: readonly Piece[]) => {
    if (pieces.length === 0) return
    const last = out[out.length - 1]
    const text = join(pieces)
    if (last?.kind === 'clean') last.text += text
    else out.push({ kind: 'clean', text })
  }
  let bi = 0
  let mi = 0
  let ti = 0
  const anchors: number[] = []
  for (let k = 0; k < b.length; k++) if (toMine.has(k) && toTheirs.has(k)) anchors.push(k)
  anchors.push(b.length)
  for (const anchor of anchors) {
    const mEnd = anchor < b.length ? (toMine.get(anchor) as number) : m.length
    const tEnd = anchor < b.length ? (toTheirs.get(anchor) as number) : t.length
    const bs = b.slice(bi, anchor)
    const ms = m.slice(mi, mEnd)
    const ts = t.slice(ti, tEnd)
    if (same(ms, bs)) emit(ts)
    else if (same(ts, bs) || same(ms, ts)) emit(ms)
    else
      out.push({
        kind: 'conflict',
        base: join(bs).trimEnd(),
        mine: join(ms).trimEnd(),
        theirs: join(ts).trimEnd(),
      })
    if (anchor < b.length) {
      // The anchor paragraph is unchanged on both sides; my copy keeps my spacing.
      emit([m[mEnd] as Piece])
      bi = anchor + 1
      mi = mEnd + 1
      ti = tEnd + 1
    }
  }
  return normalizeGaps(out, mine)
}

/** Keeps a blank line between chunks, and my text's ending at the end. */
function normalizeGaps(chunks: MergeChunk[], mine: string): MergeResult {
  const ending = /\s*$/.exec(mine)?.[0] ?? ''
  chunks.forEach((chunk, k) => {
    if (chunk.kind !== 'clean') return
    const last = k === chunks.length - 1
    const body = chunk.text.replace(/\s+$/, '')
    chunk.text = last ? body + ending : `${body}\n\n`
  })
  const kept = chunks.filter(
    (c) => c.kind === 'conflict' || c.text.trim() !== '' || c === chunks[chunks.length - 1],
  )
  return { chunks: kept, conflicted: kept.some((c) => c.kind === 'conflict') }
}

/** The merged text, with each conflict settled by `choose` (by default: theirs, then mine). */
export function mergedText(
  result: MergeResult,
  choose: (conflict: Extract<MergeChunk, { kind: 'conflict' }>, index: number) => string = (c) =>
    [c.theirs, c.mine].filter((s) => s.trim() !== '').join('\n\n'),
): string {
  let n = 0
  const parts: string[] = []
  result.chunks.forEach((chunk, k) => {
    if (chunk.kind === 'clean') {
      parts.push(chunk.text)
      return
    }
    const text = choose(chunk, n++).replace(/\s+$/, '')
    if (text === '') return
    parts.push(k === result.chunks.length - 1 ? text : `${text}\n\n`)
  })
  return parts.join('')
}
