/**
 * A fixed-window rate limiter kept in memory, on the newsroom's clock: at most `limit` hits per
 * key per window. Used for sign-in (per address and per e-mail) and other abuse-prone routes.
 */
import type { Clock } from '../../newsroom/clock.js'

/** A limiter: `hit(key)` answers whether the request may go on, and when to retry if not. */
export interface RateLimiter {
  hit(key: string): { ok: true } | { ok: false; retryAfterSeconds: number }
  /** Forgets a key (after a successful sign-in). */
  reset(key: string): void
}

/** Creates a limiter of `limit` hits per `windowMs`. */
export function createRateLimiter(clock: Clock, limit: number, windowMs: number): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    hit(key) {
      const now = clock.now().getTime()
      if (windows.size > 10_000)
        for (const [k, w] of windows) if (now - w.start >= windowMs) windows.delete(k)
      const current = windows.get(key)
      if (!current || now - current.start >= windowMs) {
        windows.set(key, { start: now, count: 1 })
        return { ok: true }
      }
      current.count++
      if (current.count <= limit) return { ok: true }
      return { ok: false, retryAfterSeconds: Math.ceil((current.start + windowMs - now) / 1000) }
    },
    reset(key) {
      windows.delete(key)
    },
  }
}
