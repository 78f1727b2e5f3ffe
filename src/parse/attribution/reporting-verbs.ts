/**
 * Reporting verbs: the inflected verbs (and prepositions such as "according to" / "según") that
 * tie a quote to its speaker, in English and Spanish. Matched on words, never on substrings, and
 * lower-case unless the verb opens its clause ("Said Jane Doe: …"), so "the United States" is
 * not read as the verb "states".
 */
import type { Word } from './text-scan.js'

const englishBases = [
  'state',
  'add',
  'note',
  'explain',
  'share',
  'comment',
  'continue',
  'conclude',
  'emphasize',
  'emphasise',
  'remark',
  'announce',
  'declare',
  'observe',
  'urge',
  'warn',
  'insist',
  'argue',
  'stress',
  'highlight',
  'underscore',
  'acknowledge',
  'reflect',
  'recall',
  'ask',
  'reiterate',
  'affirm',
  'assert',
  'proclaim',
  'exclaim',
  'respond',
  'lament',
  'caution',
  'contend',
  'maintain',
  'predict',
  'admit',
  'confirm',
  'explain',
  'mention',
  'recount',
  'remind',
  'affirm',
  'vow',
  'pledge',
  'counter',
  'suggest',
  'underline',
  'tweet',
]

function englishForms(base: string): string[] {
  const past = base.endsWith('e') ? `${base}d` : `${base}ed`
  const third = /(s|sh|ch|x)$/.test(base) ? `${base}es` : `${base}s`
  return [base, third, past]
}

const english = new Set<string>([
  ...englishBases.flatMap(englishForms),
  'say',
  'says',
  'said',
  'tell',
  'tells',
  'told',
  'write',
  'writes',
  'wrote',
  'testified',
  'testifies',
  'replied',
  'replies',
  // What a document does: "the letter reads", "the ruling reads in part".
  'reads',
  'read',
])

const spanishAr = [
  'afirmar',
  'asegurar',
  'declarar',
  'señalar',
  'indicar',
  'explicar',
  'agregar',
  'comentar',
  'expresar',
  'destacar',
  'subrayar',
  'enfatizar',
  'resaltar',
  'recalcar',
  'reiterar',
  'apuntar',
  'puntualizar',
  'precisar',
  'detallar',
  'mencionar',
  'anunciar',
  'informar',
  'considerar',
  'opinar',
  'celebrar',
  'lamentar',
  'denunciar',
  'aclarar',
  'instar',
  'exhortar',
  'alertar',
  'sentenciar',
  'cuestionar',
  'criticar',
  'reclamar',
  'plantear',
  'comunicar',
  'ratificar',
  'aseverar',
  'acotar',
  'remarcar',
  'argumentar',
  'contestar',
  'preguntar',
  'relatar',
  'narrar',
  'manifestar',
  'confesar',
  'recordar',
  'formular',
  'exclamar',
  'reflexionar',
  'valorar',
  'tuitear',
]
const spanishErIr = [
  'compartir',
  'añadir',
  'insistir',
  'admitir',
  'exigir',
  'urgir',
  'responder',
  'escribir',
  'prometer',
  'resumir',
  'agradecer',
]
const spanishIrregular = [
  // What a document does: "reza la carta", "se lee en el documento".
  'reza',
  'rezaba',
  'lee',
  'dijo',
  'dice',
  'dijeron',
  'dicen',
  'manifiesta',
  'manifiestan',
  'confiesa',
  'recuerda',
  'recuerdan',
  'advirtió',
  'advierte',
  'advirtieron',
  'advierten',
  'concluyó',
  'concluye',
  'concluyeron',
  'concluyen',
  'sostuvo',
  'sostiene',
  'sostuvieron',
  'sostienen',
  'reconoció',
  'reconoce',
  'reconocieron',
  'reconocen',
  'pidió',
  'pide',
  'pidieron',
  'repitió',
  'repite',
]

/** Present forms that are mostly nouns ("la pregunta", "una alerta"): not verbs on their own. */
const spanishNouns = new Set(['pregunta', 'alerta', 'nota'])

