/**
 * Statement leads: the sentence that announces that what follows is someone's statement — "The
 * following is a statement from NAME:", "Statement from NAME, TITLE of ORG:", "NAME released the
 * following statement…:", "NAME issued the following statement:", "la siguiente declaración",
 * "hizo hoy las siguientes declaraciones…:". The statement after it, in quote marks or not, is
 * one quote whose speaker is the person of the lead.
 */
import { matchVerbAt } from './reporting-verbs.js'
import { parseSpeakerPhrase, parseSubject, type SpeakerPhrase } from './speaker-phrase.js'
import { isSpace, sentenceStart, skipDateline, wordsIn } from './text-scan.js'

/** A statement lead and the speaker it names. */
export interface StatementLead {
  /** The lead sentence, final colon or period excluded. */
  start: number
  end: number
  /** A reporting verb of the lead ("said the following"), or null ("Statement from X:"). */
  verb: string | null
  phrase: SpeakerPhrase | null
}

const leadRes = [
  /\bfollowing\s+(?:joint\s+)?(?:statement|remarks|comments|message)\b/i,
  /\b(?:statement|remarks|comments)\s+(?:from|by)\s/i,
  /\b(?:statement|remarks|comments)\b[^.]{0,40}\battribut(?:ed|able)\s+to\s/i,
  /\b(?:issued|released|made|shared|delivered|offered)\s+(?:a|the|this|this\s+joint|a\s+joint)\s+statement\b/i,
  /\b(?:said|stated|added)\s+the\s+following\b/i,
  /\bsiguientes?\s+(?:declaraci[oó]n(?:es)?|comunicado|mensaje|pronunciamiento|palabras)\b/i,
  /\b(?:[Dd]eclaraci[oó]n(?:es)?|[Cc]omunicado|[Pp]ronunciamiento|[Mm]ensaje|[Pp]alabras)\s+(?:de|del)\s+\p{Lu}/u,
  /\blo\s+siguiente\b/i,
  /\b(?:emiti[oó]|public[oó]|difundi[oó]|comparti[oó])\s+(?:hoy\s+)?(?:una|la|el|un)\s+(?:declaraci[oó]n|comunicado)\b/iu,
]

const fromRe =
  /\b(?:statement|remarks|comments|message|declaraci[oó]n(?:es)?|comunicado|pronunciamiento|mensaje|palabras)\s+(?:(?:issued|released|made)\s+)?(?:today\s+)?(?:from|by|of|de|del)\s+|\battribut(?:ed|able)\s+to\s+/iu

const leadVerbs = new Set(
  `released issued made shared offered gave delivered provided read releases issues makes shares
  hizo emitió ofreció compartió dio publicó difundió pronunció emite hace ofrece comparte da
  emitido hecho ofrecido compartido dado publicado difundido`
    .split(/\s+/)
    .filter(Boolean),
)

const keywordRe =
  /following|statement|remarks|comments|message|siguiente|declaraci|comunicado|pronunciamiento|mensaje|palabras/i

/** A cheap first test: whether a text holds any word a statement lead needs. */
export function mayLead(s: string): boolean {
  return keywordRe.test(s)
}

/**
 * The statement lead that is the last sentence of `text[from, to)` (a trailing colon, period or
 * spaces allowed), or null.
 */
export function findStatementLead(text: string, from: number, to: number): StatementLead | null {
  if (!mayLead(text.slice(from, to))) return null
  let end = to
  while (end > from && (isSpace(text[end - 1]) || /[:.]/.test(text[end - 1] ?? ''))) end--
  if (end <= from) return null
  let start = sentenceStart(text, from, end)
  const sentence = text.slice(start, end)
  if (!leadRes.some((re) => re.test(sentence))) return null
  start = skipDateline(text, start, end)
  // "NAME, TITLE of ORG, issued the following statement": the subject before the lead verb.
  const words = wordsIn(text, start, end)
  for (let k = 1; k < words.length; k++) {
    const w = words[k]
    if (!w) continue
    const reporting = matchVerbAt(words, k, false)
    if (!leadVerbs.has(w.text.toLowerCase()) && !reporting) continue
    const aux = words[k - 1]
    const subjectEnd =
      aux && /^(has|have|had|ha|han|había|habían)$/i.test(aux.text) ? aux.start : w.start
    const phrase = parseSubject(text, start, subjectEnd)
    const verb = reporting ? text.slice(w.start, words[reporting.to - 1]?.end ?? w.end) : null
    if (phrase.name !== null) return { start, end, verb, phrase }
    break
  }
  // "The following is a statement from NAME", "Statement from NAME:", "Declaración de NAME".
  const from_ = fromRe.exec(text.slice(start, end))
  if (from_) {
    const phraseStart = start + from_.index + from_[0].length
    const phrase = parseSpeakerPhrase(text, phraseStart, end)
    return { start, end, verb: null, phrase: phrase.name || phrase.reference ? phrase : null }
  }
  return { start, end, verb: null, phrase: null }
}
