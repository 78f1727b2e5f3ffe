/**
 * Reading a speaker phrase — the words of an attribution around its reporting verb — into name,
 * title and organization. Shapes: "NAME, TITLE of ORG", "TITLE NAME", "NAME, TITLE, ORG",
 * "NAME (ORG)", "NAME of ORG", "ORG's TITLE NAME", "NAME, the TITLE at ORG", "NAME, de ORG",
 * "la TITLE de ORG, NAME", plus pronouns and bare titles that refer to an earlier speaker.
 * A title that ends in "of" / "de" with nothing after it leaves the organization null and sets
 * `dangling`: the defect is reported, never repaired.
 */
import {
  articles,
  isDepartmentWord,
  isHonorific,
  isNameParticle,
  isNotNameStart,
  isPronoun,
  isTitleWord,
  orgPrepositions,
  partyTagRe,
} from './name-words.js'
import { placeLength } from './places.js'
import { isUpper, type Word, wordAt } from './text-scan.js'

/** A speaker phrase as read. Offsets are into the source text. */
export interface SpeakerPhrase {
  name: string | null
  title: string | null
  organization: string | null
  /** Set when the phrase only points at an earlier speaker: a pronoun or a bare title. */
  reference: 'pronoun' | 'title' | null
  /** The title ends in a preposition with no organization after it ("executive director of"). */
  dangling: boolean
  start: number
  /** Where the phrase ends once trailing adverbials ("in a statement", "who…") are cut off. */
  end: number
}

interface Token extends Word {
  kind: 'word' | 'comma' | 'paren'
}

