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
const enMonths =
  /^(january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|contact|contacts|media|press|release|immediate|embargoed|about|statement)$/
const esMonths =
  /^(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|lunes|martes|miércoles|jueves|viernes|sábado|domingo|contacto|contactos|prensa|comunicado|publicación|inmediata|acerca|declaración|medios)$/

const wordRe = /[\p{L}]+(?:['’][\p{L}]+)*/gu

/** Scores `text` for English and Spanish (and unsupported languages). */
export function scoreLang(text: string): LangScores {
  let en = 0
  let es = 0
  const other: Record<string, number> = {}
  for (const m of text.matchAll(wordRe)) {
    const w = m[0].toLowerCase()
    if (enWords.has(w)) en += 1
    if (esWords.has(w)) es += 1
    if (enMonths.test(w)) en += 1.5
    if (esMonths.test(w)) es += 1.5
    for (const [lang, words] of Object.entries(otherWords))
      if (words.has(w)) other[lang] = (other[lang] ?? 0) + 1
    if (/(?:ción|ciones|mente|idad|idades)$/.test(w)) es += 0.5
    else if (/(?:ing|tion|tions|ness|ment|ship)$/.test(w)) en += 0.5
    if (/[ñ]/.test(w)) es += 0.3
    else if (/[áéíóú]/.test(w) && w.length > 2) es += 0.3
    if (/['’]s$|n['’]t$/.test(w)) en += 0.5
    if (/^th/.test(w) && w.length > 3) en += 0.2
    // Spelling cues, weak on their own: w, k and -ers/-ies/-ed/-ly are rare in Spanish words,
    // -os/-as/-ía/-ión endings rare in English ones.
    if (w.length > 3) {
      if (/[wk]|(?:ers|ies|ed|ly|sh)$/.test(w)) en += 0.4
      if (/(?:os|as|ía|ías|ión|ado|ada|ados|adas)$/.test(w)) es += 0.4
    }
  }
  if (/[¿¡]/.test(text)) es += 1
  let otherLang: string | null = null
  let otherBest = 0
  for (const [lang, score] of Object.entries(other)) {
    // Words shared with Spanish or English ("de", "la", "en") are discounted by counting only
    // the excess over the supported language they resemble.
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
