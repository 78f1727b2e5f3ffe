/**
 * Datelines: the place (and sometimes date) that opens a release's first body paragraph, in AP
 * and Spanish styles: "CHICAGO –", "WASHINGTON, D.C. —", "Washington, D.C. –", "LOS ANGELES,
 * Calif. (June 10, 2021) –", "NEW YORK, March 27, 2026 —", "TRENTON, NJ--November 30, 2005--",
 * "CIUDAD DE MÉXICO.–", "CHICAGO, 15 de marzo de 2024 –", "CITY, State, Month D, YYYY
 * /PRNewswire/ --". The place is kept as written.
 */
import { type DateMatch, findDate } from './dates.js'

/** A dateline found at the start of a paragraph. Offsets are into the text given. */
export interface DatelineMatch {
  place: string
  placeStart: number
  placeEnd: number
  /** The dateline with its closing dash. */
  text: string
  start: number
  end: number
  /** The date inside the dateline, if any. */
  date: DateMatch | null
}

const word = "[\\p{Lu}][\\p{L}'’.]*(?:-[\\p{L}][\\p{L}'’.]*)*"
const connector = '(?:de|del|la|las|los|el|of|the|y|and|upon|on|en|da|do|dos|das|sur|city|D\\.C\\.)'
const placeRe = new RegExp(
  `^(${word}(?:[ \\u00a0]+(?:${connector}[ \\u00a0]+)?${word}){0,4}(?:,[ \\u00a0]*${word}(?:[ \\u00a0]+${word}){0,2}){0,2})`,
  'u',
)
const dash = '(?:–|—|―|--|-|‒)'
const notPlaces =
  /^(?:today|hoy|this|these|yesterday|ayer|statement|declaración|update|note|nota|breaking|editor|editors|editor's|photos?|fotos?|video|watch|listen|read|live|ahora|now|new|nuevo|nueva|the|el|la|los|las|a|an|un|una|in|en|on|as|at|for|from|we|our|i|it|he|she|they|by|with|con|por|para|mr|ms|mrs|dr|sen|rep|gov|sr|sra|monday|tuesday|wednesday|thursday|friday|saturday|sunday|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|mon|tue|tues|wed|thu|thurs|fri|sat|sun)$/i
const months =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)$/i

