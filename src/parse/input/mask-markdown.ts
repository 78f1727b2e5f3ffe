/**
 * The Markdown masker: turns Markdown into the text a reader sees by replacing markup with
 * spaces of the same length, never deleting or inserting anything. Every offset into the
 * result is therefore an offset into the file, and line/column numbers match the editor's.
 *
 * Masked: ATX heading marks (`# Headline` → `  Headline`) and their closing hashes, setext
 * underlines, thematic breaks, blockquote `>`, bullet markers (`-`, `*`, `+`) and task boxes,
 * emphasis and strike delimiters (CommonMark flanking rules, so `5 * 3` and `snake_case` stay),
 * code-span backticks and code fences (code is kept verbatim), link and image syntax
 * (`[text](url)` keeps ` text`; an image is masked whole), autolink brackets, inline HTML tags,
 * HTML comments, link reference definitions, table delimiter rows, backslash escapes and YAML
 * front matter. Kept: a line of three or more `#` (`###`, `# # #`) — in a release that is the
 * end mark, not a heading — and a `###` glued to a paragraph that starts in lower case or runs to
 * paragraph length ("### is the nation's largest…", pasted from the web), ordered-list numbers, table cell pipes (they read like the
 * "Name | phone | e-mail" contact shape), entities, and every character of the content.
 */

/** A half-open range of offsets. */
type Range = [number, number]

