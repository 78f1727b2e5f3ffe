/**
 * Numbers in English and Spanish text, normalised so that both versions' figures compare:
 * "1,500.75" = "1.500,75" = "1 500,75"; "500,000" = "500.000" = "500 000"; "2 billion" = "2 mil
 * millones" (while "2 billones" is 2×10¹²); "15 percent" = "15 por ciento" = "15 %";
 * "the 1980's" = "los 80" = "los años ochenta"; "3 p.m." = "3 p. m." = "15:00"; "two" = "dos".
 * A figure whose reading depends on the locale ("1,500" is 1500 in the US and 1.5 in Spain)
 * keeps every reading, so a comparison can match it against its counterpart.
 */
import { fold } from './fold.js'

/** What a number measures: a plain figure, a percentage, a decade, or a time of day. */
export type NumberKind = 'number' | 'percent' | 'decade' | 'time'

/** A number found in a text. */
export interface NumberMention {
  kind: NumberKind
  /** The text as written, with its scale word or unit ("2 mil millones", "15 percent"). */
  text: string
  start: number
  end: number
  /** The most likely value (a decade is its first year, a time is minutes after midnight). */
  value: number
  /** Every plausible value, `value` first. */
  readings: number[]
}

const smallNumbers: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  dozen: 12,
  dos: 2,
  tres: 3,
  cuatro: 4,
  cinco: 5,
  seis: 6,
  siete: 7,
  ocho: 8,
  nueve: 9,
  diez: 10,
  doce: 12,
  quince: 15,
  veinte: 20,
  treinta: 30,
  cuarenta: 40,
  cincuenta: 50,
  docena: 12,
}
const spanishOnly = new Set(['once'])
const decadeWords: Record<string, number> = {
  veinte: 1920,
  treinta: 1930,
  cuarenta: 1940,
  cincuenta: 1950,
  sesenta: 1960,
  setenta: 1970,
  ochenta: 1980,
  noventa: 1990,
  twenties: 1920,
  thirties: 1930,
  forties: 1940,
  fifties: 1950,
  sixties: 1960,
  seventies: 1970,
  eighties: 1980,
  nineties: 1990,
}

const decadeEn = /(?<![\p{L}\d])(?:the\s+)?['’]?((?:1[5-9]|20)?\d0)['’]?s(?![\p{L}\d])/giu
const decadeValue =
  '((?:1[5-9]|20)?\\d0|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)'
// "los años 80", "la década de 1980", "la década de los ochenta"
const decadeEs = new RegExp(
  `(?<![\\p{L}\\d])(?:los\\s+a[nñ]os|d[eé]cada\\s+de(?:\\s+los)?(?:\\s+a[nñ]os)?)\\s+${decadeValue}(?![\\p{L}\\d])`,
  'giu',
)
// "en los 80 y …": a bare "los 80" only before punctuation or a function word ("los 80 miembros" is a count)
const decadeEsBare = new RegExp(
  `(?<![\\p{L}\\d])los\\s+${decadeValue}(?=\\s*(?:[,.;:)»”"]|$)|\\s+(?:y|e|o|u|del|de|cuando|hasta|en|con|que|al|a)(?![\\p{L}]))`,
  'giu',
)
const decadeWordEn =
  /(?<![\p{L}])(?:the\s+)(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![\p{L}])/giu
