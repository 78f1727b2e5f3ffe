/**
 * Attribution shapes: the words that make an attribution in English and Spanish press releases
 * (reporting verbs, titles, the prepositions a title hangs its organization on) and the detector
 * of a dangling attribution — a title that ends in "of" / "de" / "at" / "con"… with nothing named
 * after it ("stated Matt Nelson, executive director of"). Pure text functions, shared by the
 * attribution rules; offsets are absolute (into the version's source).
 */

/** A half-open range of the source with the text it covers. */
export interface TextSpan {
  start: number
  end: number
  text: string
}

/** Reporting verbs as they appear in releases, inflected, per primary language. */
export const reportingVerbs: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'said says stated states added adds noted notes explained explains shared shares commented comments continued continues concluded concludes emphasized emphasised emphasizes remarked remarks announced announces declared declares observed observes according urged urges warned warns argued argues asserted asserts affirmed insisted pointed underscored stressed highlighted wrote writes told tells responded replied acknowledged celebrated praised'.split(
      ' ',
    ),
  ),
  es: new Set(
    'afirmó aseguró dijo dice declaró señaló indicó explicó agregó añadió comentó expresó manifestó destacó subrayó enfatizó resaltó recalcó reiteró concluyó sostuvo apuntó puntualizó precisó detalló mencionó advirtió anunció informó compartió reconoció consideró opinó celebró según afirma asegura declara señala indica explica agrega añade comenta expresa manifiesta destaca subraya enfatiza resalta recalca reitera concluye sostiene apunta precisa advierte anuncia informa comparte reconoce considera opina celebra urgió instó exhortó'.split(
      ' ',
    ),
  ),
}

/** Nouns and adjectives that make a title ("executive director", "directora ejecutiva"). */
export const titleWords: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'director directors president vice-president chair chairman chairwoman chairperson co-chair cochair founder co-founder cofounder ceo coo cfo cto officer manager coordinator organizer organiser spokesperson spokesman spokeswoman secretary member senator representative rep congressman congresswoman congressmember mayor governor leader head advocate attorney counsel fellow analyst campaigner strategist associate specialist partner executive commissioner minister ambassador professor dean board staff volunteer pastor bishop rabbi chief editor researcher lead principal trustee deputy administrator superintendent councilmember councilman councilwoman treasurer steward organizer'.split(
      ' ',
    ),
  ),
  es: new Set(
    'director directora directores presidente presidenta vicepresidente vicepresidenta fundador fundadora cofundador cofundadora coordinador coordinadora vocero vocera portavoz secretario secretaria miembro integrante senador senadora representante alcalde alcaldesa gobernador gobernadora líder jefe jefa abogado abogada asesor asesora gerente organizador organizadora analista investigador investigadora activista defensor defensora consejero consejera ejecutivo ejecutiva encargado encargada responsable titular ministro ministra embajador embajadora profesor profesora obispo pastor pastora rector rectora decano decana congresista concejal concejala tesorero tesorera subdirector subdirectora adjunto adjunta general nacional regional'.split(
      ' ',
    ),
  ),
}

/** Words a title hangs its organization on; one at the end means nothing was named. */
export const danglingWords: Record<string, ReadonlySet<string>> = {
  en: new Set(['of', 'at', 'for', 'with', 'from', 'in', 'to', 'on', 'and', 'the', 'a', 'an', '&']),
  es: new Set([
    'de',
    'del',
    'en',
    'para',
    'con',
    'a',
    'al',
    'por',
    'y',
    'e',
    'la',
    'el',
    'los',
    'las',
  ]),
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu

/** The words of `text` with their absolute offsets (`base` is the offset of `text[0]`). */
export function wordsOf(text: string, base = 0): TextSpan[] {
  const out: TextSpan[] = []
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/[.]+$/, '')
    out.push({ start: base + m.index, end: base + m.index + word.length, text: word })
  }
  return out
}

/** Lower-cases for lexicon look-ups. */
function fold(word: string): string {
  return word.toLowerCase()
}

/** Whether a word is a title word in `lang`. */
export function isTitleWord(word: string, lang: string): boolean {
  return titleWords[lang]?.has(fold(word)) ?? false
}

/** Whether a word is a reporting verb in `lang`. */
export function isReportingVerb(word: string, lang: string): boolean {
  return reportingVerbs[lang]?.has(fold(word)) ?? false
}

/**
 * Where a stretch of text stops for the purpose of an attribution: the end of the paragraph or a
 * sentence break (". " / ": " / "; " before an upper-case letter or an opening quote).
 */
const STOP_AFTER =
  /^[ \t\u00a0]*(?:[.:;,]?[ \t\u00a0]*(?:\n|$)|[.:;][ \t\u00a0]+(?=[\p{Lu}“"«¿¡(]))/u

/** Verbs and pronouns that cannot stand inside a title phrase. */
const clauseWords: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'has have had is was were are been be being will would can could should must do does did working worked work we it they he she who which that this what'.split(
      ' ',
    ),
  ),
  es: new Set(
    'ha han había es fue son era está están estaba sido será trabajando trabaja trabajado que quien cual lo nosotros ellos ella él esto eso'.split(
      ' ',
    ),
  ),
}

/** Prepositions that must be followed by what they introduce. */
const prepositions: Record<string, ReadonlySet<string>> = {
  en: new Set(['of', 'at', 'for', 'with', 'from', 'in', 'to', 'on']),
  es: new Set(['de', 'del', 'en', 'para', 'con', 'por']),
}

/** Words that cannot follow such a preposition: another preposition, an auxiliary, a verb. */
const brokenNext: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'in on at to for with from about of by has have had is was will would said says stated added noted issued released announced and or who'.split(
      ' ',
    ),
  ),
  es: new Set(
    'en de del para con por sobre ha han había es fue dijo afirmó declaró señaló emitió hizo y o quien'.split(
      ' ',
    ),
  ),
}

