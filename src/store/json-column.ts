/**
 * JSON columns: structured values are stored as JSON text on both engines. Reading tolerates a
 * damaged value by answering the fallback rather than failing a whole page.
 */

/** Serialises a value for a JSON text column. */
export function toJsonColumn(value: unknown): string {
  return JSON.stringify(value ?? null)
}

/** Parses a JSON text column, or answers `fallback` when it is empty or not JSON. */
export function fromJsonColumn<T>(text: string | null | undefined, fallback: T): T {
  if (!text) return fallback
  try {
    return JSON.parse(text) as T
  } catch {
    return fallback
  }
}
