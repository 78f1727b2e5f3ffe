/**
 * The edits that turn one text into another, line by line: the common head and tail are kept,
 * and the lines between are matched by a longest common subsequence, so changes in different
 * paragraphs come out as separate edits. The editor turns them into a CodeMirror change set and
 * maps it over what the person typed meanwhile, so a merged text from the server never moves or
 * drops their typing. Pure.
 */

/** One edit: replace `from`–`to` of the old text with `insert`. */
export interface TextChange {
  from: number
  to: number
  insert: string
}

function lines(text: string): string[] {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? []
}

/** The edits, in order and not overlapping, that turn `a` into `b` (none when equal). */
export function textChanges(a: string, b: string): TextChange[] {
  if (a === b) return []
  const x = lines(a)
  const y = lines(b)
  let head = 0
  while (head < x.length && head < y.length && x[head] === y[head]) head++
  let tail = 0
  while (
    tail < x.length - head &&
    tail < y.length - head &&
    x[x.length - 1 - tail] === y[y.length - 1 - tail]
  )
    tail++
  const xs = x.slice(head, x.length - tail)
  const ys = y.slice(head, y.length - tail)
  const offsets: number[] = [0]
  for (const line of x) offsets.push((offsets[offsets.length - 1] as number) + line.length)
  // Longest common subsequence of the middle lines (a few hundred at most in a release).
  const n = xs.length
  const m = ys.length
  const table = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1))
  for (let i = n - 1; i >= 0; i--) {
    const row = table[i] as Uint32Array
    const next = table[i + 1] as Uint32Array
    for (let j = m - 1; j >= 0; j--)
      row[j] =
        xs[i] === ys[j]
          ? (next[j + 1] as number) + 1
          : Math.max(next[j] as number, row[j + 1] as number)
  }
  const changes: TextChange[] = []
  let i = 0
  let j = 0
  let pendingFrom = -1
  let inserted = ''
  const at = (k: number) => offsets[head + k] as number
  const flush = (end: number) => {
    if (pendingFrom >= 0) changes.push({ from: pendingFrom, to: end, insert: inserted })
    pendingFrom = -1
    inserted = ''
  }
  while (i < n || j < m) {
    if (i < n && j < m && xs[i] === ys[j]) {
      flush(at(i))
      i++
      j++
    } else if (
      j < m &&
      (i >= n ||
        ((table[i] as Uint32Array)[j + 1] as number) >=
          ((table[i + 1] as Uint32Array)[j] as number))
    ) {
      if (pendingFrom < 0) pendingFrom = at(i)
      inserted += ys[j]
      j++
    } else {
      if (pendingFrom < 0) pendingFrom = at(i)
      i++
    }
  }
  flush(at(i))
  return changes
}

/** Applies edits from {@link textChanges} to `a` (for tests and checks). */
export function applyTextChanges(a: string, changes: readonly TextChange[]): string {
  let out = ''
  let from = 0
  for (const c of changes) {
    out += a.slice(from, c.from) + c.insert
    from = c.to
  }
  return out + a.slice(from)
}
