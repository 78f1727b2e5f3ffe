/**
 * The pieces of a speaker phrase: tokens (words, commas, bracketed groups), the run of words that
 * makes a name, and the clause reader that splits "executive director of Alianza Americas" into
 * title and organization. Used by speaker-phrase.ts.
 */
import {
  articles,
  isDepartmentWord,
  isHonorific,
  isNameParticle,
  isNotNameStart,
  isTitleWord,
  orgPrepositions,
} from './name-words.js'
import { placeLength } from './places.js'
import { isUpper, type Word, wordAt } from './text-scan.js'

/** A word, a comma or a bracketed group of a speaker phrase, with offsets. */
export interface Token extends Word {
  kind: 'word' | 'comma' | 'paren'
}

/** Words that end a speaker phrase: relative clauses, adverbials, times. */
export const stopWords = new Set(
  `who whose which quien quienes que cuyo cuya adding noting explaining agregando añadiendo
  señalando explicando refiriéndose referring when cuando while mientras during durante after
  tras before antes because porque since desde as como about sobre to upon through in on en
  today hoy yesterday ayer tonight this esta este but pero monday tuesday wednesday
  thursday friday saturday sunday lunes martes miércoles jueves viernes sábado domingo`
    .split(/\s+/)
    .filter(Boolean),
)

const stopChars = new Set([';', ':', '—', '–', '―', '\n', '“', '«', '"'])
const wordStartRe = /[\p{L}\p{N}]/u

/** Splits `text[start, end)` into words, commas and bracketed groups, stopping at a clause mark. */
export function tokenize(text: string, start: number, end: number): Token[] {
  const out: Token[] = []
  let i = start
  while (i < end) {
    const ch = text[i] ?? ''
    if (ch === ',') {
      out.push({ kind: 'comma', text: ',', start: i, end: i + 1 })
      i++
    } else if (ch === '(' || ch === '[') {
      const close = text.indexOf(ch === '(' ? ')' : ']', i)
      const stop = close < 0 || close >= end ? end : close + 1
      out.push({ kind: 'paren', text: text.slice(i, stop), start: i, end: stop })
      i = stop
    } else if (stopChars.has(ch)) {
      break
    } else if (wordStartRe.test(ch)) {
      const w = wordAt(text, i, end)
      if (!w || w.start !== i || w.end <= i) {
        i++
        continue
      }
      out.push({ kind: 'word', text: w.text, start: w.start, end: w.end })
      i = w.end
    } else i++
  }
  return out
}

/** Whether the token can be part of a personal name. */
export function isNameWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false
  return isUpper(t.text[0]) && !isTitleWord(t.text) && !isHonorific(t.text)
}

