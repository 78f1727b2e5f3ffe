/**
 * The embargo line as journalists expect it, in English and Spanish, stated in the embargo's own
 * time zone with its abbreviation: "EMBARGOED UNTIL 10:00 a.m. CST, Tuesday, March 3, 2026" and
 * "EMBARGADO HASTA las 10:00 (hora CST) del martes 3 de marzo de 2026". Formatted with Intl, so
 * the abbreviation follows daylight-saving time (CST in winter, CDT in summer).
 */

/** The parts of an instant in a zone that the line is made of. */
interface LineParts {
  hour: number
  minute: string
  zone: string
  weekday: string
  day: string
  month: string
  year: string
}

function partsOf(instant: Date, timeZone: string, locale: 'en-US' | 'es'): LineParts {
  const get = (options: Intl.DateTimeFormatOptions, type: Intl.DateTimeFormatPartTypes) =>
    new Intl.DateTimeFormat(locale, { timeZone, ...options })
      .formatToParts(instant)
      .find((p) => p.type === type)?.value ?? ''
  const date = new Intl.DateTimeFormat(locale, {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant)
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    date.find((p) => p.type === type)?.value ?? ''
  return {
    hour: Number(part('hour')),
    minute: part('minute').padStart(2, '0'),
    // The English abbreviation in both languages: it is what wire services print.
    zone: get({ timeZoneName: 'short', hour: 'numeric' }, 'timeZoneName') || timeZone,
    weekday: part('weekday'),
    day: part('day'),
    month: part('month'),
    year: part('year'),
  }
}

/** "EMBARGOED UNTIL 10:00 a.m. CST, Tuesday, March 3, 2026". */
export function englishEmbargoLine(instant: Date, timeZone: string): string {
  const p = partsOf(instant, timeZone, 'en-US')
  const zone = partsOf(instant, timeZone, 'en-US').zone
  const hour12 = p.hour % 12 === 0 ? 12 : p.hour % 12
  const period = p.hour < 12 ? 'a.m.' : 'p.m.'
  return `EMBARGOED UNTIL ${hour12}:${p.minute} ${period} ${zone}, ${p.weekday}, ${p.month} ${p.day}, ${p.year}`
}

/** "EMBARGADO HASTA las 10:00 (hora CST) del martes 3 de marzo de 2026". */
export function spanishEmbargoLine(instant: Date, timeZone: string): string {
  const p = partsOf(instant, timeZone, 'es')
  const zone = partsOf(instant, timeZone, 'en-US').zone
  // "la 1:00", "las 10:00": the article agrees with the hour.
  const article = p.hour === 1 ? 'la' : 'las'
  return `EMBARGADO HASTA ${article} ${p.hour}:${p.minute} (hora ${zone}) del ${p.weekday} ${p.day} de ${p.month} de ${p.year}`
}

/** The embargo line in `lang` (Spanish for `es…`, English otherwise). */
export function embargoLineIn(instant: Date, timeZone: string, lang: string): string {
  return lang.split('-')[0] === 'es'
    ? spanishEmbargoLine(instant, timeZone)
    : englishEmbargoLine(instant, timeZone)
}