const endMarkLine = /^ {0,3}#(?:[ \t]*#){2,}[ \t]*$/
const fenceOpen = /^( {0,3})(`{3,}|~{3,})(.*)$/
const atxHeading = /^( {0,3})(#{1,6})(?=[ \t]|$)/
const atxClosing = /[ \t]+#+[ \t]*$/
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/
const setextEquals = /^ {0,3}=+[ \t]*$/
const setextDashes = /^ {0,3}-+[ \t]*$/
const linkDefinition = /^ {0,3}\[[^\]\n]+\]:[ \t]*\S/
const tableDelimiter = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/
const blockquoteMark = / {0,3}>[ \t]?/y
const bulletMark = /^([ \t]*)([-+*])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/
const autolink = /<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/y
const htmlTag = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][^<>]*?)?\s*\/?>/y
// Bounds that keep the masker linear on hostile input (real markup stays far below them).
const maxPrefix = 100
const maxTableRow = 1000
const maxLinkText = 1000
const maxLinkDestination = 2000
const maxEmphasisLookback = 200
const maxHeadingLength = 200

const asciiPunctuation = /[!-/:-@[-`{-~]/
const unicodeSpace = /\s/
const unicodePunctuation = /[\p{P}\p{S}]/u

/** Masks Markdown markup with spaces; the result has the input's length and line breaks. */
export function maskMarkdown(text: string): string {
  const masked = new Uint8Array(text.length)
  const mask = (from: number, to: number): void => {
    if (to > from) masked.fill(1, Math.max(0, from), Math.min(to, text.length))
  }
  maskFrontMatter(text, mask)
  maskComments(text, mask)
  // Inline markup is looked for in the original text: the block marks already masked (quote
  // marks, bullets, heading hashes) never pair with inline delimiters.
  for (const [start, end] of maskBlocks(text, mask)) maskInline(text.slice(start, end), start, mask)
  const parts: string[] = []
  let i = 0
  while (i < text.length) {
    const state = masked[i]
    let j = i + 1
    while (j < text.length && masked[j] === state) j++
    const run = text.slice(i, j)
    parts.push(state ? run.replace(/[^\n]/g, ' ') : run)
    i = j
  }
  return parts.join('')
}

function maskFrontMatter(text: string, mask: (from: number, to: number) => void): void {
  if (!text.startsWith('---\n')) return
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/g
  close.lastIndex = 3
  const m = close.exec(text)
  if (m) mask(0, m.index + m[0].length)
}

function maskComments(text: string, mask: (from: number, to: number) => void): void {
  let from = text.indexOf('<!--')
  while (from !== -1) {
    const to = text.indexOf('-->', from + 4)
    if (to === -1) return
    mask(from, to + 3)
    from = text.indexOf('<!--', to + 3)
  }
}

/** Masks block markup line by line and returns the ranges whose inline markup is still to mask. */
function maskBlocks(text: string, mask: (from: number, to: number) => void): Range[] {
  const ranges: Range[] = []
  let fence: { char: string; length: number } | null = null
  let paragraph: Range | null = null
  let previous: 'blank' | 'paragraph' | 'other' = 'blank'
  let paragraphHasPipe = false
  let lineStart = 0
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart)
    const lineEnd = nl === -1 ? text.length : nl
    let line = text.slice(lineStart, lineEnd)
    let at = lineStart
    let kind: 'blank' | 'paragraph' | 'other' = 'other'
    if (fence) {
      const close = line.match(/^ {0,3}(`{3,}|~{3,})[ \t]*$/)
      if (close?.[1]?.[0] === fence.char && (close[1]?.length ?? 0) >= fence.length) {
        mask(lineStart, lineEnd)
        fence = null
      }
    } else {
      // Container prefixes: blockquote marks (nested), then one bullet marker.
      let quoted = 0
      blockquoteMark.lastIndex = 0
      for (
        let m = blockquoteMark.exec(line);
        m && quoted < maxPrefix;
        m = blockquoteMark.exec(line)
      )
        quoted = blockquoteMark.lastIndex
      if (quoted > 0) {
        mask(at, at + quoted)
        at += quoted
        line = line.slice(quoted)
      }
      const bullet = thematicBreak.test(line) ? null : line.match(bulletMark)
      if (bullet) {
        mask(at, at + bullet[0].length)
        at += bullet[0].length
        line = line.slice(bullet[0].length)
      }
      const fenceMatch = line.match(fenceOpen)
      const heading = line.match(atxHeading)
      const headingLength = heading?.[0]?.length ?? 0
      if (line.trim() === '') {
        kind = bullet ? 'other' : 'blank'
      } else if (endMarkLine.test(line)) {
        // "###" standing alone is a release's end mark: kept as written.
      } else if (fenceMatch && !(fenceMatch[2]?.[0] === '`' && fenceMatch[3]?.includes('`'))) {
        mask(at, lineEnd)
        fence = { char: fenceMatch[2]?.[0] ?? '`', length: fenceMatch[2]?.length ?? 3 }
      } else if (
        previous === 'paragraph' &&
        !bullet &&
        (setextEquals.test(line) || setextDashes.test(line))
      ) {
        mask(at, lineEnd)
      } else if (thematicBreak.test(line)) {
        mask(at, lineEnd)
      } else if (previous !== 'paragraph' && linkDefinition.test(line)) {
        mask(at, lineEnd)
      } else if (
        previous === 'paragraph' &&
        paragraphHasPipe &&
        line.length <= maxTableRow &&
        line.includes('|') &&
        tableDelimiter.test(line)
      ) {
        mask(at, lineEnd)
        kind = 'paragraph'
      } else if (previous === 'blank' && !bullet && /^(?: {4}|\t)/.test(line)) {
        // Indented code: kept verbatim, no inline masking.
      } else if (heading && !isGluedEndMark(line, heading[2] ?? '')) {
        mask(at, at + headingLength)
        const closing = line.match(atxClosing)
        if (closing?.index !== undefined && closing.index >= headingLength)
          mask(at + closing.index, lineEnd)
        if (paragraph) ranges.push(paragraph)
        paragraph = null
        ranges.push([at, lineEnd])
      } else {
        // A bullet starts a new item; other lines continue the paragraph (lazy continuation).
        if (bullet && paragraph) {
          ranges.push(paragraph)
          paragraph = null
        }
        paragraphHasPipe = (paragraph !== null && paragraphHasPipe) || line.includes('|')
        paragraph = paragraph ? [paragraph[0], lineEnd] : [at, lineEnd]
        kind = 'paragraph'
      }
    }
    if (kind !== 'paragraph' && paragraph) {
      ranges.push(paragraph)
      paragraph = null
    }
    previous = kind
    if (nl === -1) break
    lineStart = nl + 1
  }
  if (paragraph) ranges.push(paragraph)
  return ranges
}

