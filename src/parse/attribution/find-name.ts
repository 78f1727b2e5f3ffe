/**
 * Finding the personal name in a speaker phrase's comma-separated segments: "Oscar Chacon, …",
 * "U.S. Senator NAME", "CASA's director NAME", "la senadora por Nevada NAME", "El director de X,
 * NAME, …", skipping owners ("CASA's"), places after a preposition and organizations after
 * "de la" / "of the".
 */
import {
  articles,
  isHonorific,
  isNotNameStart,
  isTitleWord,
  orgPrepositions,
} from './name-words.js'
import { isNameWord, isPossessive, nameRun, type Token } from './phrase-tokens.js'
import { placeLength } from './places.js'
import { isUpper } from './text-scan.js'

/** Where a personal name stands: segment index and token range. */
export interface NameHit {
  seg: number
  from: number
  to: number
}

/** Finds the personal name in the first segment, or at the head of the second ("la directora
 * ejecutiva de CASA, María Pérez"). */
export function findName(segs: Token[][]): NameHit | null {
  const seg0 = segs[0] ?? []
  const seg1Name = fullName(segs[1])
  const lead = seg0[0]
  if (
    seg1Name &&
    lead?.kind === 'word' &&
    (articles.has(lead.text.toLowerCase()) ||
      isTitleWord(lead.text) ||
      !isUpper(lead.text[0]) ||
      /^\d/.test(lead.text))
  ) {
    // "El director de X, NAME, …" / "the organization's president, NAME".
    return { seg: 1, from: 0, to: seg1Name }
  }
  for (let i = 0; i < seg0.length; i++) {
    const t = seg0[i]
    const before = seg0[i - 1]
    if (
      before?.kind === 'word' &&
      (orgPrepositions.has(before.text.toLowerCase()) || before.text === 'por')
    ) {
      // "alcalde de Los Ángeles Eric Garcetti": skip a place after a preposition.
      const place = placeLength(seg0.slice(i).map((w) => w.text))
      if (place > 0 && isNameWord(seg0[i + place])) {
        i += place - 1
        continue
      }
    }
    if (!t || !isNameWord(t) || isNotNameStart(t.text, seg0[i + 1]?.text)) continue
    let [from, to] = nameRun(seg0, i)
    if (to === from) continue
    const prev = seg0[from - 1]
    const after = seg0[to]
    // "CASA's director NAME", "ORG TITLE NAME": an owner or a place, not the name.
    if (
      after &&
      (isPossessive(after) ||
        (after.kind === 'word' && isTitleWord(after.text) && nameAfterTitle(seg0, to)))
    ) {
      i = to - 1
      continue
    }
    // "representante de la OEA", "president of the NAACP": an owner after "de la" / "of the".
    const prev2 = seg0[from - 2]
    if (
      prev?.kind === 'word' &&
      articles.has(prev.text.toLowerCase()) &&
      prev2?.kind === 'word' &&
      orgPrepositions.has(prev2.text.toLowerCase()) &&
      seg0.slice(0, from - 2).some((w) => isTitleWord(w.text))
    ) {
      i = to - 1
      continue
    }
    if (
      prev &&
      prev.kind === 'word' &&
      (orgPrepositions.has(prev.text.toLowerCase()) || prev.text === 'por')
    ) {
      // "senadora por Nevada Catherine Cortez Masto": a place, then the name.
      const place = placeLength(seg0.slice(from, to).map((w) => w.text))
      if (place > 0 && to - from - place >= 1) from += place
      else if (seg0.slice(0, from).some((w) => isTitleWord(w.text))) {
        i = to - 1
        continue
      }
    }
    return { seg: 0, from, to }
  }
  const seg1 = segs[1] ?? []
  let h = 0
  while (h < seg1.length && isHonorific(seg1[h]?.text ?? '')) h++
  const head = seg1[h]
  if (head && isNameWord(head) && !isNotNameStart(head.text, seg1[h + 1]?.text)) {
    const [from, to] = nameRun(seg1, h)
    if (to > from && !(seg1[to] && isTitleWord(seg1[to]?.text ?? '')))
      return { seg: 1, from: 0, to }
  }
  return null
}

/** Whether a name follows the title words that start at `i` ("CASA Executive Director NAME"). */
export function nameAfterTitle(seg: Token[], i: number): boolean {
  let j = i
  while (
    j < seg.length &&
    seg[j]?.kind === 'word' &&
    (isTitleWord(seg[j]?.text ?? '') || isHonorific(seg[j]?.text ?? ''))
  )
    j++
  return isNameWord(seg[j]) && !isNotNameStart(seg[j]?.text ?? '', seg[j + 1]?.text)
}

/** When a segment is a name and nothing else (honorifics allowed), the name run's end. */
export function fullName(seg: Token[] | undefined): number | null {
  if (!seg || seg.length === 0) return null
  let h = 0
  while (h < seg.length && isHonorific(seg[h]?.text ?? '')) h++
  const head = seg[h]
  if (!head || !isNameWord(head) || isNotNameStart(head.text, seg[h + 1]?.text)) return null
  const [from, to] = nameRun(seg, h)
  if (to <= from) return null
  const rest = seg.slice(to)
  return rest.every((t) => t.kind === 'paren') ? to : null
}
