/**
 * The speakers of one version, in the order they were named, so a later short reference carries
 * the full speaker: "concluded Chacon" → Oscar Chacon of Alianza Americas, "she said" → the last
 * named speaker, "the senator" → the last speaker titled senator. A surname never seen in an
 * attribution is looked up in the text before it ("Maria Lopez, director of CASA, led…").
 */
import type { Speaker } from '../../core/release.js'
import { isNotNameStart, isTitleWord } from './name-words.js'
import { looksLikeOrganization } from './speaker-line.js'
import { parseSpeakerPhrase, type SpeakerPhrase } from './speaker-phrase.js'
import { fold, sentenceEnd, sentenceStart, skipDateline } from './text-scan.js'

function tokens(name: string): string[] {
  return fold(name).split(/[\s]+/).filter(Boolean)
}

/** Whether `short` is the first, last or trailing words of `full` ("Chacon" of "Oscar Chacon"). */
function refersTo(short: string, full: string): boolean {
  const s = tokens(short)
  const f = tokens(full)
  if (s.length === 0 || s.length >= f.length) return false
  const tail = f.slice(f.length - s.length)
  return s.every((w, i) => w === tail[i]) || s.every((w, i) => w === f[i])
}

/** The speakers named so far in one version. */
export class SpeakerRegistry {
  readonly #speakers: Speaker[] = []

  /** The most recently named speaker. */
  last(): Speaker | null {
    return this.#speakers[this.#speakers.length - 1] ?? null
  }

  /**
   * The speaker a phrase stands for. `raw` is the phrase as written; `text[floor, ceiling)` is
   * where a surname's first mention is looked for (the version's text before the quote).
   */
  resolve(
    phrase: SpeakerPhrase,
    raw: string,
    text: string,
    floor: number,
    ceiling: number,
    since: number = floor,
  ): Speaker | null {
    const own: Speaker = {
      name: phrase.name,
      title: phrase.title,
      organization: phrase.organization,
    }
    let found: Speaker | null = null
    if (phrase.reference === 'document') return null
    if (phrase.reference === 'pronoun') {
      // A person introduced since the last quote ("Luis Ortega lost his apartment last year.
      // “…,” he said.") is who the pronoun means; else the last speaker.
      const last = this.last()
      const fresh = phrase.name === null ? lastSubject(text, since, ceiling) : null
      found = fresh && !(last?.name && fold(last.name) === fold(fresh.name ?? '')) ? fresh : last
    } else if (phrase.reference === 'title') {
      const head = fold(phrase.title ?? '')
        .split(/\s+/)
        .filter((w) => w !== 'u.s.')
      for (let i = this.#speakers.length - 1; i >= 0 && !found; i--) {
        const s = this.#speakers[i]
        const t = fold(s?.title ?? '')
        if (s && head.length > 0 && head.every((w) => t.includes(w))) found = s
      }
      // A description after a named speaker ("el máximo representante de la OEA") refers back
      // to that speaker; with none, a body named by its title ("The Secretary-General") is
      // the speaker itself.
      if (!found) found = this.last()
      if (!found && /^\p{Lu}/u.test(raw)) found = { name: raw, title: null, organization: null }
      if (!found) found = { name: null, title: phrase.title, organization: phrase.organization }
    } else if (phrase.name !== null) {
      const name = phrase.name
      for (let i = this.#speakers.length - 1; i >= 0 && !found; i--) {
        const s = this.#speakers[i]
        if (!s?.name) continue
        if (fold(s.name) === fold(name) || refersTo(name, s.name)) found = s
      }
      if (!found && tokens(name).length === 1) found = firstMention(name, text, floor, ceiling)
      if (found) {
        found = {
          name: found.name,
          title: own.title ?? found.title,
          organization: phrase.dangling ? null : (own.organization ?? found.organization),
        }
      } else found = own
    }
    if (found?.name) this.#speakers.push(found)
    return found
  }
}

/**
 * The person who opens one of the last sentences before a pronoun with no earlier speaker
 * ("Jane Doe read the names aloud. “…,” she said."): a full name starting its sentence.
 */
function lastSubject(text: string, floor: number, ceiling: number): Speaker | null {
  let to = ceiling
  const stop = Math.max(floor, ceiling - 800)
  for (let tries = 0; tries < 4 && to > stop; tries++) {
    const s = sentenceStart(text, stop, to)
    let start = skipDateline(text, s, to)
    while (start < to && /[\s“"«]/.test(text[start] ?? '')) start++
    const phrase = parseSpeakerPhrase(text, start, Math.min(to, start + 200))
    if (
      phrase.name !== null &&
      phrase.reference === null &&
      phrase.name.split(/\s+/).length >= 2 &&
      phrase.start === start &&
      !looksLikeOrganization(phrase.name)
    )
      return { name: phrase.name, title: phrase.title, organization: phrase.organization }
    if (s <= stop) break
    to = s - 1
  }
  return null
}

/** The first "Firstname Surname, TITLE of ORG" mention of a surname in `text[floor, end)`. */
function firstMention(
  surname: string,
  text: string,
  floor: number,
  ceiling: number,
): Speaker | null {
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const re = new RegExp(
    `((?:\\p{Lu}[\\p{L}'’.-]*\\s+(?:(?:de|del|de la|van|von)\\s+)?){1,3})${escaped}(?![\\p{L}])`,
    'gu',
  )
  re.lastIndex = floor
  for (let m = re.exec(text); m && m.index < ceiling; m = re.exec(text)) {
    const words = (m[1] ?? '').trim().split(/\s+/)
    // Drop leading titles or sentence openers ("Senator", "The").
    let skip = 0
    while (
      skip < words.length &&
      (isTitleWord(words[skip] ?? '') || isNotNameStart(words[skip] ?? ''))
    )
      skip++
    if (skip >= words.length) continue
    // Where the first kept word starts (words are separated by one or more spaces).
    let start = m.index
    for (let w = 0; w < skip; w++) {
      start = text.indexOf(words[w] ?? '', start) + (words[w] ?? '').length
      while (/\s/.test(text[start] ?? '')) start++
    }
    const end = sentenceEnd(text, start, Math.min(ceiling, start + 300))
    const phrase = parseSpeakerPhrase(text, start, end)
    if (phrase.name && refersTo(surname, phrase.name))
      return { name: phrase.name, title: phrase.title, organization: phrase.organization }
  }
  return null
}
