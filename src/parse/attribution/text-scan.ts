/**
 * Character classes and small scanners shared by the quote and boilerplate readers: letters,
 * capitals, dashes, words with offsets, and where a sentence ends (abbreviation-aware, so
 * "U.S. Sen. Jane Doe (D-Nev.) said" is one sentence).
 */

const letterRe = /[\p{L}\p{M}]/u
const upperRe = /\p{Lu}/u
const lowerRe = /\p{Ll}/u

/** Whether `ch` is a letter (any script, combining marks included). */
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && letterRe.test(ch)
}

/** Whether `ch` is an upper-case letter. */
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && upperRe.test(ch)
}

/** Whether `ch` is a lower-case letter. */
export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && lowerRe.test(ch)
}

/** Whitespace including non-breaking, thin and zero-width spaces. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/.test(ch)
}

/** Dashes that set off datelines, asides and dash attributions. */
export const dashChars = '–—―‒'

/** Whether `ch` is a long dash (en, em, horizontal bar, figure dash). */
export function isDash(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && dashChars.includes(ch)
}

/** A word of a text with its offsets. */
export interface Word {
  text: string
  start: number
  end: number
}

const wordRe = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-&]*/guy

/** The word that starts exactly at `at` (see {@link wordsIn}), or null. */
export function wordAt(text: string, at: number, to = text.length): Word | null {
  wordRe.lastIndex = at
  const m = wordRe.exec(text)
  if (!m) return null
  return trimWord(text, m.index, Math.min(m.index + m[0].length, to))
}

function trimWord(text: string, start: number, end: number): Word {
  const word = text.slice(start, end)
  // A trailing dot belongs to the word only for abbreviations ("Sen.", "U.S."), and a
  // trailing apostrophe/hyphen never does.
  let cut = word.length
  while (cut > 0 && /['’\-&]/.test(word[cut - 1] ?? '')) cut--
  if (word[cut - 1] === '.' && !isAbbreviation(word.slice(0, cut))) cut--
  return { text: word.slice(0, cut), start, end: start + cut }
}

/** Words (letters, digits, inner apostrophes, hyphens and dots) of `text[from, to)`. */
export function wordsIn(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = []
  const re = /[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’.\-&]*/gu
  re.lastIndex = from
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let word = m[0]
    const end = Math.min(m.index + word.length, to)
    word = text.slice(m.index, end)
    // A trailing dot belongs to the word only for abbreviations ("Sen.", "U.S."), and a
    // trailing apostrophe/hyphen never does.
    let cut = word.length
    while (cut > 0 && /['’\-&]/.test(word[cut - 1] ?? '')) cut--
    if (word[cut - 1] === '.' && !isAbbreviation(word.slice(0, cut))) cut--
    out.push({ text: word.slice(0, cut), start: m.index, end: m.index + cut })
  }
  return out
}

const abbreviations = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'mx',
    'dr',
    'dra',
    'sr',
    'sra',
    'srta',
    'jr',
    'sen',
    'rep',
    'gov',
    'lt',
    'gen',
    'col',
    'sgt',
    'capt',
    'rev',
    'hon',
    'st',
    'sto',
    'sta',
    'inc',
    'ltd',
    'co',
    'corp',
    'dept',
    'univ',
    'assn',
    'calif',
    'ariz',
    'fla',
    'ill',
    'mass',
    'mich',
    'minn',
    'nev',
    'wash',
    'tex',
    'colo',
    'conn',
    'ga',
    'md',
    'pa',
    'va',
    'n.m',
    'n.y',
    'n.j',
    'n.c',
    'etc',
    'no',
    'núm',
    'vol',
    'lic',
    'ing',
    'prof',
    'mons',
    'pbro',
    'fr',
    'av',
    'ave',
    'vs',
    'approx',
    'e.g',
    'i.e',
    'ee.uu',
    'ee. uu',
    'a.m',
    'p.m',
  ].map((a) => `${a}.`),
)

/** Whether `word` (with its final dot) is an abbreviation such as "Sen.", "U.S." or "J.". */
export function isAbbreviation(word: string): boolean {
  if (!word.endsWith('.')) return false
  const lower = word.toLowerCase()
  if (abbreviations.has(lower)) return true
  // Initials and dotted acronyms: "J.", "U.S.", "D.C.", "EE.UU."
  return /^(\p{L}\.)+$/u.test(word) && /^\p{Lu}/u.test(word)
}

/**
 * Where the sentence that contains `from` ends, searching up to `limit`: the offset of its final
 * punctuation (. ! ? …) or of a line break; `limit` when none. Dots of abbreviations do not end
 * a sentence, nor does punctuation followed by a lower-case word or a closing bracket.
 */
export function sentenceEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const ch = text[i]
    if (ch === '\n') return i
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue
    let j = i + 1
    while (j < limit && /[.!?…]/.test(text[j] ?? '')) j++
    if (j < limit && !isSpace(text[j])) continue
    if (ch === '.') {
      let k = i
      while (k > from && !isSpace(text[k - 1]) && text[k - 1] !== '(') k--
      if (isAbbreviation(text.slice(k, i + 1))) {
        // An abbreviation ends the sentence only when a capitalised word follows that is not
        // part of a name ("Sen. Jane"): stay in the sentence, the attribution goes on.
        continue
      }
    }
    while (j < limit && isSpace(text[j]) && text[j] !== '\n') j++
    if (j < limit && isLower(text[j])) continue
    return i
  }
  return limit
}

/** Offset of the start of the sentence that ends just before `to`, not before `floor`. */
export function sentenceStart(text: string, floor: number, to: number): number {
  let start = floor
  for (let i = floor; i < to; ) {
    const end = sentenceEnd(text, i, to)
    if (end >= to) break
    let next = end + 1
    while (next < to && (isSpace(text[next]) || /[.!?…]/.test(text[next] ?? ''))) next++
    if (next >= to) break
    start = next
    i = next
  }
  return start
}

/** `[start, end)` with whitespace trimmed from both ends. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start
  let e = end
  while (s < e && isSpace(text[s])) s++
  while (e > s && isSpace(text[e - 1])) e--
  return [s, e]
}

/** Lower-case, accent-free form of a word or name, for comparisons ("Chacón" = "chacon"). */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'")
}

/** Where the text after a dateline-like head ("CHICAGO", "Washington, D.C.", "LOS ANGELES, Calif. (June 10,
 * 2021)") starts, when one opens `[from, to)`; else `from`. */
export function skipDateline(text: string, from: number, to: number): number {
  const head = text.slice(from, Math.min(to, from + 100))
  const m = /^([^\n“«"]{2,80}?)\s*(?:[–—―]|--|\s-)\s*/u.exec(head)
  if (!m) return from
  const words = (m[1] ?? '').split(/\s+/).filter(Boolean)
  const ok =
    words.length <= 8 &&
    words.every((w) => /^[(\p{Lu}\d]/u.test(w) || /^(de|del|la|el)$/.test(w)) &&
    isUpper((m[1] ?? '')[0])
  return ok ? from + m[0].length : from
}
