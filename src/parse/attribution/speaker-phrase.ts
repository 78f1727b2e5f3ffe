/**
 * Reading a speaker phrase — the words of an attribution around its reporting verb — into name,
 * title and organization. Shapes: "NAME, TITLE of ORG", "TITLE NAME", "NAME, TITLE, ORG",
 * "NAME (ORG)", "NAME of ORG", "ORG's TITLE NAME", "NAME, the TITLE at ORG", "NAME, de ORG",
 * "la TITLE de ORG, NAME", plus pronouns and bare titles that refer to an earlier speaker.
 * A title that ends in "of" / "de" with nothing after it leaves the organization null and sets
 * `dangling`: the defect is reported, never repaired.
 */

import { findName } from './find-name.js'
import {
  articles,
  isHonorific,
  isNotNameStart,
  isPronoun,
  isTitleWord,
  orgPrepositions,
  partyTagRe,
} from './name-words.js'
import {
  cleanOrg,
  cutTokens,
  isNameWord,
  isPossessive,
  orgHeadRe,
  readClause,
  segments,
  slice,
  type Token,
  tokenize,
} from './phrase-tokens.js'
import { placeLength } from './places.js'
import { isUpper } from './text-scan.js'

/** A speaker phrase as read. Offsets are into the source text. */
export interface SpeakerPhrase {
  name: string | null
  title: string | null
  organization: string | null
  /**
   * Set when the phrase does not name a person: a pronoun or a bare title (an earlier speaker),
   * or a document ("the letter", "la carta", "the court's ruling"), which has no speaker.
   */
  reference: 'pronoun' | 'title' | 'document' | null
  /** The title ends in a preposition with no organization after it ("executive director of"). */
  dangling: boolean
  start: number
  /** Where the phrase ends once trailing adverbials ("in a statement", "who…") are cut off. */
  end: number
}

/** Degrees and suffixes written after a name. */
const credentialRe =
  /^(?:M\.?D\.?|Ph\.?D\.?|Esq\.?|Jr\.?|Sr\.?|II|III|IV|R\.?N\.?|J\.?D\.?|MPH|MSW|LCSW|Ed\.?D\.?)$/

/** Prepositions that open an adverbial phrase before the subject of a sentence. */
const openingPrepositionRe =
  /^(?:en|tras|ante|durante|desde|con|sin|para|por|hacia|mediante|in|after|before|following|upon|during|amid|despite|with|without|at|on|since|regarding)$/i

/** Nouns for a text that is quoted: a letter, a statement, a ruling, a report. */
const documentNouns = new Set(
  `letter letters statement statements report petition resolution complaint lawsuit suit filing
  ruling decision order memo memorandum bill declaration brief document text proclamation
  editorial op-ed post tweet message notice study survey analysis opinion motion
  carta cartas comunicado declaración declaracion informe reporte petición peticion resolución
  resolucion demanda queja fallo sentencia decisión decision orden memorando documento texto
  misiva proclama mensaje publicación publicacion estudio encuesta análisis analisis moción`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Whether a phrase without a personal name is a document ("the letter", "the joint statement",
 * "la carta abierta", "the court's ruling"): its head noun, within its first four words.
 */
function isDocument(seg: Token[]): boolean {
  const words = seg.filter((t) => t.kind === 'word').slice(0, 4)
  const at = words.findIndex((t) => documentNouns.has(t.text.toLowerCase()))
  if (at < 0) return false
  // "the letter's author", "the report's lead writer": a person after all.
  return !words.slice(at + 1).some((t) => isTitleWord(t.text))
}

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
  // "dijo a la prensa Teresa Quintero", "said in a statement Jane Doe", "told reporters the
  // director": the audience or the medium before the speaker.
  if (
    tokens[0]?.kind === 'word' &&
    /^(?:a|al|to|in|en|ante|durante|during)$/.test(tokens[0].text)
  ) {
    const k = tokens.findIndex(
      (t, i) =>
        i > 0 &&
        i <= 6 &&
        t.kind === 'word' &&
        (isUpper(t.text[0]) ||
          (articles.has(t.text.toLowerCase()) && isTitleWord(tokens[i + 1]?.text ?? ''))),
    )
    if (k > 0 && tokens.slice(1, k).every((t) => t.kind === 'word' && !isUpper(t.text[0])))
      tokens = tokens.slice(k)
  }
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

  // "En respuesta a la pregunta…", "After the vote…", "Tras conocer…": an opening phrase, not a
  // speaker.
  if (first?.kind === 'word' && isUpper(first.text[0]) && openingPrepositionRe.test(first.text))
    return { ...emptyPhrase, start, end: start }
  // Credentials after a name ("Teresa Quon, MD,", "Ana Ruiz, Ph.D.") are neither name nor title.
  const segs = segments(tokens).filter(
    (sg, i) =>
      i === 0 ||
      !sg.every((t) => t.kind === 'word' && credentialRe.test(t.text)) ||
      sg.length === 0,
  )
  const hit = findName(segs)
  if (!hit) {
    const seg = segs[0] ?? []
    // A document speaks for nobody in particular: "the letter reads", "dice la carta".
    if (isDocument(seg))
      return base({ reference: 'document', end: seg[seg.length - 1]?.end ?? phraseEnd })
    // A bare title ("the senator", "la directora ejecutiva de CASA", "The Secretary-General").
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
      // "Housing Justice Colorado Executive Director": a capitalised owner may hold a title-like
      // word ("Justice"); the title is the run of title words that ends the phrase.
      let t = rest.length
      while (t > a && rest[t - 1]?.kind === 'word' && isTitleWord(rest[t - 1]?.text ?? '')) t--
      // "Bay Justice Director": after an owner word, "Justice" names the owner, not a judge.
      while (t > a && t < rest.length - 1 && /^justice$/i.test(rest[t]?.text ?? '')) t++
      if (t > b && rest.slice(a, t).every((w) => w.kind === 'word' && /^[\p{Lu}\d]/u.test(w.text)))
        b = t
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
    // "research director of ORG": a title word may follow a lower-case qualifier.
    const titleSoon = sg
      .slice(0, 3)
      .some((t) => t.kind === 'word' && isTitleWord(t.text) && !/^(?:of|de|del)$/i.test(t.text))
    if (
      startsLower &&
      !titleSoon &&
      !articles.has(headLower) &&
      !orgPrepositions.has(headLower) &&
      !/^(co|vice|sub|ex)[-\p{L}]/u.test(headLower)
    )
      break
    // ", Bay Justice’s executive director", ", the group’s director": the owner, then the title.
    const owner = sg.findIndex((t) => t.kind === 'word' && /['’]s$/.test(t.text))
    if (owner >= 0 && owner < 5 && owner < sg.length - 1 && title === null) {
      const rest = sg.slice(owner + 1)
      if (rest.some((t) => t.kind === 'word' && isTitleWord(t.text))) {
        title = slice(text, rest, 0, rest.length)
        const ownerText = text.slice(sg[0]?.start ?? 0, (sg[owner]?.end ?? 0) - 2)
        if (org === null && /^\p{Lu}/u.test(ownerText.replace(/^(?:the|la|el)\s+/i, '')))
          org = ownerText
        lastEnd = sg[sg.length - 1]?.end ?? lastEnd
        continue
      }
    }
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
  // "the city’s mayor", "the group’s director": a common noun's possessive owns nothing named.
  if (title)
    title =
      title
        .replace(/^(the|la|el)\s+/i, '')
        .replace(/^\p{Ll}[\p{L}-]*['’]s\s+/u, '')
        .replace(/[,;:]$/, '') || null
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
