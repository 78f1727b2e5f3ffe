/**
 * Finds the directory person a quote's speaker is, among the people of the co-issuing
 * organizations: names compared folded (accents and case ignored), the whole name first, then a
 * surname held by exactly one person whose first name agrees (or is absent from the text).
 * Ambiguity answers null: an editor links the quote by hand.
 */
import { fold } from '../../parse/index.js'
import type { Person } from '../../store/index.js'

function words(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
}

/** The person `speakerNames` (the speaker's name as written in each language) names, or null. */
export function matchPerson(
  speakerNames: readonly (string | null | undefined)[],
  people: readonly Person[],
): Person | null {
  const names = speakerNames.filter((n): n is string => Boolean(n?.trim()))
  if (names.length === 0) return null
  for (const name of names) {
    const wanted = words(name).join(' ')
    const exact = people.filter((p) => words(p.name).join(' ') === wanted)
    if (exact.length === 1) return exact[0] ?? null
  }
  for (const name of names) {
    const given = words(name)
    const surname = given[given.length - 1]
    const first = given.length > 1 ? given[0] : undefined
    const hits = people.filter((p) => {
      const theirs = words(p.name)
      if (!surname || theirs[theirs.length - 1] !== surname) return false
      return first === undefined || theirs[0] === first
    })
    if (hits.length === 1) return hits[0] ?? null
  }
  return null
}