const spanish = new Set<string>(
  [
    ...spanishAr.flatMap((v) => {
      const stem = v.slice(0, -2)
      return [`${stem}ó`, `${stem}a`, `${stem}aron`, `${stem}an`]
    }),
    ...spanishErIr.flatMap((v) => {
      const stem = v.slice(0, -2)
      return [`${stem}ió`, `${stem}e`, `${stem}ieron`, `${stem}en`]
    }),
    ...spanishIrregular,
  ].filter((w) => !spanishNouns.has(w)),
)

/** Participles, verbs only after an auxiliary ("ha afirmado"; "un destacado líder" is not). */
const participles = new Set<string>([
  ...spanishAr.map((v) => `${v.slice(0, -2)}ado`),
  ...spanishErIr.map((v) => `${v.slice(0, -2)}ido`),
  'dicho',
  'advertido',
  'concluido',
  'sostenido',
  'reconocido',
  'escrito',
  'said',
  'stated',
  'noted',
  'added',
  'told',
  'written',
  'explained',
  'declared',
  'emphasized',
])

/** Auxiliaries before a participle ("ha dicho", "has said"). */
const auxiliaries = new Set([
  'ha',
  'han',
  'había',
  'habían',
  'has',
  'have',
  'had',
  'also',
  'también',
])

/** A reporting verb (or "according to"-like preposition) found among words. */
export interface VerbMatch {
  /** Index of the first word of the match and one past its last. */
  from: number
  to: number
  /** `verb`: the speaker stands next to it; `according`: the speaker follows it. */
  kind: 'verb' | 'according'
}

/** Whether `word` is an inflected reporting verb in English or Spanish. */
export function isReportingVerb(word: string): boolean {
  const w = word.toLowerCase()
  return english.has(w) || spanish.has(w)
}

/**
 * The reporting verb that starts at `words[i]`, if any: a single verb, "pointed out",
 * "according to", "según", "de acuerdo con/a", or an auxiliary + participle ("ha dicho").
 * A capitalised verb counts only when `clauseStart` is true.
 */
export function matchVerbAt(words: Word[], i: number, clauseStart: boolean): VerbMatch | null {
  const w = words[i]
  if (!w) return null
  const first = w.text[0] ?? ''
  if (!clauseStart && first !== first.toLowerCase()) return null
  const lower = w.text.toLowerCase()
  const next = (words[i + 1]?.text ?? '').toLowerCase()
  const third = (words[i + 2]?.text ?? '').toLowerCase()
  if (lower === 'according' && next === 'to') return { from: i, to: i + 2, kind: 'according' }
  if (lower === 'según' || lower === 'segun') return { from: i, to: i + 1, kind: 'according' }
  // "En palabras de NAME", "In the words of NAME"; "Para NAME, “…”" / "For NAME, “…”" only
  // where the clause opens.
  if (lower === 'en' && next === 'palabras' && /^(de|del)$/.test(third))
    return { from: i, to: i + 3, kind: 'according' }
  if (
    lower === 'in' &&
    next === 'the' &&
    third === 'words' &&
    /^of$/i.test(words[i + 3]?.text ?? '')
  )
    return { from: i, to: i + 4, kind: 'according' }
  if (
    clauseStart &&
    i === 0 &&
    (lower === 'para' || lower === 'for') &&
    isUpperWord(next, words[i + 1]?.text)
  )
    return { from: i, to: i + 1, kind: 'according' }
  if (lower === 'de' && next === 'acuerdo' && (third === 'con' || third === 'a'))
    return { from: i, to: i + 3, kind: 'according' }
  if (lower === 'pointed' && next === 'out') return { from: i, to: i + 2, kind: 'verb' }
  const after = (words[i + 1]?.text ?? '').toLowerCase()
  if (auxiliaries.has(w.text.toLowerCase()) && (participles.has(after) || isReportingVerb(after)))
    return { from: i, to: i + 2, kind: 'verb' }
  if (isReportingVerb(w.text)) return { from: i, to: i + 1, kind: 'verb' }
  return null
}

/** Whether the word after "para"/"for" is capitalised (a name follows, not "for example"). */
function isUpperWord(lower: string, word: string | undefined): boolean {
  return lower !== '' && word !== undefined && word[0] !== word[0]?.toLowerCase()
}

/** Verbs that only a document does ("the letter reads", "reza la carta"): a person never does. */
export function isDocumentVerb(verb: string): boolean {
  return /^(?:reads?|reza|rezaba|lee)$/i.test(verb.trim())
}
