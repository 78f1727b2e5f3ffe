/**
 * A small English/Spanish language identifier for blocks of a release. It scores function
 * words (stopwords) and a few spelling cues (ñ, ¿, ¡, accented vowels, -ción, -ing), month and
 * weekday names, so that even short header lines ("June 10, 2021", "10 de junio de 2021",
 * "Contacto de prensa:") are told apart. It also knows a handful of stopwords of French,
 * Portuguese, German and Italian, only to recognise a text in a language the reader does not
 * support. Pure and synchronous.
 */

/** Scores of one text; a higher score is more evidence. `other` sums unsupported languages. */
export interface LangScores {
  en: number
  es: number
  other: number
  /** The best-scoring unsupported language, when `other` is non-zero. */
  otherLang: string | null
}

const enWords = new Set(
  'the of and to in is for that with on by as are was it this from be have has will our we said who its at an not their which been were would they more than also his her he she or all about after new says stated added can must these those into over such other there when what while who us states united president executive director week today'.split(
    ' ',
  ),
)
const esWords = new Set(
  'de la el que en los las y del por para con una un es se su al lo como más sus ha son fue este esta estos estas entre sobre pero sin también hoy años dijo afirmó según ya muy cuando donde han hemos nuestra nuestro nuestras nuestros les le ni porque desde hasta cada durante contra todos todas ante tras presidente directora director ejecutivo ejecutiva unidos estados'.split(
    ' ',
  ),
)
const otherWords: Record<string, Set<string>> = {
  fr: new Set(
    'le les des et est une du pour dans qui pas sur au avec ce il elle sont nous vous leur aux été cette ces mais ou être fait très'.split(
      ' ',
    ),
  ),
  pt: new Set(
    'não do da os em um uma com é ao dos das pelo pela foi são isso também mais seu sua nós você então já está'.split(
      ' ',
    ),
  ),
  de: new Set(
    'der die das und ist nicht mit ein eine den von zu sich auf für dem im wird wir sie auch werden nach bei aus oder'.split(
      ' ',
    ),
  ),
  it: new Set(
    'il di che è per una sono della del gli nel alla anche più questo questa come dalla delle degli hanno essere stato'.split(
      ' ',
    ),
  ),
}
/** Month, weekday and release words: strong cues on short header lines. */
const enCue =
  'january february march april june july august september october november december monday tuesday wednesday thursday friday saturday sunday contact contacts media press release immediate embargoed about statement'.split(
    ' ',
  )
const esCue =
  'enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre lunes martes miércoles jueves viernes sábado domingo contacto contactos prensa comunicado publicación inmediata acerca declaración medios'.split(
    ' ',
  )

/** Per-word weights from the tables above, built once: [en, es, other language or null]. */
const lexicon = new Map<string, [number, number, string | null]>()
function addWeight(word: string, en: number, es: number, other: string | null): void {
  const cur = lexicon.get(word) ?? [0, 0, null]
  lexicon.set(word, [cur[0] + en, cur[1] + es, other ?? cur[2]])
}
for (const w of enWords) addWeight(w, 1, 0, null)
for (const w of esWords) addWeight(w, 0, 1, null)
for (const w of enCue) addWeight(w, 1.5, 0, null)
for (const w of esCue) addWeight(w, 0, 1.5, null)
for (const [lang, words] of Object.entries(otherWords))
  for (const w of words) if (!lexicon.get(w)?.[2]) addWeight(w, 0, 0, lang)

const esSuffixes = ['ción', 'ciones', 'mente', 'idad', 'idades']
const enSuffixes = ['ing', 'tion', 'tions', 'ness', 'ment', 'ship']
const esEndings = ['os', 'as', 'ía', 'ías', 'ión', 'ado', 'ada', 'ados', 'adas']
const enEndings = ['ers', 'ies', 'ed', 'ly', 'sh']
// Latin letters only: the languages told apart here write with them, and the scan stays cheap.
const latinWordRe = /[a-zß-öø-ÿ]+(?:['’][a-zß-öø-ÿ]+)*/g

function endsWithAny(w: string, endings: readonly string[]): boolean {
  for (const e of endings) if (w.endsWith(e)) return true
  return false
}

/** Weights of one lower-cased word: [en, es, unsupported language or null]. */
type WordScore = readonly [number, number, string | null]

// Words repeat across paragraphs and releases: each is scored once (the cache is bounded).
const wordCache = new Map<string, WordScore>()
const maxCached = 50_000

function scoreWord(w: string): WordScore {
  const cached = wordCache.get(w)
  if (cached) return cached
  const hit = lexicon.get(w)
  let en = hit?.[0] ?? 0
  let es = hit?.[1] ?? 0
  if (w.length >= 3) {
    if (endsWithAny(w, esSuffixes)) es += 0.5
    else if (endsWithAny(w, enSuffixes)) en += 0.5
    if (w.includes('ñ')) es += 0.3
    else if (/[áéíóú]/.test(w)) es += 0.3
    if (w.endsWith("'s") || w.endsWith('’s') || w.endsWith("n't") || w.endsWith('n’t')) en += 0.5
    if (w.length > 3) {
      if (w.startsWith('th')) en += 0.2
      // Spelling cues, weak on their own: w, k and -ers/-ies/-ed/-ly are rare in Spanish words,
      // -os/-as/-ía/-ión endings rare in English ones.
      if (w.includes('w') || w.includes('k') || endsWithAny(w, enEndings)) en += 0.4
      if (endsWithAny(w, esEndings)) es += 0.4
    }
  }
  const score: WordScore = [en, es, hit?.[2] ?? null]
  if (wordCache.size >= maxCached) wordCache.clear()
  wordCache.set(w, score)
  return score
}

/** Scores `text` for English and Spanish (and unsupported languages). */
export function scoreLang(text: string): LangScores {
  let en = 0
  let es = 0
  let other: Record<string, number> | null = null
  const lower = text.toLowerCase()
  latinWordRe.lastIndex = 0
  for (let m = latinWordRe.exec(lower); m; m = latinWordRe.exec(lower)) {
    const [we, ws, wo] = scoreWord(m[0])
    en += we
    es += ws
    if (wo) {
      other ??= {}
      other[wo] = (other[wo] ?? 0) + 1
    }
  }
  if (lower.includes('¿') || lower.includes('¡')) es += 1
  let otherLang: string | null = null
  let otherBest = 0
  for (const [lang, score] of Object.entries(other ?? {})) {
    if (score > otherBest) {
      otherBest = score
      otherLang = lang
    }
  }
  return { en, es, other: otherBest, otherLang }
}

/** The supported language of `text` ('en' or 'es'), or null when the evidence is too thin to tell. */
export function identifyLang(text: string, minMargin = 0.8): 'en' | 'es' | null {
  const s = scoreLang(text)
  if (s.en - s.es >= minMargin) return 'en'
  if (s.es - s.en >= minMargin) return 'es'
  return null
}