function acceptablePlace(place: string): boolean {
  const words = place.split(/[\s,]+/)
  const first = words[0] ?? ''
  // "Los Angeles", "El Paso", "New York", "La Paz" open with a word that alone is no place.
  const article =
    /^(?:los|las|el|la|new|nueva|nuevo|san|santa|santo|saint|st|the)$/i.test(first) &&
    words.length > 1
  if (!article && notPlaces.test(first.replace(/[.'’]/g, ''))) return false
  if (months.test(first)) return false
  const letters = place.replace(/[^\p{L}]/gu, '')
  if (!letters) return false
  const upper = letters === letters.toUpperCase()
  // Title-case places ("Washington, D.C.", "Chicago") are shorter than all-caps ones.
  if (!upper && place.split(/\s+/).length > 4) return false
  return true
}

/** Drops a sentence dot after the place ("CIUDAD DE MÉXICO.–"), keeping abbreviations ("D.C.", "Calif."). */
function cleanPlace(place: string): string {
  const p = place.replace(/[ \u00a0,]+$/, '')
  const last = /(\S+)\.$/.exec(p)?.[1]
  if (!last || last.includes('.')) return p
  const upper = last === last.toUpperCase()
  if (upper || last.length > 5) return p.slice(0, -1)
  return p
}

/** Tries `para` with the place ending at `at`; returns the dateline end and date, or null. */
function closeAt(para: string, at0: number): { at: number; date: DateMatch | null } | null {
  let at = at0
  let rest = para.slice(at)
  let date: DateMatch | null = null
  // ", March 27, 2026", " (June 10, 2021)", "--November 30, 2005--", ", 15 de marzo de 2024"
  // ", a 3 de marzo de 2026" (Mexican style), ". 3 de marzo de 2026" after an abbreviation.
  const dateHead =
    /^(?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]*\([ \u00a0]*|[ \u00a0]*(?:--|–|—)[ \u00a0]*|\.?[ \u00a0]*\n[ \u00a0]*|\.?[ \u00a0]+(?=\d))(?:(?:a|el)[ \u00a0]+(?=\d))?/.exec(
      rest,
    )
  if (dateHead) {
    const d = findDate(para, at + dateHead[0].length)
    if (d && d.start === at + dateHead[0].length) {
      date = d
      at = d.end
      const close = /^[ \u00a0]*\)/.exec(para.slice(at))
      if (close) at += close[0].length
      rest = para.slice(at)
    }
  }
  // A wire or agency tag: "/PRNewswire/", "(AP)", "(EFE)".
  const wire = /^[ \u00a0]*,?[ \u00a0]*(?:\/[\p{L} .-]{2,30}\/|\([\p{Lu}][\p{L}.]{1,15}\))/u.exec(
    rest,
  )
  if (wire) {
    at += wire[0].length
    rest = para.slice(at)
  }
  const dm = dashRe.exec(rest)
  if (dm && (/[ \u00a0.,]|--|–|—|―/.test(dm[0]) || date)) return { at: at + dm[0].length, date }
  if (date && para[at - 1] === ')' && /^[ \u00a0]+\p{L}/u.test(rest)) return { at, date }
  // "Chicago, IL (March 3, 2026): Today…"
  const colon = /^[ \u00a0]*:[ \u00a0]*/.exec(rest)
  if (date && colon && para[at - 1] === ')') return { at: at + colon[0].length, date }
  return null
}

const dashRe = new RegExp(`^[ \\u00a0]*[.,:]?[ \\u00a0]*${dash}[ \\u00a0]*(?:\\n[ \\u00a0]*)?`, 'u')

/** The dateline at the start of `text[start, end)`, or null. */
export function findDateline(text: string, start: number, end: number): DatelineMatch | null {
  const para = text.slice(start, Math.min(end, start + 240))
  // "(WASHINGTON) – …": a place in parentheses.
  const paren = /^\(([^()\n]{2,60})\)/.exec(para)
  if (paren?.[1]) {
    const inner = findDateline(`${paren[1]} ${para.slice(paren[0].length).trimStart()}`, 0, 240)
    const closed = paren[1] && dashRe.exec(para.slice(paren[0].length))
    if (inner && closed && inner.place === paren[1].trim()) {
      const textEnd = paren[0].length + closed[0].replace(/[\s\u00a0]+$/, '').length
      return {
        place: inner.place,
        placeStart: start + 1,
        placeEnd: start + 1 + inner.place.length,
        text: para.slice(0, textEnd),
        start,
        end: start + textEnd,
        date: null,
      }
    }
  }
  const pm = placeRe.exec(para)
  if (!pm?.[1]) return null
  // Try the longest place first, then shorter ones cut at commas ("NEW YORK, March 27, 2026 —").
  const cuts = [pm[1].length]
  for (let i = pm[1].length - 1; i > 0; i--) if (pm[1][i] === ',') cuts.push(i)
  for (const cut of cuts) {
    const raw = pm[1].slice(0, cut)
    const lastPart = raw.split(',').pop()?.trim() ?? ''
    if (months.test(lastPart.split(/\s/)[0] ?? '')) continue
    const closed = closeAt(para, cut)
    if (!closed) continue
    if (!/\S/.test(para.slice(closed.at))) return null
    const place = cleanPlace(raw)
    if (!acceptablePlace(place)) return null
    const textEnd = para.slice(0, closed.at).replace(/[\s\u00a0]+$/, '').length
    const d = closed.date
    return {
      place,
      placeStart: start,
      placeEnd: start + place.length,
      text: para.slice(0, textEnd),
      start,
      end: start + textEnd,
      date: d ? { ...d, start: start + d.start, end: start + d.end } : null,
    }
  }
  return null
}

/** Whether a short block is only a place ("New York"), as some pages print above the date. */
export function isPlaceLine(block: string): boolean {
  if (block.length > 40 || /\d/.test(block)) return false
  const m = placeRe.exec(block)
  if (!m || m[1] !== block.replace(/[.,]$/, '')) return false
  if (block.split(/\s+/).length > 4) return false
  return acceptablePlace(block)
}
