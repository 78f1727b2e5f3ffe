/**
 * Syllable counters for readability formulas: English by vowel groups with the usual
 * silent-e and suffix adjustments; Spanish by vowel nuclei, where two strong vowels
 * (a, e, o, or an accented í/ú) are in hiatus and a weak vowel (i, u, ü) joins a diphthong.
 */

const cacheEn = new Map<string, number>()
const cacheEs = new Map<string, number>()

/** Memoises a counter: words repeat a lot in a text, and the cache stays small (bounded). */
function memo(cache: Map<string, number>, count: (word: string) => number, word: string): number {
  let n = cache.get(word)
  if (n === undefined) {
    n = count(word)
    if (cache.size > 50_000) cache.clear()
    cache.set(word, n)
  }
  return n
}

/** Approximate syllables of an English word (at least 1). */
export function syllablesEn(word: string): number {
  return memo(cacheEn, countEn, word)
}

/** Syllables of a Spanish word (at least 1), counting hiatus between strong vowels. */
export function syllablesEs(word: string): number {
  return memo(cacheEs, countEs, word)
}

function countEn(word: string): number {
  let w = word.toLowerCase().replace(/[^a-z]/g, '')
  if (w.length === 0) return /\d/.test(word) ? Math.max(1, word.replace(/\D/g, '').length) : 0
  if (w.length <= 3) return 1
  w = w.replace(/(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$/, '')
  w = w.replace(/^y/, '')
  const groups = w.match(/[aeiouy]{1,2}/g)
  const count = groups ? groups.length : 1
  return Math.max(1, count)
}

const strong = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú'])
const weak = new Set(['i', 'u', 'ü'])

function countEs(word: string): number {
  const w = word.toLowerCase().replace(/[^a-záéíóúüñ]/g, '')
  if (w.length === 0) return /\d/.test(word) ? Math.max(1, word.replace(/\D/g, '').length) : 0
  let count = 0
  let prev: 'strong' | 'weak' | null = null
  for (let i = 0; i < w.length; i++) {
    let ch = w[i] as string
    // "y" is a vowel only at the end of a word or alone ("hoy", "y").
    if (ch === 'y' && (i === w.length - 1 || w.length === 1)) ch = 'i'
    // "u" after q/g before e/i is silent ("que", "guerra").
    if (ch === 'u' && (w[i - 1] === 'q' || w[i - 1] === 'g') && /[eéií]/.test(w[i + 1] ?? '')) {
      continue
    }
    const kind = strong.has(ch) ? 'strong' : weak.has(ch) ? 'weak' : null
    if (kind === null) {
      prev = null
      continue
    }
    if (prev === null) count++
    else if (prev === 'strong' && kind === 'strong') count++
    prev = kind === 'weak' && prev !== null ? prev : kind
  }
  return Math.max(1, count)
}