const stopWords = new Set(
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

function tokenize(text: string, start: number, end: number): Token[] {
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
function isNameWord(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false
  return isUpper(t.text[0]) && !isTitleWord(t.text) && !isHonorific(t.text)
}

function isPossessive(t: Token): boolean {
  return /['’]s$/.test(t.text) && isUpper(t.text[0])
}

/** The run of name words starting at `i` (particles allowed inside): [from, to). */
function nameRun(tokens: Token[], i: number): [number, number] {
  let j = i
  while (j < tokens.length) {
    const t = tokens[j]
    if (isNameWord(t) && !(t && isPossessive(t))) {
      j++
      continue
    }
    // Particles only between name words ("María de la Cruz").
    let k = j
    while (k < tokens.length && tokens[k]?.kind === 'word' && isNameParticle(tokens[k]?.text ?? ''))
      k++
    if (k > j && k > i && isNameWord(tokens[k])) {
      j = k
      continue
    }
    break
  }
  return [i, j]
}

function slice(text: string, tokens: Token[], from: number, to: number): string | null {
  const a = tokens[from]
  const b = tokens[to - 1]
  if (!a || !b || to <= from) return null
  return text.slice(a.start, b.end)
}

function cleanOrg(org: string | null): string | null {
  if (org === null) return null
  let o = org.trim().replace(/^["“'‘«]+|["”'’»,.;:]+$/g, '')
  o = o.replace(/^(the|la|el|los|las)\s+/, '')
  return o === '' ? null : o
}

/** Title and organization from one clause ("executive director of Alianza Americas"). */
function readClause(
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
    const title = p > 0 ? slice(text, words, 0, p) : null
    if (q >= words.length) return { title, org: null, dangling: true }
    const next = words[q]
    if (!next || !(isUpper(next.text[0]) || /^\d/.test(next.text))) continue
    // Skip department phrases ("Director of Communications at CASA").
    let r = q
    while (r < words.length && !orgPrepositions.has(words[r]?.text.toLowerCase() ?? '')) r++
    const span = words.slice(q, r).filter((t) => t.kind === 'word')
    if (r < words.length && span.every((t) => isDepartmentWord(t.text))) continue
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
  const allTitle =
    indefinite ||
    (head !== undefined && (isTitleWord(head.text) || !isUpper(head.text[0]))) ||
    words.every((t) => t.kind !== 'word' || isTitleWord(t.text) || !isUpper(t.text[0]))
  const whole = slice(text, words, 0, words.length)
  return allTitle
    ? { title: whole, org: null, dangling: false }
    : { title: null, org: whole, dangling: false }
}

/** Cuts adverbials and relative clauses off the end of the phrase. */
function cutTokens(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t?.kind !== 'word') continue
    const lower = t.text.toLowerCase()
    if (stopWords.has(lower) && i > 0) return trimCommas(tokens.slice(0, i))
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

function trimCommas(tokens: Token[]): Token[] {
  let e = tokens.length
  while (e > 0 && tokens[e - 1]?.kind === 'comma') e--
  return tokens.slice(0, e)
}

/** Splits tokens at top-level commas. */
function segments(tokens: Token[]): Token[][] {
  const out: Token[][] = [[]]
  for (const t of tokens) {
    if (t.kind === 'comma') out.push([])
    else out[out.length - 1]?.push(t)
  }
  return out.filter((s) => s.length > 0)
}

interface NameHit {
  seg: number
  from: number
  to: number
}

/** Finds the personal name in the first segment, or at the head of the second ("la directora
 * ejecutiva de CASA, María Pérez"). */
function findName(segs: Token[][]): NameHit | null {
  const seg0 = segs[0] ?? []
  const seg1Name = fullName(segs[1])
  const lead = seg0[0]
  if (
    seg1Name &&
    lead?.kind === 'word' &&
    (articles.has(lead.text.toLowerCase()) ||
      isTitleWord(lead.text) ||
      !isUpper(lead.text[0]) ||
      /^\d/.test(lead.text))
  ) {
    // "El director de X, NAME, …" / "the organization's president, NAME".
    return { seg: 1, from: 0, to: seg1Name }
  }
  for (let i = 0; i < seg0.length; i++) {
    const t = seg0[i]
    const before = seg0[i - 1]
    if (
      before?.kind === 'word' &&
      (orgPrepositions.has(before.text.toLowerCase()) || before.text === 'por')
    ) {
      // "alcalde de Los Ángeles Eric Garcetti": skip a place after a preposition.
      const place = placeLength(seg0.slice(i).map((w) => w.text))
      if (place > 0 && isNameWord(seg0[i + place])) {
        i += place - 1
        continue
      }
    }
    if (!t || !isNameWord(t) || isNotNameStart(t.text)) continue
    let [from, to] = nameRun(seg0, i)
    if (to === from) continue
    const prev = seg0[from - 1]
    const after = seg0[to]
    // "CASA's director NAME", "ORG TITLE NAME": an owner or a place, not the name.
    if (
      after &&
      (isPossessive(after) ||
        (after.kind === 'word' && isTitleWord(after.text) && nameAfterTitle(seg0, to)))
    ) {
      i = to - 1
      continue
    }
    // "representante de la OEA", "president of the NAACP": an owner after "de la" / "of the".
    const prev2 = seg0[from - 2]
    if (
      prev?.kind === 'word' &&
      articles.has(prev.text.toLowerCase()) &&
      prev2?.kind === 'word' &&
      orgPrepositions.has(prev2.text.toLowerCase()) &&
      seg0.slice(0, from - 2).some((w) => isTitleWord(w.text))
    ) {
      i = to - 1
      continue
    }
    if (
      prev &&
      prev.kind === 'word' &&
      (orgPrepositions.has(prev.text.toLowerCase()) || prev.text === 'por')
    ) {
      // "senadora por Nevada Catherine Cortez Masto": a place, then the name.
      const place = placeLength(seg0.slice(from, to).map((w) => w.text))
      if (place > 0 && to - from - place >= 1) from += place
      else if (seg0.slice(0, from).some((w) => isTitleWord(w.text))) {
        i = to - 1
        continue
      }
    }
    return { seg: 0, from, to }
  }
  const seg1 = segs[1] ?? []
  let h = 0
  while (h < seg1.length && isHonorific(seg1[h]?.text ?? '')) h++
  const head = seg1[h]
  if (head && isNameWord(head) && !isNotNameStart(head.text)) {
    const [from, to] = nameRun(seg1, h)
    if (to > from && !(seg1[to] && isTitleWord(seg1[to]?.text ?? '')))
      return { seg: 1, from: 0, to }
  }
  return null
}

/** Whether a name follows the title words that start at `i` ("CASA Executive Director NAME"). */
function nameAfterTitle(seg: Token[], i: number): boolean {
  let j = i
  while (
    j < seg.length &&
    seg[j]?.kind === 'word' &&
    (isTitleWord(seg[j]?.text ?? '') || isHonorific(seg[j]?.text ?? ''))
  )
    j++
  return isNameWord(seg[j]) && !isNotNameStart(seg[j]?.text ?? '')
}

/** When a segment is a name and nothing else (honorifics allowed), the name run's end. */
function fullName(seg: Token[] | undefined): number | null {
  if (!seg || seg.length === 0) return null
  let h = 0
  while (h < seg.length && isHonorific(seg[h]?.text ?? '')) h++
  const head = seg[h]
  if (!head || !isNameWord(head) || isNotNameStart(head.text)) return null
  const [from, to] = nameRun(seg, h)
  if (to <= from) return null
  const rest = seg.slice(to)
  return rest.every((t) => t.kind === 'paren') ? to : null
}

/** First words of organization names that can speak ("Union", "Coalición", "Comité"). */
const orgHeadRe =
  /^(union|unión|coalition|coalición|network|red|federation|federación|council|concejo|consejo|committee|comité|department|departamento|ministry|ministerio|office|oficina|embassy|embajada|government|gobierno|alliance|alianza|association|asociación|center|centro|institute|instituto|foundation|fundación|league|liga|campaign|campaña|movement|movimiento)$/i

const emptyPhrase: SpeakerPhrase = {
  name: null,
  title: null,
  organization: null,
  reference: null,
  dangling: false,
  start: 0,
  end: 0,
}

/** Reads the speaker phrase `text[start, end)`. */
export function parseSpeakerPhrase(text: string, start: number, end: number): SpeakerPhrase {
  let tokens = tokenize(text, start, end)
  // Leading "also", weekdays and the like belong to the verb, not the speaker.
  while (
    tokens[0]?.kind === 'word' &&
    /^(also|también|then|luego|today|hoy|monday|tuesday|wednesday|thursday|friday)$/i.test(
      tokens[0].text,
    )
  )
    tokens = tokens.slice(1)
  while (tokens[0]?.kind === 'comma') tokens = tokens.slice(1)
  tokens = cutTokens(tokens)
  const phraseStart = tokens[0]?.start ?? start
  const phraseEnd = tokens[tokens.length - 1]?.end ?? phraseStart
  const base = (over: Partial<SpeakerPhrase>): SpeakerPhrase => ({
    name: over.name ?? null,
    title: over.title ?? null,
    organization: over.organization ?? null,
    reference: over.reference ?? null,
    dangling: over.dangling ?? false,
    start: phraseStart,
    end: over.end ?? phraseEnd,
  })
  if (tokens.length === 0) return base({ reference: 'pronoun' })
  const first = tokens[0]
  if (first && first.kind === 'word' && isPronoun(first.text) && tokens.length <= 2)
    return base({ reference: 'pronoun', end: first.end })
  // A speaker phrase opens with a name, a title, an article or an honorific: "says that 5,000
  // children…" has no speaker.
  if (
    first?.kind === 'word' &&
    !isUpper(first.text[0]) &&
    !articles.has(first.text.toLowerCase()) &&
    !isTitleWord(first.text) &&
    !isHonorific(first.text) &&
    !orgPrepositions.has(first.text.toLowerCase()) &&
    !/^\d/.test(first.text)
  )
    return { ...emptyPhrase, start, end: start }

  const segs = segments(tokens)
  const hit = findName(segs)
  if (!hit) {
    // A bare title ("the senator", "la directora ejecutiva de CASA", "The Secretary-General").
    const seg = segs[0] ?? []
    const clause = readClause(text, seg)
    const phrase = slice(text, seg, 0, seg.length)
    return base({
      reference: 'title',
      title: clause.title ?? phrase,
      organization: cleanOrg(clause.org && clause.title ? clause.org : null),
      dangling: clause.dangling,
      end: seg[seg.length - 1]?.end ?? phraseEnd,
    })
  }
  const seg = segs[hit.seg] ?? []
  let nameFrom = hit.from
  while (nameFrom < hit.to && isHonorific(seg[nameFrom]?.text ?? '')) nameFrom++
  const name = slice(text, seg, nameFrom, hit.to)
  let title: string | null = null
  let org: string | null = null
  let dangling = false
  let lastEnd = seg[hit.to - 1]?.end ?? phraseEnd

  // Words before the name: "U.S. Senator", "CASA's executive director", "la senadora por Nevada".
  const pre = hit.seg === 0 ? seg.slice(0, hit.from) : (segs[0] ?? [])
  if (pre.length > 0) {
    let p0 = 0
    const owner = pre.findIndex((t) => isPossessive(t))
    if (owner >= 0) {
      org = text.slice(pre[0]?.start ?? 0, (pre[owner]?.end ?? 0) - 2)
      p0 = owner + 1
    }
    const rest = pre.slice(p0)
    const clause = readClause(text, rest)
    if (hit.seg === 1) {
      title = clause.title
      org = org ?? clause.org
      dangling = clause.dangling
    } else {
      let a = 0
      while (a < rest.length && articles.has(rest[a]?.text.toLowerCase() ?? '')) a++
      // "Alianza Americas executive director Oscar Chacon": capitalised owner then lower title.
      let b = a
      const ownerWord = (t: Token | undefined) =>
        (isNameWord(t) || /^\d+\p{Lu}/u.test(t?.text ?? '')) && !isNotNameStart(t?.text ?? '')
      while (b < rest.length && ownerWord(rest[b])) b++
      if (b > a && b < rest.length && placeLength(rest.slice(a, b).map((t) => t.text)) !== b - a) {
        // "DNC Hispanic Media Director": an acronym owns the rest of the title ("32BJ SEIU"
        // stays whole: every word of it is an acronym).
        const acronymRe = /^[\p{Lu}\d]{2,}$/u
        const split =
          acronymRe.test(rest[a]?.text ?? '') &&
          b - a > 1 &&
          !rest.slice(a + 1, b).some((t) => acronymRe.test(t.text))
        const acronym = split ? a + 1 : b
        org = org ?? slice(text, rest, a, acronym)
        a = acronym
      }
      title = slice(text, rest, a, rest.length)
    }
  }
  // Words after the name in its segment: "of ORG", "(ORG)".
  for (let i = hit.to; i < seg.length; i++) {
    const t = seg[i]
    if (!t) break
    if (t.kind === 'paren') {
      const inner = t.text.replace(/^[([]\s*|\s*[)\]]$/g, '')
      if (!partyTagRe.test(t.text) && org === null && /^\p{Lu}/u.test(inner)) org = inner
      lastEnd = t.end
      continue
    }
    if (orgPrepositions.has(t.text.toLowerCase()) || t.text.toLowerCase() === 'from') {
      const of: Token = { kind: 'word', text: 'of', start: t.start, end: t.end }
      const clause = readClause(text, [of, ...seg.slice(i + 1)])
      if (clause.org && org === null) org = clause.org
      if (clause.dangling) dangling = true
      lastEnd = seg[seg.length - 1]?.end ?? lastEnd
    } else if (t.kind === 'word' && isTitleWord(t.text) && title === null) {
      // "Hector Figueroa President of 32BJ SEIU" (the comma is missing).
      const clause = readClause(text, seg.slice(i))
      title = clause.title
      if (clause.org && org === null) org = clause.org
      if (clause.dangling) dangling = true
      lastEnd = seg[seg.length - 1]?.end ?? lastEnd
    }
    break
  }
  // Following segments: ", executive director of ORG", ", the TITLE at ORG", ", ORG", ", de ORG".
  for (let s = hit.seg + 1; s < segs.length; s++) {
    const sg = segs[s] ?? []
    const head = sg[0]
    if (!head) continue
    const headLower = head.text.toLowerCase()
    const startsLower = head.kind === 'word' && !isUpper(head.text[0])
    if (
      startsLower &&
      !isTitleWord(head.text) &&
      !articles.has(headLower) &&
      !orgPrepositions.has(headLower) &&
      !/^(co|vice|sub|ex)[-\p{L}]/u.test(headLower)
    )
      break
    const clause = readClause(text, sg)
    if (clause.title === null && clause.org === null && !clause.dangling) break
    // "Senior Associate for Mexico, Migrant Rights and Border Issues": the list goes on.
    const words = sg.map((t) => t.text).join(' ')
    if (
      title !== null &&
      org === null &&
      /\s(for|para|on|sobre)\s/.test(title) &&
      /\s(and|y)\s/.test(words)
    ) {
      lastEnd = sg[sg.length - 1]?.end ?? lastEnd
      break
    }
    if (clause.title !== null && title !== null && org !== null) break
    const honorificOnly = title?.split(/\s+/).every((w) => isHonorific(w))
    if (clause.title !== null && (title === null || honorificOnly)) title = clause.title
    else if (clause.title !== null && org === null && clause.org === null) {
      // "NAME, TITLE, ORG" where ORG reads like a title: keep the first title.
      break
    }
    if (clause.org !== null && org === null) org = clause.org
    if (clause.dangling) dangling = true
    lastEnd = sg[sg.length - 1]?.end ?? lastEnd
    if (org !== null || dangling) break
  }
  if (title) title = title.replace(/^(the|la|el)\s+/i, '').replace(/[,;:]$/, '') || null
  // An organization speaking ("la Unión de Campesinos (UFW) emitió…"): its acronym is part of
  // its name, not an employer.
  const after = seg[hit.to]
  if (
    name &&
    orgHeadRe.test(name.split(/\s+/)[0] ?? '') &&
    after?.kind === 'paren' &&
    org !== null &&
    org === after.text.slice(1, -1).trim()
  ) {
    return base({ name: `${name} ${after.text}`, end: after.end })
  }
  return base({
    name,
    title: title && title.trim() !== '' ? title.trim() : null,
    organization: cleanOrg(org),
    dangling: dangling && org === null,
    end: Math.max(lastEnd, seg[hit.to - 1]?.end ?? lastEnd),
  })
}

/**
 * Reads the subject of a sentence that ends at `end` ("In response to …, the UFW issued …",
 * "Oscar Chacón, executive director of Alianza Americas, has issued …"): the shortest run of
 * trailing comma-separated parts that names a speaker, widened over a title-first part.
 */
export function parseSubject(text: string, start: number, end: number): SpeakerPhrase {
  const commas: number[] = []
  let depth = 0
  for (let i = start; i < end; i++) {
    const ch = text[i]
    if (ch === '(') depth++
    else if (ch === ')') depth = Math.max(0, depth - 1)
    else if (ch === ',' && depth === 0) commas.push(i)
  }
  const starts = [start, ...commas.map((c) => c + 1)]
  let fallback: SpeakerPhrase | null = null
  for (let k = starts.length - 1; k >= 0; k--) {
    const s = starts[k] ?? start
    if (text.slice(s, end).trim() === '') continue
    const phrase = parseSpeakerPhrase(text, s, end)
    if (text.slice(phrase.end, end).replace(/[\s,]/g, '') !== '') continue
    // The subject opens its part ("the UFW", "Medina"); a name deep inside a part ("a mother
    // of three from Cicero") is not the subject.
    const at = phrase.name === null ? -1 : text.indexOf(phrase.name, s)
    if (at >= 0 && text.slice(s, at).trim().split(/\s+/).filter(Boolean).length > 3) continue
    if (phrase.name !== null) {
      // Widen over a title-first part before it: "El director de X, NAME,".
      const prev = starts[k - 1]
      const prevHead = prev === undefined ? '' : (/\S+/.exec(text.slice(prev, end))?.[0] ?? '')
      if (
        prev !== undefined &&
        (articles.has(prevHead.toLowerCase()) ||
          isTitleWord(prevHead) ||
          !/^\p{Lu}/u.test(prevHead))
      ) {
        const wider = parseSpeakerPhrase(text, prev, end)
        if (wider.name === phrase.name && (wider.title !== null || wider.organization !== null))
          return wider
      }
      return phrase
    }
    fallback = fallback ?? phrase
  }
  return fallback ?? parseSpeakerPhrase(text, start, end)
}
