/**
 * Dates as releases write them, in English and Spanish: "June 10, 2021", "Jun. 10, 2021",
 * "Thursday, June 10, 2021", "10 de junio de 2021", "10 de junio del 2021", "jueves, 10 de junio
 * de 2021", "08 December 2023", "marzo 15, 2024", "2021-06-10". Numeric dates like 06/10/2021
 * are only read when unambiguous (one part above 12); otherwise they are reported as ambiguous
 * with a null ISO date. Two small month tables, no dependency.
 */

/** A date found in a text: its ISO form (null when ambiguous) and where it stands. */
export interface DateMatch {
  /** `YYYY-MM-DD`, or null when the text is a date whose reading is ambiguous (06/10/2021). */
  iso: string | null
  /** The date as written, weekday included. */
  text: string
  start: number
  end: number
}

const monthNames: Record<string, number> = {
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  enero: 1,
  febrero: 2,
  marzo: 3,
  abril: 4,
  mayo: 5,
  junio: 6,
  julio: 7,
  agosto: 8,
  septiembre: 9,
  setiembre: 9,
  octubre: 10,
  noviembre: 11,
  diciembre: 12,
  ene: 1,
  abr: 4,
  ago: 8,
  dic: 12,
}

const monthAlt = Object.keys(monthNames)
  .sort((a, b) => b.length - a.length)
  .join('|')
const weekdays =
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo'
const sp = '[ \\t\\u00a0\\u2009\\u202f]'
const day = '(\\d{1,2})(?:st|nd|rd|th|º|°|o|ro)?'
const year = '(\\d{4})'
const weekdayPrefix = `(?:(?:${weekdays})\\.?,?${sp}+)?`

// Month D, YYYY  |  Mon. D YYYY  |  marzo 15, 2024  |  marzo 3 de 2026
const monthFirst = `${weekdayPrefix}(${monthAlt})\\.?${sp}+${day},?${sp}+(?:(?:de|del)${sp}+)?${year}`
// D de Month de/del YYYY  |  D Month YYYY  |  D Month, YYYY
// … and 3-mar-2026, 03-Mar-2026
const dayFirst = `${weekdayPrefix}${day}(?:${sp}*|-)(?:de${sp}+)?(${monthAlt})\\.?(?:,?${sp}+(?:(?:de|del)${sp}+)?|-)${year}`
const isoDate = '(\\d{4})[-/](\\d{2})[-/](\\d{2})'
const numeric = '(\\d{1,2})(?<sep>[/.])(\\d{1,2})\\k<sep>(\\d{4}|\\d{2})'

const dateRe = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${monthFirst}|${dayFirst}|${isoDate}|${numeric})(?![\\p{L}\\p{N}])`,
  'giu',
)

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate()
}

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1000 || d > daysIn(y, m)) return null
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

function month(name: string | undefined): number {
  return monthNames[(name ?? '').toLowerCase()] ?? 0
}

/** Reads one regex match into a date; `undefined` when it is not a date at all (June 31). */
function readMatch(m: RegExpExecArray): string | null | undefined {
  const [, m1, d1, y1, d2, m2, y2, iy, im, id, n1, , n2, ny] = m
  if (m1 !== undefined) return iso(Number(y1), month(m1), Number(d1)) ?? undefined
  if (m2 !== undefined) return iso(Number(y2), month(m2), Number(d2)) ?? undefined
  if (iy !== undefined) return iso(Number(iy), Number(im), Number(id)) ?? undefined
  const a = Number(n1)
  const b = Number(n2)
  // Two-digit years ("9/25/15") are read in 1970–2069.
  const y = (ny ?? '').length === 2 ? (Number(ny) < 70 ? 2000 : 1900) + Number(ny) : Number(ny)
  if (a > 12 && b <= 12) return iso(y, b, a) ?? undefined
  if (b > 12 && a <= 12) return iso(y, a, b) ?? undefined
  if (a === b) return iso(y, a, b) ?? undefined
  if (a > 12 || b > 12) return undefined
  return null
}

/** Every date in `text[start, end)`, in order; ambiguous numeric dates come with `iso: null`. */
export function findDates(text: string, start = 0, end = text.length): DateMatch[] {
  const slice = text.slice(start, end)
  const out: DateMatch[] = []
  dateRe.lastIndex = 0
  for (let m = dateRe.exec(slice); m; m = dateRe.exec(slice)) {
    const read = readMatch(m)
    if (read === undefined) continue
    out.push({ iso: read, text: m[0], start: start + m.index, end: start + m.index + m[0].length })
  }
  return out
}

/** The first date in `text[start, end)`, or null. */
export function findDate(text: string, start = 0, end = text.length): DateMatch | null {
  return findDates(text, start, end)[0] ?? null
}

/** Parses a string that is only a date (surrounding spaces and punctuation allowed); null otherwise. */
export function parseDate(text: string): string | null {
  const found = findDate(text)
  if (!found) return null
  const rest = text.slice(0, found.start) + text.slice(found.end)
  return /^[\s\p{P}]*$/u.test(rest) ? found.iso : null
}