/**
 * Whether the text after a preposition shows that its object is missing: a comma right after
 * it ("executive director of, has issued") or a word that cannot be its object ("President of
 * in response", "El presidente de, Arturo").
 */
function brokenAfter(word: string, rest: string, lang: string): boolean {
  if (!prepositions[lang]?.has(fold(word))) return false
  if (/^[ \t\u00a0]*,/.test(rest)) return true
  const next = /^[ \t\u00a0]+([\p{Ll}][\p{L}\p{M}'’-]*)/u.exec(rest)?.[1]
  return next !== undefined && (brokenNext[lang]?.has(next) ?? false)
}

/** Words a title may carry between itself and the dangling preposition ("director of programs at"). */
const MAX_TITLE_DISTANCE = 5

/**
 * Finds dangling attributions in one paragraph: a title ("executive director", "directora
 * ejecutiva") followed, at most a few words later, by a preposition, conjunction or article that
 * ends the sentence or the paragraph with nothing named after it. The span runs from the start of
 * the attribution (the reporting verb, a closing quote's attribution or the title phrase) to the
 * end of the dangling word. `base` is the absolute offset of `text[0]`.
 */
export function findDanglingAttributions(text: string, base: number, lang: string): TextSpan[] {
  const dangling = danglingWords[lang]
  if (!dangling) return []
  const words = wordsOf(text, base)
  const out: TextSpan[] = []
  for (let i = 0; i < words.length; i++) {
    const word = words[i]
    if (!word || !dangling.has(fold(word.text))) continue
    const rest = text.slice(word.end - base)
    if (!STOP_AFTER.test(rest) && !brokenAfter(word.text, rest, lang)) continue
    // A title word must stand a few words before, in the same sentence and clause.
    let titleAt = -1
    for (let j = i - 1; j >= 0 && j >= i - MAX_TITLE_DISTANCE; j--) {
      const previous = words[j]
      const next = words[j + 1]
      if (!previous || !next) break
      const between = text.slice(previous.end - base, next.start - base)
      if (/[.!?;:“”"«»]/.test(between)) break
      // A verb or pronoun in between makes it a clause ("the director has been working on").
      if (clauseWords[lang]?.has(fold(next.text)) && j + 1 < i) break
      if (isTitleWord(previous.text, lang)) {
        titleAt = j
        break
      }
    }
    if (titleAt < 0) continue
    const title = words[titleAt]
    if (!title) continue
    // Spanish titles are adjectives too ("nacional", "general"); the phrase must be a title
    // phrase, so such words only count right after a title noun.
    if (!hasTitleNoun(words, titleAt, lang)) continue
    const start = attributionStart(text, base, words, titleAt, lang)
    out.push({ start, end: word.end, text: text.slice(start - base, word.end - base) })
  }
  return dedupeSpans(out)
}

const adjectiveTitles = new Set(['ejecutivo', 'ejecutiva', 'general', 'nacional', 'regional'])
const adjectiveTitlesEn = new Set(['executive', 'associate', 'deputy', 'lead', 'principal'])

function hasTitleNoun(words: TextSpan[], at: number, lang: string): boolean {
  const word = fold(words[at]?.text ?? '')
  const adjectives = lang === 'es' ? adjectiveTitles : adjectiveTitlesEn
  if (!adjectives.has(word)) return true
  // "director ejecutivo de", "executive director of" — look one or two words around.
  for (const k of [at - 1, at - 2, at + 1]) {
    const other = words[k]
    if (other && isTitleWord(other.text, lang) && !adjectives.has(fold(other.text))) return true
  }
  return lang === 'en' && word === 'executive'
}

/**
 * The start of the attribution that holds the title at `titleAt`: the reporting verb before it in
 * the same sentence when there is one ("stated Matt Nelson, executive director of"), else the
 * start of the comma-delimited title phrase.
 */
function attributionStart(
  text: string,
  base: number,
  words: TextSpan[],
  titleAt: number,
  lang: string,
): number {
  const title = words[titleAt]
  if (!title) return base
  let phraseStart = title.start
  for (let j = titleAt - 1; j >= 0 && j >= titleAt - 12; j--) {
    const word = words[j]
    const next = words[j + 1]
    if (!word || !next) break
    const between = text.slice(word.end - base, next.start - base)
    if (/[.!?;“”"«»]/.test(between)) break
    if (isReportingVerb(word.text, lang) || /^statement$|^declaraci[oó]n(es)?$/i.test(word.text))
      return word.start
    if (/[,:(—–]/.test(between) && phraseStart === title.start) phraseStart = next.start
  }
  return phraseStart
}

/** Removes spans that start inside an earlier one (one report per attribution). */
export function dedupeSpans(spans: TextSpan[]): TextSpan[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: TextSpan[] = []
  for (const span of sorted) {
    const last = out[out.length - 1]
    if (last && span.start < last.end) continue
    out.push(span)
  }
  return out
}

/** Whether an attribution's own text ends in a dangling word after a title ("…director of"). */
export function isDanglingAttributionText(attribution: string, lang: string): boolean {
  return findDanglingAttributions(attribution.trimEnd(), 0, lang).length > 0
}
