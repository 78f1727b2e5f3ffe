/**
 * Missing-name shapes: a paragraph or sentence whose subject — usually an organization's name —
 * is missing or still a placeholder: "### is the nation's largest…" (an end mark glued to a
 * boilerplate whose name was lost), "es el grupo…", a boilerplate that starts with a verb, and
 * the placeholders writers leave for a name ("[ORG]", "XXX", "TK", "NAME", "{{org}}").
 */
import type { TextSpan } from './attribution-shapes.js'

/** How the name is missing. */
export type MissingNameKind = 'placeholder' | 'end-mark' | 'verb-start' | 'lowercase-start'

/** A place where a name is missing. */
export interface MissingName extends TextSpan {
  kind: MissingNameKind
}

/** Verbs that follow an organization's name at the start of a boilerplate. */
const subjectVerbs: Record<string, ReadonlySet<string>> = {
  en: new Set(
    'is are was were has have serves serve works work represents represent advocates advocate fights fight organizes organize builds build leads lead unites unite empowers empower brings bring provides provide exists promotes promote defends defend mobilizes mobilize'.split(
      ' ',
    ),
  ),
  es: new Set(
    'es son fue fueron ha han trabaja trabajan representa representan promueve promueven lucha luchan está están cuenta cuentan une unen organiza organizan defiende defienden agrupa reúne moviliza movilizan impulsa impulsan brinda ofrece'.split(
      ' ',
    ),
  ),
}

const PLACEHOLDERS: readonly RegExp[] = [
  // Bracketed placeholders: [ORG], [NAME], [Organization name], [INSERT QUOTE], [NOMBRE].
  /\[(?:org|organi[sz]ation(?: name)?|name|nombre|organizaci[oó]n|nombre de la organizaci[oó]n|insert[^\]\n]{0,40}|insertar[^\]\n]{0,40}|inserte[^\]\n]{0,40}|tbd|tk|xx+|spokesperson|vocer[oa]|title|cargo|city|ciudad|date|fecha)\]/giu,
  /\{\{[^}\n]{1,40}\}\}/gu,
  /<(?:NAME|ORG|ORGANIZATION|NOMBRE)>/gu,
  /(?<![\p{L}\p{N}])XXX+(?![\p{L}\p{N}])/gu,
  /(?<![\p{L}\p{N}])(?:TK)+(?![\p{L}\p{N}])/gu,
]

/** "NAME is …", "NOMBRE es …": an all-caps placeholder word followed by running text. */
const NAME_WORD =
  /(?<![\p{L}\p{N}])(?:NAME|NOMBRE|ORG|ORGANIZATION|ORGANIZACIÓN)(?=[\s\u00a0]+\p{Ll})/gu

/** An end mark glued to the start of running text ("### is the nation's…"). */
const GLUED_END_MARK = /^(?:#[ \t\u00a0]*#[ \t\u00a0]*#+|-30-|-###-)[ \t\u00a0]+(?=\S)/u

/**
 * Finds placeholders left for a name anywhere in `text` (`base` is the absolute offset of
 * `text[0]`). TK only counts between lower-case words, where it cannot be an acronym in a title.
 * With `chrome` (page furniture), template debris in double braces is not reported.
 */
export function findPlaceholders(text: string, base: number, chrome = false): MissingName[] {
  const out: MissingName[] = []
  for (const re of PLACEHOLDERS) {
    // Page chrome keeps template debris ("{{ item.title }}") that is no placeholder for a name.
    if (chrome && re.source.startsWith('\\{\\{')) continue
    for (const m of text.matchAll(re)) {
      if (m[0].startsWith('TK') && !betweenRunningText(text, m.index, m.index + m[0].length))
        continue
      out.push(span(text, base, m.index, m.index + m[0].length, 'placeholder'))
    }
  }
  for (const m of text.matchAll(NAME_WORD))
    out.push(span(text, base, m.index, m.index + m[0].length, 'placeholder'))
  return out.sort((a, b) => a.start - b.start)
}

/**
 * Finds a missing subject at the start of a paragraph: an end mark glued to running text, a
 * paragraph that opens with a subject verb ("is the nation's largest…", "es el grupo…"), or —
 * when `nameExpected` (a boilerplate) — any paragraph that opens with a lower-case word.
 */
export function findMissingLeadName(
  text: string,
  base: number,
  lang: string,
  nameExpected = false,
): MissingName | null {
  const lead = text.length - text.trimStart().length
  let at = lead
  let kind: MissingNameKind = 'verb-start'
  const glued = GLUED_END_MARK.exec(text.slice(lead))
  if (glued) {
    at = lead + glued[0].length
    kind = 'end-mark'
  }
  const first = /^[\p{L}\p{M}’']+/u.exec(text.slice(at))
  const word = first?.[0] ?? ''
  if (/^[’']s$/.test(word)) return span(text, base, lead, at + word.length, kind)
  if (!/^\p{Ll}/u.test(word)) {
    // "### Presente is…": an end mark glued to a named boilerplate is a layout slip, not a missing name.
    return null
  }
  const verbs = subjectVerbs[lang]
  const isVerb = verbs?.has(word) ?? false
  if (kind === 'end-mark' || isVerb) return span(text, base, lead, at + word.length, kind)
  if (nameExpected) return span(text, base, lead, at + word.length, 'lowercase-start')
  return null
}

/** Whether a span sits between lower-case running words ("the TK coalition"). */
function betweenRunningText(text: string, start: number, end: number): boolean {
  const before = /(\p{L}+)[\s\u00a0]+$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1]
  const after = /^[\s\u00a0]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1]
  const lower = (w: string | undefined) => w !== undefined && /^\p{Ll}/u.test(w)
  return lower(before) || lower(after)
}

function span(
  text: string,
  base: number,
  start: number,
  end: number,
  kind: MissingNameKind,
): MissingName {
  return { start: base + start, end: base + end, text: text.slice(start, end), kind }
}
