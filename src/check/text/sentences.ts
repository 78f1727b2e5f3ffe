/**
 * A small sentence splitter for style rules (long sentences, reading ease): breaks after . ! ? …
 * (and closing quotes/brackets) before a capital, an opening quote or a digit, but not after
 * abbreviations that end in a period (U.S., Dr., EE. UU., Sra., Jan.), initials or decimals.
 */

/** A sentence with its offsets in the text it was cut from. */
export interface SentenceSpan {
  text: string
  start: number
  end: number
}

const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'sr',
  'sra',
  'srta',
  'dra',
  'lic',
  'ing',
  'prof',
  'gov',
  'sen',
  'rep',
  'st',
  'jr',
  'no',
  'núm',
  'vs',
  'etc',
  'inc',
  'corp',
  'ltd',
  'co',
  'dept',
  'depto',
  'jan',
  'feb',
  'mar',
  'apr',
  'aug',
  'sept',
  'sep',
  'oct',
  'nov',
  'dec',
  'ene',
  'abr',
  'ago',
  'dic',
  'gral',
  'av',
  'pres',
  'sec',
  'u.s',
  'ee',
  'uu',
  'ee. uu',
  'd.c',
  'p.m',
  'a.m',
  'approx',
  'aprox',
  'p',
  'pp',
  'ud',
  'uds',
  'vol',
  'e.g',
  'i.e',
])

/** Splits `text` into sentences; `offset` is added to every start and end. */
export function splitSentences(text: string, offset = 0): SentenceSpan[] {
  const out: SentenceSpan[] = []
  const re = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«¿¡(]?[\p{Lu}\d])/gu
  let start = 0
  for (const m of text.matchAll(re)) {
    const end = (m.index ?? 0) + m[0].length
    const word = lastWord(text, start, m.index ?? 0).toLowerCase()
    if (m[0].startsWith('.') && m[0].length === 1) {
      if (abbreviations.has(word) || abbreviations.has(word.replace(/\.$/, ''))) continue
      if (/^\p{L}$/u.test(word)) continue // an initial: "John F. Kennedy"
      if (/(?:^|\.)\p{L}\.\p{L}$/u.test(word)) continue // "U.S", "D.C"
    }
    push(out, text, start, end, offset)
    start = end
  }
  push(out, text, start, text.length, offset)
  return out
}

const letterOrDot = /[\p{L}.]/u

/** The run of letters and periods that ends `text` at `end` (not before `start`). */
function lastWord(text: string, start: number, end: number): string {
  let k = end
  while (k > start && letterOrDot.test(text[k - 1] ?? '')) k--
  return text.slice(k, end)
}

function push(out: SentenceSpan[], text: string, start: number, end: number, offset: number) {
  let s = start
  let e = end
  while (s < e && /\s/.test(text[s] ?? '')) s++
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  if (e > s) out.push({ text: text.slice(s, e), start: s + offset, end: e + offset })
}

/** The words of a text (letters and digits, inner apostrophes and hyphens kept). */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []
}

const blockSentences = new WeakMap<object, SentenceSpan[]>()

/**
 * The sentences of a block, with source offsets; memoised per block object, so the rules that
 * read sentences (long-sentence, reading-ease) split each block once per release.
 */
export function sentencesOf(block: { text: string; start: number }): SentenceSpan[] {
  let sentences = blockSentences.get(block)
  if (!sentences) {
    sentences = splitSentences(block.text, block.start)
    blockSentences.set(block, sentences)
  }
  return sentences
}
