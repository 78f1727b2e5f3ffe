/**
 * Calendar dates written out in English and Spanish ("June 10, 2021", "08 December 2023",
 * "10 de junio de 2021", "el 29 de agosto", "marzo 15, 2024", "January 2018"), read into a
 * comparable key: `YYYY-MM-DD`, `--MM-DD` when the year is not written, `YYYY-MM` without a day.
 */
import { fold } from './fold.js'

/** A date found in a text. */
export interface DateMention {
  text: string
  start: number
  end: number
  /** `YYYY-MM-DD`, `--MM-DD` (no year) or `YYYY-MM` (no day). */
  key: string
}

const months: Record<string, number> = {
  january: 1,
  jan: 1,
  enero: 1,
  ene: 1,
  february: 2,
  feb: 2,
  febrero: 2,
  march: 3,
  mar: 3,
  marzo: 3,
  april: 4,
  apr: 4,
  abril: 4,
  abr: 4,
  may: 5,
  mayo: 5,
  june: 6,
  jun: 6,
  junio: 6,
  july: 7,
  jul: 7,
  julio: 7,
  august: 8,
  aug: 8,
  agosto: 8,
  ago: 8,
  september: 9,
  sept: 9,
  sep: 9,
  septiembre: 9,
  setiembre: 9,
  october: 10,
  oct: 10,
  octubre: 10,
  november: 11,
  nov: 11,
  noviembre: 11,
  december: 12,
  dec: 12,
  diciembre: 12,
  dic: 12,
}

const month =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|se?ptiembre|octubre|noviembre|diciembre)'
const day = '(\\d{1,2})(?:st|nd|rd|th|º|°)?'
const year = '(\\d{4})'
const patterns: { re: RegExp; order: 'mdy' | 'dmy' | 'my' }[] = [
  // June 10, 2021 / marzo 15, 2024 / June 10
  {
    re: new RegExp(
      `(?<![\\p{L}])${month}\\s+${day}(?:,?\\s+(?:de\\s+|del\\s+)?${year})?(?![\\d])`,
      'giu',
    ),
    order: 'mdy',
  },
  // 10 de junio de 2021 / 08 December 2023 / 29 de agosto
  {
    re: new RegExp(
      `(?<![\\d])${day}\\s+(?:de\\s+)?${month}(?:,?\\s+(?:de\\s+|del\\s+)?${year})?(?![\\p{L}\\d])`,
      'giu',
    ),
    order: 'dmy',
  },
  // January 2018 / enero de 2018
  {
    re: new RegExp(`(?<![\\p{L}])${month}\\s+(?:de\\s+|del\\s+)?${year}(?![\\d])`, 'giu'),
    order: 'my',
  },
]

const pad = (n: number) => String(n).padStart(2, '0')

/** Finds the written-out dates of `text` (offsets shifted by `offset`). */
export function findDates(text: string, offset = 0): DateMention[] {
  const found: DateMention[] = []
  if (!/\d/.test(text)) return found
  const overlaps = (s: number, e: number) => found.some((d) => s < d.end && e > d.start)
  for (const { re, order } of patterns)
    for (const m of text.matchAll(re)) {
      const start = offset + (m.index ?? 0)
      const end = start + m[0].length
      if (overlaps(start, end)) continue
      const [monthText, dayText, yearText] =
        order === 'mdy'
          ? [m[1], m[2], m[3]]
          : order === 'dmy'
            ? [m[2], m[1], m[3]]
            : [m[1], undefined, m[2]]
      // "May" is a month only when capitalised ("you may 5 times" is not a date)
      if (monthText === 'may') continue
      const mm = months[fold(monthText ?? '').replace('.', '')]
      if (!mm) continue
      const dd = dayText ? Number(dayText) : 0
      if (dayText && (dd < 1 || dd > 31)) continue
      const key = dayText ? `${yearText ?? '-'}-${pad(mm)}-${pad(dd)}` : `${yearText}-${pad(mm)}`
      found.push({ text: m[0], start, end, key })
    }
  return found.sort((a, b) => a.start - b.start)
}

/** Whether two date keys can name the same day (a date without a year matches one with it). */
export function sameDate(a: string, b: string): boolean {
  if (a === b) return true
  if (!a.startsWith('--') && !b.startsWith('--')) return false
  const dayOf = (key: string) => /^(?:\d{4}|-)-(\d\d-\d\d)$/.exec(key)?.[1]
  const day = dayOf(a)
  return day !== undefined && day === dayOf(b)
}