/**
 * Whether a `###` "heading" is really a release's end mark glued to the next paragraph, as
 * pasted from the web ("### is the nation's largest…"): its text starts in lower case or runs
 * to paragraph length, which a heading does not.
 */
function isGluedEndMark(line: string, hashes: string): boolean {
  if (hashes !== '###') return false
  const content = line.replace(/^ {0,3}###[ \t]+/, '')
  return /^\p{Ll}/u.test(content) || content.length > maxHeadingLength
}

interface Delimiter {
  char: string
  start: number
  length: number
  canOpen: boolean
  canClose: boolean
}

function classify(ch: string | undefined): 'space' | 'punct' | 'other' {
  if (ch === undefined || unicodeSpace.test(ch)) return 'space'
  return unicodePunctuation.test(ch) ? 'punct' : 'other'
}

/** Masks inline markup in `s`, which starts at `base` in the text. */
function maskInline(s: string, base: number, mask: (from: number, to: number) => void): void {
  const delimiters: Delimiter[] = []
  const jumps = new Map<number, number>()
  const backticks = backtickRuns(s)
  const brackets = matchBrackets(s)
  let i = 0
  while (i < s.length) {
    const jump = jumps.get(i)
    if (jump !== undefined) {
      i = jump
      continue
    }
    const ch = s[i] ?? ''
    if (ch === '\\') {
      const nextCh = s[i + 1]
      if (nextCh === '\n') mask(base + i, base + i + 1)
      else if (nextCh !== undefined && asciiPunctuation.test(nextCh)) {
        mask(base + i, base + i + 1)
        i += 2
        continue
      }
      i++
    } else if (ch === '`') {
      let n = 1
      while (s[i + n] === '`') n++
      const close = backticks.next(n, i + n)
      if (close === -1) i += n
      else {
        mask(base + i, base + i + n)
        mask(base + close, base + close + n)
        i = close + n
      }
    } else if (ch === '<') {
      autolink.lastIndex = i
      htmlTag.lastIndex = i
      const auto = autolink.exec(s)
      const tag = auto ? null : htmlTag.exec(s)
      if (auto) {
        mask(base + i, base + i + 1)
        mask(base + i + auto[0].length - 1, base + i + auto[0].length)
        i += auto[0].length
      } else if (tag) {
        mask(base + i, base + i + tag[0].length)
        i += tag[0].length
      } else i++
    } else if (ch === '!' && s[i + 1] === '[') {
      const end = linkEnd(s, i + 1, brackets)
      if (end === null) i++
      else {
        mask(base + i, base + end.end)
        i = end.end
      }
    } else if (ch === '[') {
      const end = linkEnd(s, i, brackets)
      if (end === null) i++
      else {
        mask(base + i, base + i + 1)
        mask(base + end.close, base + end.end)
        jumps.set(end.close, end.end)
        i++
      }
    } else if (ch === '*' || ch === '_' || ch === '~') {
      let n = 1
      while (s[i + n] === ch) n++
      const before = classify(s[i - 1])
      const after = classify(s[i + n])
      const left = after !== 'space' && (after !== 'punct' || before !== 'other')
      const right = before !== 'space' && (before !== 'punct' || after !== 'other')
      const delimiter: Delimiter = { char: ch, start: i, length: n, canOpen: left, canClose: right }
      if (ch === '_') {
        delimiter.canOpen = left && (!right || before === 'punct')
        delimiter.canClose = right && (!left || after === 'punct')
      }
      if (ch !== '~' || n === 2) delimiters.push(delimiter)
      i += n
    } else i++
  }
  pairDelimiters(delimiters, base, mask)
}

/** The backtick runs of `s` by length, and the next run of a length at or after an offset. */
function backtickRuns(s: string): { next(length: number, from: number): number } {
  const runs = new Map<number, number[]>()
  for (let j = s.indexOf('`'); j !== -1; j = s.indexOf('`', j)) {
    let m = 1
    while (s[j + m] === '`') m++
    const list = runs.get(m)
    if (list) list.push(j)
    else runs.set(m, [j])
    j += m
  }
  const cursor = new Map<number, number>()
  return {
    // Offsets asked for only grow, so each list is walked once.
    next(length, from) {
      const list = runs.get(length) ?? []
      let k = cursor.get(length) ?? 0
      while (k < list.length && (list[k] ?? 0) < from) k++
      cursor.set(length, k)
      return list[k] ?? -1
    },
  }
}

/** Matching pairs of brackets and of parentheses: opening offset → closing offset. */
interface Pairs {
  brackets: Map<number, number>
  parens: Map<number, number>
}

/** Pairs every `[` with its `]` and `(` with its `)` in one pass (nesting counted, escapes skipped). */
function matchBrackets(s: string): Pairs {
  const pairs: Pairs = { brackets: new Map(), parens: new Map() }
  const brackets: number[] = []
  const parens: number[] = []
  for (let j = 0; j < s.length; j++) {
    const c = s[j]
    if (c === '\\') j++
    else if (c === '[') brackets.push(j)
    else if (c === '(') parens.push(j)
    else if (c === ']') {
      const from = brackets.pop()
      if (from !== undefined && j - from <= maxLinkText) pairs.brackets.set(from, j)
    } else if (c === ')') {
      const from = parens.pop()
      if (from !== undefined && j - from <= maxLinkDestination) pairs.parens.set(from, j)
    }
  }
  return pairs
}

/** For `[` at `open`: the `]` and the end of the following `(destination)` or `[label]`. */
function linkEnd(s: string, open: number, pairs: Pairs): { close: number; end: number } | null {
  const close = pairs.brackets.get(open) ?? -1
  if (close === -1) return null
  const after = s[close + 1]
  if (after === '[') {
    for (let j = close + 2; j < s.length && j - close <= maxLinkText; j++) {
      if (s[j] === ']') return { close, end: j + 1 }
      if (s[j] === '\n' || s[j] === '[') return null
    }
    return null
  }
  if (after !== '(') return null
  const end = pairs.parens.get(close + 1)
  return end === undefined ? null : { close, end: end + 1 }
}

/** Pairs emphasis delimiters (nearest opener first) and masks the characters each pair uses. */
function pairDelimiters(
  delimiters: Delimiter[],
  base: number,
  mask: (from: number, to: number) => void,
): void {
  const remaining = delimiters.map((d) => d.length)
  for (let c = 0; c < delimiters.length; c++) {
    const closer = delimiters[c]
    if (!closer?.canClose) continue
    const bottom = Math.max(0, c - maxEmphasisLookback)
    for (let o = c - 1; o >= bottom && (remaining[c] ?? 0) > 0; o--) {
      const opener = delimiters[o]
      const left = remaining[o] ?? 0
      if (!opener?.canOpen || opener.char !== closer.char || left === 0) continue
      const use = opener.char === '~' ? 2 : Math.min(2, left, remaining[c] ?? 0)
      const openEnd = opener.start + left
      const closeStart = closer.start + (closer.length - (remaining[c] ?? 0))
      mask(base + openEnd - use, base + openEnd)
      mask(base + closeStart, base + closeStart + use)
      remaining[o] = left - use
      remaining[c] = (remaining[c] ?? 0) - use
      for (let k = o + 1; k < c; k++) remaining[k] = 0
      o++ // the same opener may still hold characters for this closer
    }
  }
}