/** Whether a capitalised token is a possessive ("CASA's"). */
export function isPossessive(t: Token): boolean {
  return /['’]s$/.test(t.text) && isUpper(t.text[0])
}

/** First words of organizations' names ("Coalición", "Alliance", "Red", "Center"). */
export const orgHeadRe =
  /^(?:union|unión|coalition|coalición|network|red|federation|federación|council|concejo|consejo|committee|comité|department|departamento|ministry|ministerio|office|oficina|embassy|embajada|government|gobierno|alliance|alianza|association|asociación|center|centro|institute|instituto|foundation|fundación|league|liga|campaign|campaña|movement|movimiento|fondo|fund|proyecto|project|colectivo|frente|mesa)$/i

/** Lower-case words inside an organization's name. */
const orgConnectorRe = /^(?:of|the|for|and|in|on|por|para|en|de|del|la|las|los|el|y|e|&)$/

/** The run of name words starting at `i` (particles allowed inside): [from, to). */
export function nameRun(tokens: Token[], i: number): [number, number] {
  let j = i
  // An organization's name takes the connectors of its name ("Coalición por la Vivienda Justa",
  // "Alliance for Fair Housing", "Vecinos en Acción").
  const org = orgHeadRe.test(tokens[i]?.text ?? '')
  const particle = (w: string): boolean => isNameParticle(w) || (org && orgConnectorRe.test(w))
  while (j < tokens.length) {
    const t = tokens[j]
    if (isNameWord(t) && !(t && isPossessive(t))) {
      j++
      continue
    }
    // Particles only between name words ("María de la Cruz").
    let k = j
    while (k < tokens.length && tokens[k]?.kind === 'word' && particle(tokens[k]?.text ?? '')) k++
    if (k > j && k > i && isNameWord(tokens[k])) {
      j = k
      continue
    }
    break
  }
  return [i, j]
}

/** The source text of tokens `[from, to)`, or null when empty. */
export function slice(text: string, tokens: Token[], from: number, to: number): string | null {
  const a = tokens[from]
  const b = tokens[to - 1]
  if (!a || !b || to <= from) return null
  return text.slice(a.start, b.end)
}

/** An organization as written, without surrounding quotes, punctuation or a leading article. */
export function cleanOrg(org: string | null): string | null {
  if (org === null) return null
  let o = org
    .trim()
    .replace(acronymGlossRe, '')
    .replace(/^["“'‘«]+|["”'’»,.;:]+$/g, '')
  o = o.replace(/^(the|la|el|los|las)\s+/, '')
  // "de 34 años", "of 20 years": an age or a span of time, not an organization.
  if (/^\d+\s+(?:años|a[ñn]os\s+de\s+edad|years?(?:\s+old)?|meses|months)\b/i.test(o)) return null
  return o === '' ? null : o
}

/**
 * A translator's gloss of an acronym in brackets: "(ACLU, por sus siglas en inglés)", "(por
 * sus siglas en inglés)", "(CHIRLA, for its acronym in Spanish)". The name stands without it.
 */
export const acronymGlossRe =
  /\s*\((?:[^()]{1,40},\s*)?(?:por\s+sus\s+siglas|sus\s+siglas|siglas\s+en|(?:by|for)\s+its\s+(?:initials|acronym)|its\s+(?:initials|acronym)|as\s+it\s+is\s+known)[^()]*\)/iu

/** Words that end a job title and never an organization's name. */
const jobRe =
  /^(?:director|directora|manager|coordinator|coordinador|coordinadora|organizer|organizador|organizadora|officer|spokesperson|spokesman|spokeswoman|vocero|vocera|portavoz|analyst|analista|strategist|estratega|attorney|abogad[oa]|advisor|adviser|asesora?|specialist|especialista|associate|fellow|researcher|investigador|investigadora|chair|chairman|chairwoman|chairperson|president|presidente|presidenta|secretary|secretario|secretaria|founder|fundador|fundadora|editor|editora|manager|gerente)$/i

/** Last words of organizations' names ("… Law Center", "… Tenants Union", "… Action Fund"). */
const orgEndRe =
  /^(?:center|centre|network|coalition|alliance|union|council|fund|project|committee|institute|foundation|league|campaign|association|federation|movement|society|services|group|partnership|collaborative|church|clinic|caucus|inc\.?|llc|coalición|alianza|red|consejo|fondo|proyecto|comité|instituto|fundación|liga|campaña|asociación|federación|movimiento|sociedad|servicios|grupo|iglesia|clínica|unidos|unidas|united)$/i

/** Generic nouns before an organization's name ("la organización Inquilinos Unidos"). */
const genericOrgNouns = new Set(
  'organization organisation organización organizacion coalition coalición coalicion group grupo network red campaign campaña colectivo collective union unión sindicato nonprofit agrupación asociación'.split(
    ' ',
  ),
)

/** Title and organization from one clause ("executive director of Alianza Americas"). */
export function readClause(
  text: string,
  tokens: Token[],
): { title: string | null; org: string | null; dangling: boolean } {
  let from = 0
  // "a DACA recipient from Phoenix": an indefinite article opens a description, not an owner.
  const indefinite = /^(a|an|un|una)$/i.test(tokens[0]?.text ?? '')
  while (from < tokens.length && articles.has(tokens[from]?.text.toLowerCase() ?? '')) from++
  const words = tokens.slice(from)
  for (let p = 0; p < words.length; p++) {
    const w = words[p]
    if (w?.kind !== 'word' || !orgPrepositions.has(w.text.toLowerCase())) continue
    let q = p + 1
    while (q < words.length && articles.has(words[q]?.text.toLowerCase() ?? '')) q++
    // "de la organización Inquilinos Unidos": the generic noun is not part of the name.
    if (
      genericOrgNouns.has(words[q]?.text.toLowerCase() ?? '') &&
      !isUpper(words[q]?.text[0]) &&
      isUpper(words[q + 1]?.text[0])
    )
      q++
    const title = p > 0 ? slice(text, words, 0, p) : null
    if (q >= words.length) return { title, org: null, dangling: true }
    const next = words[q]
    if (!next || !(isUpper(next.text[0]) || /^\d/.test(next.text))) continue
    // Skip department phrases ("Director of Communications at CASA").
    let r = q
    // "Madres en Lucha": "en" between capitalised words is inside the name, unless a place
    // follows ("CASA en Maryland").
    const inside = (k: number): boolean =>
      /^(?:en|in|on)$/.test(words[k]?.text ?? '') &&
      isUpper(words[k - 1]?.text[0]) &&
      isUpper(words[k + 1]?.text[0]) &&
      placeLength(words.slice(k + 1, k + 4).map((x) => x.text)) === 0
    while (
      r < words.length &&
      (!orgPrepositions.has(words[r]?.text.toLowerCase() ?? '') || inside(r))
    )
      r++
    const span = words.slice(q, r).filter((t) => t.kind === 'word')
    if (r < words.length && span.every((t) => isDepartmentWord(t.text))) continue
    // "Director of Policy and Advocacy": departments to the end of the clause, no organization.
    const tail = words.slice(q).filter((t) => t.kind === 'word' && !/^(?:and|y|&)$/i.test(t.text))
    if (r === words.length && tail.length > 0 && tail.every((t) => isDepartmentWord(t.text)))
      return { title: slice(text, words, 0, words.length), org: null, dangling: false }
    // "Senior Associate for Mexico": a place after the preposition is a portfolio, not an owner.
    if (placeLength(span.map((t) => t.text)) === span.length) continue
    // An organization ends before " and TITLE" ("of CASA and co-chair of …").
    let e = words.length
    for (let s = q + 1; s < words.length; s++) {
      const t = words[s]
      // … or before " and NAME of ORG" (a second speaker).
      const second = words.slice(s + 1, s + 5).some((w) => /^(of|de|del)$/.test(w.text))
      if (
        t &&
        /^(and|y)$/i.test(t.text) &&
        (isTitleWord(words[s + 1]?.text ?? '') || (isNameWord(words[s + 1]) && second))
      )
        e = s
      if (e !== words.length) break
    }
    return { title, org: slice(text, words, q, e), dangling: false }
  }
  if (words.length === 0) return { title: null, org: null, dangling: false }
  const head = words.find((t) => t.kind === 'word')
  // "National Immigration Law Center": a capitalised clause that ends in an organization noun.
  const last = words[words.length - 1]?.text ?? ''
  const named = isUpper(last[0]) && orgEndRe.test(last) && !indefinite
  const allTitle =
    !named &&
    (indefinite ||
      (head !== undefined && (isTitleWord(head.text) || !isUpper(head.text[0]))) ||
      words.every((t) => t.kind !== 'word' || isTitleWord(t.text) || !isUpper(t.text[0])) ||
      // "Research Director", "Field Organizer": a short clause that ends in a job.
      (words.length <= 4 && jobRe.test(words[words.length - 1]?.text ?? '')))
  const whole = slice(text, words, 0, words.length)
  return allTitle
    ? { title: whole, org: null, dangling: false }
    : { title: null, org: whole, dangling: false }
}

/** Cuts adverbials and relative clauses off the end of the phrase. */
export function cutTokens(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t?.kind !== 'word') continue
    const lower = t.text.toLowerCase()
    if (stopWords.has(lower) && i > 0) {
      // "Vecinos en Acción", "Mothers in Action": inside a name, not an adverbial ("in Denver",
      // "on Tuesday").
      const prev = tokens[i - 1]
      const next = tokens[i + 1]
      const inName =
        /^(?:in|en|on)$/.test(lower) &&
        prev?.kind === 'word' &&
        isUpper(prev.text[0]) &&
        next?.kind === 'word' &&
        isUpper(next.text[0]) &&
        !isNotNameStart(next.text) &&
        placeLength(tokens.slice(i + 1, i + 4).map((x) => x.text)) === 0
      if (!inName) return trimCommas(tokens.slice(0, i))
    }
    if (lower === 'at' && i > 0) {
      const n = tokens[i + 1]
      const n2 = tokens[i + 2]
      const orgFollows =
        (n && isUpper(n.text[0])) ||
        (n && articles.has(n.text.toLowerCase()) && n2 && isUpper(n2.text[0]))
      if (!orgFollows) return trimCommas(tokens.slice(0, i))
    }
  }
  return trimCommas(tokens)
}

/** Tokens without trailing commas. */
export function trimCommas(tokens: Token[]): Token[] {
  let e = tokens.length
  while (e > 0 && tokens[e - 1]?.kind === 'comma') e--
  return tokens.slice(0, e)
}

/** Splits tokens at top-level commas. */
export function segments(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]]
  for (const t of tokens) {
    if (t.kind === 'comma') out.push([])
    else out[out.length - 1]?.push(t)
  }
  return out.filter((s) => s.length > 0)
}
