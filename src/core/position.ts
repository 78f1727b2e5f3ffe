/**
 * Positions in a source text. Offsets are canonical: 0-based UTF-16 code-unit offsets into the
 * text as read (after BOM removal and CRLF→LF only). Lines and columns are 1-based and derived
 * from offsets by a {@link LocationIndex}.
 */

/** One place in a text. */
export interface Point {
  /** 1-based line. */
  line: number
  /** 1-based column, in UTF-16 code units. */
  column: number
  /** 0-based UTF-16 offset. */
  offset: number
}

/** A span of text between two points; `end` is exclusive. */
export interface Position {
  start: Point
  end: Point
}

/** A half-open offset range `[start, end)`. */
export interface Span {
  start: number
  end: number
}
