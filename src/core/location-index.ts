/**
 * The location index: converts between offsets and 1-based line/column in one text. The only
 * place where lines and columns are computed, so every layer agrees on them.
 */
import type { Point, Position } from './position.js'

/** Offset ↔ line/column conversions over one text. */
export interface LocationIndex {
  /** The point at `offset` (clamped to the text). */
  toPoint(offset: number): Point
  /** The offset of a 1-based line and column, or -1 when outside the text. */
  toOffset(line: number, column: number): number
  /** The position of the half-open range `[start, end)`. */
  toPosition(start: number, end: number): Position
}

/** Builds a location index over `text`; lines break at `\n` only (input is LF-normalised). */
export function createLocationIndex(text: string): LocationIndex {
  const lineStarts: number[] = [0]
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1)

  function toPoint(offset: number): Point {
    const at = Math.max(0, Math.min(offset, text.length))
    let lo = 0
    let hi = lineStarts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((lineStarts[mid] ?? 0) <= at) lo = mid
      else hi = mid - 1
    }
    return { line: lo + 1, column: at - (lineStarts[lo] ?? 0) + 1, offset: at }
  }

  function toOffset(line: number, column: number): number {
    const start = lineStarts[line - 1]
    if (start === undefined || column < 1) return -1
    const next = lineStarts[line] ?? text.length + 1
    const offset = start + column - 1
    return offset < next ? offset : -1
  }

  return {
    toPoint,
    toOffset,
    toPosition: (start, end) => ({ start: toPoint(start), end: toPoint(end) }),
  }
}
