/**
 * Recognising the parts of a boilerplate: an "About X" / "Acerca de X" / "Sobre X" heading, and a
 * paragraph that describes an organization ("X is a network of…", "X es una red…", "X, founded in
 * 1990, is…", "Founded in 1990, X is…"). The organization is read from the heading or from the
 * paragraph's subject; a missing subject ("### is the nation's largest…", "es el grupo…"), or a
 * placeholder ("[ORG]", "XXX", "TK"), gives `organization: null`.
 */
import { findDates } from '../dates.js'
import { isPlaceholder } from './name-words.js'
import { acronymGlossRe } from './phrase-tokens.js'
import { isSpace, sentenceEnd } from './text-scan.js'

/** An "About X" heading, with the description that follows it on the same line, if any. */
export interface AboutHeading {
  organization: string | null
  /** Offset where a description on the same line starts, or null when the heading stands alone. */
  inlineStart: number | null
}

/** An organization description and the organization it names. */
export interface OrgDescription {
  organization: string | null
  /** Offset where the description starts (after a glued end mark, if any). */
  start: number
}

const endMarkRe = /^(?:#\s*){3,}|^-\s*30\s*-|^(?:FIN|END|ENDS)\b(?=\s*$)/

/** Length of an end mark glued at the start of `s` ("### is the…"), or 0. */
export function leadingEndMark(s: string): number {
  const m = endMarkRe.exec(s)
  return m ? m[0].length : 0
}

/** Whether `s` is nothing but an end mark ("###", "# # #", "-30-", "FIN"). */
export function isEndMark(s: string): boolean {
  return /^\s*(?:(?:#\s*){3,}|-\s*30\s*-|FIN|END|ENDS)\s*$/.test(s)
}

function cleanOrg(s: string): string | null {
  let o = s
    .replace(acronymGlossRe, '')
    .replace(/\s*\((?:https?:\/\/|www\.)[^)]*\)/g, '')
    .trim()
    .replace(/^[*_#\s]+|[*_\s:.,]+$/g, '')
    .replace(/^(the|la|el|los|las)\s+/i, '')
  // A trailing acronym in brackets is a second name for the same organization.
  o = o.replace(/\s*\((?:\p{Lu}[\p{L}\d.&-]*)\)$/u, '').trim()
  return isPlaceholder(o) ? null : o
}

/** Reads an "About X" heading from a block's text; null when the block is not one. */
export function aboutHeading(block: string): AboutHeading | null {
  const s = block.replace(/^[\s#*_>]+/, '')
  const offset = block.length - block.replace(/^[\s#*_>]+/, '').length
  const m = /^(about|acerca\s+de(?:l)?|sobre)\s+/iu.exec(s)
  if (!m) return null
  const rest = s.slice(m[0].length)
  const line = rest.split('\n')[0] ?? ''
  const colon = line.search(/:\s*\S/)
  const name = colon >= 0 ? line.slice(0, colon) : line
  const words = name.trim().split(/\s+/)
  if (words.length > 12 || /[.!?]\s*\S/.test(name.replace(/\b\p{L}\./gu, ''))) return null
  // "Sobre la decisión…" is a sentence, not a heading: the organization is capitalised.
  const head = name.replace(/^[\s*_]*(?:the|la|el|los|las)\s+/i, '').trim()
  if (!/^[\p{Lu}\d[#<]/u.test(head) && !isPlaceholder(head)) return null
  if (colon < 0 && rest.includes('\n') && rest.slice(line.length).trim() !== '') {
    return { organization: cleanOrg(name), inlineStart: offset + m[0].length + line.length + 1 }
  }
  if (colon >= 0) {
    let i = offset + m[0].length + colon + 1
    while (isSpace(block[i])) i++
    return { organization: cleanOrg(name), inlineStart: i }
  }
  return { organization: cleanOrg(name), inlineStart: null }
}

const verbsEn =
  'is|are|was|has been|have been|works|serves|represents|exists|builds|organizes|fights|advocates|leads|unites|brings|empowers|promotes|advances|provides|mobilizes|supports|defends|champions|protects|seeks|strives|aims'
const verbsEs =
  'es|son|fue|ha sido|han sido|trabaja|trabajan|representa|representan|lucha|luchan|promueve|promueven|defiende|defienden|agrupa|reúne|une|busca|buscan|está|nació|se fundó|existe|impulsa|organiza|moviliza|aboga|brinda|ofrece|apoya|empodera'
const verbRe = new RegExp(`(?:^|\\s)(?:${verbsEn}|${verbsEs})(?=\\s)`, 'u')
const foundedRe =
  /^(?:(?:founded|established|created|formed|launched|since|fundad[ao]|establecid[ao]|cread[ao]|desde)\s+(?:in\s+|en\s+)?(?:\d{4}|the\s+\d{4}s)|(?:for|por|durante)\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+|m[aá]s\s+de\s+|casi\s+)?(?:\d+|two|three|four|five|dos|tres|cuatro|cinco)\s+(?:years|decades|a[ñn]os|d[ée]cadas))[^,]{0,40},\s*/iu
/** "The mission of X is…", "La misión de la Red… es…": the organization follows. */
const missionRe = /^(?:the\s+)?mission\s+of\s+|^la\s+misi[oó]n\s+de(?:l|\s+la|\s+las|\s+los)?\s+/iu
const appositiveRe =
  /,\s*(?:founded|established|created|formed|launched|fundad[ao]|establecid[ao]|cread[ao])\s[^,]{1,60},\s*$/iu
const orgNouns =
  /\b(?:red|redes|arm|brazo|voz|voice|(?:organi[sz]ation|organizaci[oó]n|network|coalition|coalici[oó]n|group|grupo|alliance|alianza|union|sindicato|nonprofit|non-profit|association|asociaci[oó]n|federation|federaci[oó]n|movement|movimiento|collective|colectivo|center|centre|centro|institut|foundation|fundaci[oó]n|campaign|campa[nñ]a|agenc|office|oficina|council|consejo|communit|comunidad|advoca|defensor|largest|leading|l[ií]der|founded|fundad|member|miembro|nation|naci[oó]n)\p{L}*)\b|m[aá]s grande/iu

/** The first lower-case word after a name that opens `sentence` (its verb), as a match. */
function foundedVerb(sentence: string): RegExpExecArray | null {
  const re = /\s(?!(?:de|del|la|las|los|el|y|e|of|the|for|and|on|in|en|para|por)\s)\p{Ll}+(?=\s)/gu
  const m = re.exec(sentence)
  return m && /^(?:(?:the|la|el|los|las)\s+)?[\p{Lu}\d]/u.test(sentence) ? m : null
}

/** Lower-case words that can stand inside an organization's name. */
const connectors = new Set(
  'de del la las los el y e of the for and on in en para por a an at to with sin con sobre'.split(
    ' ',
  ),
)

/** Words that make a subject a pronoun or a common noun phrase rather than a name. */
const pronounish = new Set(
  'it this that these we they he she our their its esta este estos nosotros ellos ella él nuestra nuestro su sus la el the'.split(
    ' ',
  ),
)

/** Whether a subject is a pronoun or a common noun phrase ("It", "The group", "La red") rather
 * than a name. */
function notSubject(subject: string): boolean {
  const [first = '', second = ''] = subject.split(/\s+/)
  if (!pronounish.has(first.toLowerCase())) return false
  return second === '' || /^\p{Ll}/u.test(second)
}

/**
 * Reads an organization description from `text[start, end)`: null when the paragraph is not one.
 * With `strict`, the first sentence must also name what the organization is (a network, a
 * coalition, "the nation's largest…") or when it was founded.
 */
export function orgDescription(
  text: string,
  start: number,
  end: number,
  strict: boolean,
): OrgDescription | null {
  let s = start
  while (s < end && isSpace(text[s])) s++
  const mark = leadingEndMark(text.slice(s, end))
  if (mark > 0) {
    s += mark
    while (s < end && isSpace(text[s])) s++
  }
  const sentEnd = sentenceEnd(text, s, end)
  let sentence = text.slice(s, Math.min(sentEnd + 1, end))
  if (sentence.length < 15) return null
  const founded = foundedRe.exec(sentence)
  if (founded) sentence = sentence.slice(founded[0].length)
  // "Founded in 1990, the Colorado Housing Network has helped…": after the founding phrase, the
  // name runs up to its first lower-case word, whatever the verb.
  // "Harvest Rights Network: a coalition of…": a colon stands for the verb.
  const colonForm = /^[^:\n]{2,80}(?=:\s+(?:a|an|the|un|una|el|la)\s)/u.exec(sentence)
  const m =
    verbRe.exec(sentence) ??
    (founded ? foundedVerb(sentence) : null) ??
    (colonForm ? ({ index: colonForm[0].length, 0: ':' } as unknown as RegExpExecArray) : null)
  if (!m || m.index > 140) return null
  // "X is ignoring…", "X está trabajando…": an action of the day, not what X is.
  const rest = sentence.slice(m.index + m[0].length)
  // "X is a/an/the…", "X es una/el…": what X is; "X is alarmed", "X is proud to…" are not.
  const mission = missionRe.test(sentence)
  if (
    !mission &&
    /^\s*(is|are|was|es|son|está)$/u.test(m[0]) &&
    !/^\s+(a|an|the|one|among|un|una|el|la|los|las|uno|entre|\p{Lu}\S*)\s/u.test(rest)
  )
    return null
  let subject = sentence.slice(0, m.index).replace(missionRe, '')
  subject = subject.replace(acronymGlossRe, '').replace(appositiveRe, '').replace(/,\s*$/, '')
  // "With more than 163,000 members, 32BJ SEIU is…": the name follows the opening phrase.
  if (/^(with|con|as|como|since|desde|for|por|para)\s/i.test(subject)) {
    const comma = subject.lastIndexOf(',')
    if (comma < 0) return null
    subject = subject.slice(comma + 1)
  }
  if (strict && !orgNouns.test(sentence) && !founded && !mission) return null
  if (subject.trim() === '' || isPlaceholder(subject)) {
    // The organization's name is missing: the paragraph starts with its verb.
    if (subject.trim() === '' && mark === 0 && !/^\s*(?:is|are|es|son|was|fue)\s/iu.test(sentence))
      return null
    return { organization: null, start: s }
  }
  subject = subject.trim().replace(/^(?:la|el|los|las|the)\s+(?=[\p{Lu}\d])/u, '')
  const words = subject.split(/\s+/)
  if (words.length > 14 || notSubject(subject.trim())) return null
  if (!/^[\p{Lu}\d[<¡¿"“]/u.test(subject.trim())) return null
  // A subject that holds a verb or a clause is a sentence of the release, not a name; one that
  // holds a date or a dash is a dateline ("Denver, CO, March 3, 2026 -- Housing advocates…").
  if (/\s(?:--|[–—―])\s/.test(subject) || findDates(subject).length > 0) return null
  if (/[;:!?]/.test(subject) || /\s(that|which|que|who|quien)\s/i.test(subject)) return null
  // "UnidosUS, previously known as NCLR, is…": the name is before the appositive.
  const comma = subject.indexOf(',')
  if (comma > 0 && /^,\s*\p{Ll}/u.test(subject.slice(comma))) subject = subject.slice(0, comma)
  // A name is written in title case ("Make the Road New York"); "Hispanic Federation también
  // apoya…" is a sentence about the organization, not its description.
  const bare = subject.replace(/\([^)]*\)/g, ' ')
  if (
    !bare
      .split(/\s+/)
      .every((w) => w === '' || /^[\p{Lu}\d&#[<"“'’.-]/u.test(w) || connectors.has(w))
  )
    return null
  return { organization: cleanOrg(subject), start: s }
}
