/**
 * The clock: every time the newsroom records or compares comes from an injected clock, so tests
 * can stand one second before, at and after an embargo or an expiry.
 */

/** A source of the current time. */
export interface Clock {
  now(): Date
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() }

/** A clock that stays where it is set; `advance` moves it. For tests and simulations. */
export function fixedClock(
  start: Date | string,
): Clock & { set(at: Date | string): void; advance(ms: number): void } {
  let at = new Date(start)
  return {
    now: () => new Date(at),
    set: (next) => {
      at = new Date(next)
    },
    advance: (ms) => {
      at = new Date(at.getTime() + ms)
    },
  }
}

/** The clock's time as ISO 8601 text, the form the store keeps. */
export function isoNow(clock: Clock): string {
  return clock.now().toISOString()
}
