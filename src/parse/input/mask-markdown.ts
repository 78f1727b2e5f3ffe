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
 * end mark, not a heading — ordered-list numbers, table cell pipes (they read like the
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
const blockquoteMark = /^ {0,3}>[ \t]?/
const bulletMark = /^([ \t]*)([-+*])(?:[ \t]+(?:\[[ xX]\][ \t]+)?|$)/
const autolink = /^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/
const htmlTag = /^<\/?[A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z_:][^<>]*?)?\s*\/?>/
const asciiPunctuation = /[!-/:-@[-`{-~]/
const unicodeSpace = /\s/
const unicodePunctuation = /[\p{P}\p{S}]/u

/** Masks Markdown markup with spaces; the result has the input's length and line breaks. */
export function maskMarkdown(text: string): string {
  const out = text.split('')
  const mask = (from: number, to: number): void => {
    for (let i = Math.max(0, from); i < to && i < out.length; i++) if (out[i] !== '\n') out[i] = ' '
  }
  maskFrontMatter(text, mask)
  maskComments(text, mask)
  for (const [start, end] of maskBlocks(text, mask))
    maskInline(out.slice(start, end).join(''), start, mask)
  return out.join('')
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
      for (let m = line.match(blockquoteMark); m; m = line.match(blockquoteMark)) {
        mask(at, at + m[0].length)
        at += m[0].length
        line = line.slice(m[0].length)
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
        paragraph !== null &&
        tableDelimiter.test(line) &&
        line.includes('|') &&
        text.slice(paragraph[0], lineStart).includes('|')
      ) {
        mask(at, lineEnd)
        kind = 'paragraph'
      } else if (previous === 'blank' && !bullet && /^(?: {4}|\t)/.test(line)) {
        // Indented code: kept verbatim, no inline masking.
      } else if (heading) {
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
      const close = findBacktickRun(s, i + n, n)
      if (close === -1) i += n
      else {
        mask(base + i, base + i + n)
        mask(base + close, base + close + n)
        i = close + n
      }
    } else if (ch === '<') {
      const rest = s.slice(i, i + 2048)
      const auto = rest.match(autolink)
      const tag = auto ? null : rest.match(htmlTag)
      if (auto) {
        mask(base + i, base + i + 1)
        mask(base + i + auto[0].length - 1, base + i + auto[0].length)
        i += auto[0].length
      } else if (tag) {
        mask(base + i, base + i + tag[0].length)
        i += tag[0].length
      } else i++
    } else if (ch === '!' && s[i + 1] === '[') {
      const end = linkEnd(s, i + 1)
      if (end === null) i++
      else {
        mask(base + i, base + end.end)
        i = end.end
      }
    } else if (ch === '[') {
      const end = linkEnd(s, i)
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

function findBacktickRun(s: string, from: number, n: number): number {
  for (let j = s.indexOf('`', from); j !== -1; j = s.indexOf('`', j)) {
    let m = 1
    while (s[j + m] === '`') m++
    if (m === n) return j
    j += m
  }
  return -1
}

/** For `[` at `open`: the `]` and the end of the following `(destination)` or `[label]`. */
function linkEnd(s: string, open: number): { close: number; end: number } | null {
  let depth = 0
  let close = -1
  for (let j = open; j < s.length; j++) {
    const c = s[j]
    if (c === '\\') j++
    else if (c === '[') depth++
    else if (c === ']' && --depth === 0) {
      close = j
      break
    }
  }
  if (close === -1) return null
  const after = s[close + 1]
  if (after === '[') {
    const end = s.indexOf(']', close + 2)
    return end === -1 || s.slice(close + 2, end).includes('\n') ? null : { close, end: end + 1 }
  }
  if (after !== '(') return null
  let parens = 0
  for (let j = close + 1; j < s.length; j++) {
    const c = s[j]
    if (c === '\\') j++
    else if (c === '(') parens++
    else if (c === ')' && --parens === 0) return { close, end: j + 1 }
    else if (c === '\n' && s[j + 1] === '\n') return null
  }
  return null
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
    for (let o = c - 1; o >= 0 && (remaining[c] ?? 0) > 0; o--) {
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
