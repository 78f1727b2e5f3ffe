/**
 * Text folding and word tokenisation shared by the segmenter, the anchors and the drift
 * detector: accents and case are folded so that "Chacón" and "CHACON" compare equal, and words
 * come with their offsets so every finding can point back into the source.
 */

/** A word of a text with its offsets (`text === source.slice(start, end)`). */
export interface Word {
  text: string
  start: number
  end: number
}

const combiningMarks = /[\u0300-\u036f]/g

/**
 * A small memo for per-word functions: the same words come back in every sentence, bead and
 * fact, and folding them again dominated the drift detector's time. Cleared when it grows past
 * `limit`, so memory stays bounded on any input.
 */
function memo(fn: (text: string) => string, limit = 20_000): (text: string) => string {
  const cache = new Map<string, string>()
  return (text) => {
    let value = cache.get(text)
    if (value === undefined) {
      if (cache.size >= limit) cache.clear()
      value = fn(text)
      cache.set(text, value)
    }
    return value
  }
}

const foldShort = memo((text) => text.normalize('NFD').replace(combiningMarks, '').toLowerCase())

/** Lower-cases and strips accents ("Chacón" → "chacon", "Ñ" → "n"). */
export function fold(text: string): string {
  // Words and short phrases are memoised; long texts are folded directly.
  return text.length <= 64
    ? foldShort(text)
    : text.normalize('NFD').replace(combiningMarks, '').toLowerCase()
}

/** Letter-or-mark test per BMP code unit, filled as met: 0 unknown, 1 yes, 2 no. */
const letterTable = new Uint8Array(0x10000)
const letterOrMark = /[\p{L}\p{M}]/u

function isLetterOrMark(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)
  if (code > 0xffff) return letterOrMark.test(String.fromCodePoint(code))
  let known = letterTable[code]
  if (!known) {
    known = letterOrMark.test(String.fromCharCode(code)) ? 1 : 2
    letterTable[code] = known
  }
  return known === 1
}

/**
 * The words of `text` (letters, with inner apostrophes and hyphens), with offsets: what
 * `/[\p{L}\p{M}][\p{L}\p{M}'’-]*[\p{L}\p{M}]|[\p{L}\p{M}]/gu` matches, read by a scanner (the
 * expression backtracked over every word and was the aligner's largest single cost).
 */
export function wordsOf(text: string, offset = 0): Word[] {
  const words: Word[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    const code = text.codePointAt(i) ?? 0
    const size = code > 0xffff ? 2 : 1
    if (!isLetterOrMark(code)) {
      i += size
      continue
    }
    let end = i + size
    let j = end
    while (j < n) {
      const c = text.codePointAt(j) ?? 0
      const step = c > 0xffff ? 2 : 1
      if (isLetterOrMark(c)) end = j + step
      else if (c !== 0x27 && c !== 0x2019 && c !== 0x2d) break
      j += step
    }
    words.push({ text: text.slice(i, end), start: offset + i, end: offset + end })
    i = end
  }
  return words
}

/** Whether a word starts with an upper-case letter. */
export function isCapitalized(word: string): boolean {
  const first = word.charAt(0)
  return first !== first.toLowerCase() && first === first.toUpperCase()
}

/** Whether every letter of a word is upper-case (and it has at least two). */
export function isAllCaps(word: string): boolean {
  const first = word.charAt(0)
  if (first === first.toLowerCase()) return false
  const second = word.charAt(1)
  if (second && second !== second.toUpperCase()) return false
  const letters = word.replace(/[^\p{L}]/gu, '')
  return (
    letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase()
  )
}

/**
 * A spelling key under which English and Spanish cognates meet: folded, with the usual
 * orthographic correspondences merged (ph→f, th→t, y→i, k→c, qu→c, doubled letters once,
 * "imm"/"inm" → "im"), and cut to `size` letters. "immigration" and "inmigración" share
 * "imigr"; "Philadelphia" and "Filadelfia" share "filad".
 */
export function cognateKey(word: string, size = 5): string {
  return size === 5 ? cognateKey5(word) : cognateStem(word).slice(0, size)
}

const cognateKey5 = memo((word) => cognateStem(word).slice(0, 5))

function cognateStem(word: string): string {
  let w = fold(word).replace(/[^a-z]/g, '')
  w = w
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/ch/g, 'c')
    .replace(/qu/g, 'c')
    .replace(/k/g, 'c')
    .replace(/y/g, 'i')
    .replace(/z/g, 's')
    .replace(/^es(?=[bcdfgpt][lr]?[aeiou])/, 's')
    .replace(/^ex(?=[aeiou])/, 'ej')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/nm/g, 'm')
  return w
}
