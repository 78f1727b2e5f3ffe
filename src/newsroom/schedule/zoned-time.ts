/**
 * Wall-clock times in IANA time zones: validating a zone name with Intl, turning a local date and
 * time in a zone into the UTC instant it names (correct across daylight-saving changes), and back.
 * Pure functions over `Intl`, no Node built-ins.
 */

/** The parts of a wall-clock time. */
export interface WallTime {
  year: number
  month: number
  day: number
  hour: number
  minute: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, f)
  }
  return f
}

/**
 * The canonical name of an IANA time zone (`america/chicago` → `America/Chicago`), or null when
 * Intl does not know it or it is not an IANA region name (abbreviations such as `CST` are
 * ambiguous and refused; `UTC` is accepted).
 */
export function canonicalTimeZone(name: string): string | null {
  if (typeof name !== 'string' || name.length > 64) return null
  // A region name (Area/Location); bare abbreviations are refused even where ICU maps them.
  if (name.toUpperCase() !== 'UTC' && !/^[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+$/.test(name)) return null
  let resolved: string
  try {
    resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone
  } catch {
    return null
  }
  if (resolved === 'UTC' || resolved === 'Etc/UTC') return 'UTC'
  return resolved.includes('/') && !resolved.startsWith('Etc/') ? resolved : null
}

/** Every IANA time zone Intl knows, for pickers (UTC first). */
export function timeZoneNames(): string[] {
  return ['UTC', ...Intl.supportedValuesOf('timeZone').filter((z) => z !== 'UTC')]
}

/** The wall-clock time of `instant` in `timeZone`. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const parts: Record<string, number> = {}
  for (const p of partsFormatter(timeZone).formatToParts(instant))
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  }
}

/** The zone's offset from UTC at `ms`, in milliseconds (east positive). */
function offsetAt(ms: number, timeZone: string): number {
  const instant = new Date(ms)
  const w = wallTimeAt(instant, timeZone)
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, instant.getUTCSeconds())
  return asUtc - (ms - instant.getUTCMilliseconds())
}

/** Reads `YYYY-MM-DDTHH:mm` (the form of an `<input type="datetime-local">`), or null. */
export function parseWallTime(text: string): WallTime | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::00)?$/.exec(text.trim())
  if (!m) return null
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ]
  const check = new Date(Date.UTC(year, month - 1, day, hour, minute))
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59
  )
    return null
  return { year, month, day, hour, minute }
}

/** A wall time as `YYYY-MM-DDTHH:mm`. */
export function formatWallTime(w: WallTime): string {
  const p = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${p(w.year, 4)}-${p(w.month)}-${p(w.day)}T${p(w.hour)}:${p(w.minute)}`
}

/** Why a wall time names no instant. */
export type ZonedRefusal = 'nonexistent'

/**
 * The UTC instant a wall-clock time names in `timeZone`. A time that falls in a spring-forward
 * gap names no instant and is refused; a time that occurs twice (fall back) is the first, the
 * daylight-saving one, as a reader of the announcement would take it.
 */
export function instantOf(
  wall: WallTime,
  timeZone: string,
): { ok: true; instant: Date } | { ok: false; reason: ZonedRefusal } {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute)
  // The offsets a few hours either side bracket any change at this time; try both.
  const candidates = new Set([
    guess - offsetAt(guess - 6 * 3600_000, timeZone),
    guess - offsetAt(guess + 6 * 3600_000, timeZone),
    guess - offsetAt(guess, timeZone),
  ])
  const matches = [...candidates]
    .filter((ms) => sameWall(wallTimeAt(new Date(ms), timeZone), wall))
    .sort((a, b) => a - b)
  const first = matches[0]
  if (first === undefined) return { ok: false, reason: 'nonexistent' }
  return { ok: true, instant: new Date(first) }
}

function sameWall(a: WallTime, b: WallTime): boolean {
  return (
    a.year === b.year &&
    a.month === b.month &&
    a.day === b.day &&
    a.hour === b.hour &&
    a.minute === b.minute
  )
}