const timePattern = /(?<![\d.,])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?\s?m\.?(?![\p{L}])/giu
const clockPattern = /(?<![\d.,:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/g
const figurePattern =
  /(?<![\p{L}\d.,])(\d{1,3}(?:(?:,\d{3})+|(?:\.\d{3})+|(?:[ \u00a0\u202f]\d{3})+)(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?:(?:st|nd|rd|th|º|ª|°|\.º|\.ª|er|ro|do|to|vo|no)(?![\p{L}]))?(?![\d])/gu
const wordPattern = new RegExp(
  `(?<![\\p{L}])(${[...Object.keys(smallNumbers), ...spanishOnly].join('|')})(?![\\p{L}])`,
  'giu',
)
const scalePattern =
  /^\s?(?:(mil\s+millones)|(billones|bill[oó]n)|(billions?|bn|B)|(trillions?)|(millones|mill[oó]n|millions?|M|mn)|(thousands?|mil|K|k))(?![\p{L}])/u
const percentPattern = /^\s?(?:%|percent|per\s?cent|por\s?ciento)(?![\p{L}])/iu

/** Every reading of a written figure such as "1,500", "1.500,75" or "3,5". */
export function readFigure(figure: string): number[] {
  const digits = figure.replace(/[ \u00a0\u202f]/g, ' ')
  if (/^\d+$/.test(digits)) return [Number(digits)]
  const seps = digits.replace(/\d/g, '')
  const lastSep = seps.charAt(seps.length - 1)
  const lastGroup = digits.slice(digits.lastIndexOf(lastSep) + 1)
  const onlyOneKind = new Set(seps).size === 1
  if (seps.length > 1 && onlyOneKind && lastSep !== ' ')
    // "1,500,000" or "1.500.000": thousands
    return [Number(digits.replace(/[^\d]/g, ''))]
  if (lastSep === ' ') return [Number(digits.replace(/ /g, ''))]
  if (!onlyOneKind) {
    // "1,500.75" / "1.500,75" / "1 500,75": the last separator is the decimal mark
    const whole = digits.slice(0, digits.lastIndexOf(lastSep)).replace(/[^\d]/g, '')
    return [Number(`${whole}.${lastGroup}`)]
  }
  const whole = digits.slice(0, digits.lastIndexOf(lastSep))
  const decimal = Number(`${whole}.${lastGroup}`)
  // one separator: three digits after it is a thousands group in either locale, but may be a
  // decimal; any other count is a decimal mark
  if (lastGroup.length === 3) return [Number(whole + lastGroup), decimal]
  return [decimal]
}

function twoDigitDecade(n: number): number {
  if (n >= 100) return n
  return n >= 30 ? 1900 + n : 2000 + n
}

/** Finds the numbers of `text` (offsets shifted by `offset`), skipping the masked spans. */
export function findNumbers(
  text: string,
  lang: string,
  offset = 0,
  masked: readonly { start: number; end: number }[] = [],
): NumberMention[] {
  const found: NumberMention[] = []
  const taken: { start: number; end: number }[] = masked.map((m) => ({
    start: m.start - offset,
    end: m.end - offset,
  }))
  const free = (start: number, end: number) => !taken.some((t) => start < t.end && end > t.start)
  const add = (kind: NumberKind, start: number, end: number, readings: number[]) => {
    if (!free(start, end)) return
    taken.push({ start, end })
    const value = readings[0] ?? 0
    found.push({
      kind,
      text: text.slice(start, end),
      start: offset + start,
      end: offset + end,
      value,
      readings,
    })
  }
  const spanish = lang.toLowerCase().startsWith('es')
  const digits = /\d/.test(text)
  for (const pattern of digits
    ? [decadeEn, decadeEs, decadeEsBare, decadeWordEn]
    : [decadeEs, decadeWordEn])
    for (const m of text.matchAll(pattern)) {
      const raw = fold(m[1] ?? '')
      const n = decadeWords[raw] ?? twoDigitDecade(Number(raw))
      if (Number.isFinite(n) && n % 10 === 0)
        add('decade', m.index ?? 0, (m.index ?? 0) + m[0].length, [n])
    }
  for (const m of digits ? text.matchAll(timePattern) : []) {
    let hour = Number(m[1]) % 12
    if ((m[3] ?? '').toLowerCase() === 'p') hour += 12
    add('time', m.index ?? 0, (m.index ?? 0) + m[0].length, [hour * 60 + Number(m[2] ?? 0)])
  }
  for (const m of digits ? text.matchAll(clockPattern) : [])
    add('time', m.index ?? 0, (m.index ?? 0) + m[0].length, [Number(m[1]) * 60 + Number(m[2])])
  for (const m of digits ? text.matchAll(figurePattern) : []) {
    const start = m.index ?? 0
    let end = start + m[0].length
    let readings = readFigure(m[1] ?? '')
    let kind: NumberKind = 'number'
    const after = text.slice(end, end + 20)
    const scale = scalePattern.exec(after)
    if (scale) {
      const factor = scale[1] || scale[3] ? 1e9 : scale[2] || scale[4] ? 1e12 : scale[5] ? 1e6 : 1e3
      readings = readings.map((r) => Math.round(r * factor * 1000) / 1000)
      end += scale[0].length
    }
    const percent = percentPattern.exec(text.slice(end, end + 14))
    if (percent) {
      kind = 'percent'
      end += percent[0].length
    }
    add(kind, start, end, readings)
  }
  for (const m of text.matchAll(wordPattern)) {
    const word = fold(m[1] ?? '')
    const n = smallNumbers[word] ?? (spanish && spanishOnly.has(word) ? 11 : undefined)
    if (n === undefined) continue
    const start = m.index ?? 0
    let end = start + m[0].length
    let readings = [n]
    const scale = scalePattern.exec(text.slice(end, end + 20))
    if (scale && !/^\s?(?:M|B|K|k|mn|bn)$/.test(scale[0])) {
      const factor = scale[1] || scale[3] ? 1e9 : scale[2] || scale[4] ? 1e12 : scale[5] ? 1e6 : 1e3
      readings = [n * factor]
      end += scale[0].length
    }
    add('number', start, end, readings)
  }
  return found.sort((a, b) => a.start - b.start)
}

/**
 * Whether two mentions can be the same figure: same kind and a shared reading. A decade also
 * matches its bare figure ("the 1980s" and "los 80" read as a plain 80 or 1980).
 */
export function sameNumber(a: NumberMention, b: NumberMention): boolean {
  if (a.kind !== b.kind) {
    const [decade, plain] = a.kind === 'decade' ? [a, b] : [b, a]
    if (decade.kind !== 'decade' || plain.kind !== 'number') return false
    return plain.value === decade.value || plain.value === decade.value % 100
  }
  return a.readings.some((x) => b.readings.some((y) => Math.abs(x - y) <= Math.abs(x) * 1e-9))
}
