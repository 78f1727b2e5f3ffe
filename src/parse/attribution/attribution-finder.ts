/**
 * Finding the attribution of a quote span: after the closing mark (“…,” stated NAME / “…”,
 * NAME said / “…” – NAME), before the opening mark (NAME said: “…” / According to NAME, “…”),
 * or inside it as a narrator's aside between dashes («… —afirmó NAME—. …»). Each finder returns
 * the attribution's span, its verb and the speaker phrase read from it; the caller decides which
 * one wins and whether the span is a quotation at all.
 */
import type { Block } from '../../core/release.js'
import { isArticleOrPronoun } from './name-words.js'
import type { QuoteSpan } from './quote-spans.js'
import { isDocumentVerb, matchVerbAt } from './reporting-verbs.js'
import { speakerLine } from './speaker-line.js'
import { parseSpeakerPhrase, parseSubject, type SpeakerPhrase } from './speaker-phrase.js'
import {
  isDash,
  isLower,
  isSpace,
  isUpper,
  sentenceEnd,
  sentenceStart,
  skipDateline,
  wordsIn,
} from './text-scan.js'

/** An attribution found next to (or inside) a quote span. */
export interface FoundAttribution {
  kind: 'after' | 'before' | 'aside' | 'dash'
  start: number
  end: number
  verb: string | null
  phrase: SpeakerPhrase
  /** After: the quote ended its sentence (“….” Lopez said) rather than with a comma. */
  sentenceBreak: boolean
  /** Before: the attribution ends with a colon (NAME said: “…”). */
  colon: boolean
  /** Before: words stand between the attribution and the quote (said the plan was “…”). */
  partial: boolean
  /** After: the quote resumes right after the attribution (“…,” she said, “…”). */
  resumes: number | null
}

const openers = /[“«„"‘]/

/** Builds a found attribution (plain object literal: spreads are slow on this path). */
function make(
  kind: FoundAttribution['kind'],
  start: number,
  end: number,
  verb: string | null,
  phrase: SpeakerPhrase,
  flags: { sentenceBreak?: boolean; colon?: boolean; partial?: boolean; resumes?: number | null },
): FoundAttribution {
  return {
    kind,
    start,
    end,
    verb,
    phrase,
    sentenceBreak: flags.sentenceBreak ?? false,
    colon: flags.colon ?? false,
    partial: flags.partial ?? false,
    resumes: flags.resumes ?? null,
  }
}

/** A document verb ("reads", "reza") needs a document as its subject ("the letter reads"). */
function documentFits(verb: string, phrase: SpeakerPhrase): boolean {
  return !isDocumentVerb(verb) || phrase.reference === 'document'
}

/** Whether the phrase names or points at a speaker and reaches `until` (nothing cut between). */
function usable(p: SpeakerPhrase, text: string, until: number): boolean {
  if (p.name === null && p.reference === null) return false
  // Only commas, spaces and an age ("Doe, 45, said") may stand between phrase and verb, or an
  // appositive clause between commas ("The letter, signed by 40 groups, reads", "Doe, who
  // has led the union since 2010, said").
  const gap = text.slice(p.end, until)
  return gap.replace(/[,\s\d]/g, '') === '' || appositiveRe.test(gap)
}

const appositiveRe = /^\s*,(?:\s*\d{1,3}\s*,)?\s*\p{Ll}[^,;:.!?"“”«»\n]{0,120},\s*$/u

/** The attribution right after a quote span, within its last block. */
export function attributionAfter(
  text: string,
  span: QuoteSpan,
  block: Block,
): FoundAttribution | null {
  if (!span.closed) return null
  const limit = block.end
  let p = span.after
  let sentenceBreak = /[.!?…]/.test(text[span.end - 1] ?? '')
  while (p < limit && (isSpace(text[p]) || /[,.;!?…]/.test(text[p] ?? ''))) {
    if (/[.!?…]/.test(text[p] ?? '')) sentenceBreak = true
    if (text[p] === ',') sentenceBreak = false
    p++
  }
  if (p >= limit || text[p] === '\n') return null
  // “Why?” she asked. — a lower-case word goes on with the same sentence.
  if (isLower(text[p])) sentenceBreak = false
  // Dash attribution: “…” – César Chávez, UFW
  if (isDash(text[p]) || (text[p] === '-' && isSpace(text[p + 1])) || text.startsWith('--', p)) {
    let q = p
    while (q < limit && (isDash(text[q]) || text[q] === '-' || isSpace(text[q]))) q++
    // “…” —afirmó NAME.: a narrator's dash before a reporting verb; read as the verb-first shape.
    const dashVerb = isLower(text[q])
      ? matchVerbAt(wordsIn(text, q, Math.min(limit, q + 40)), 0, false)
      : null
    if (dashVerb?.kind === 'verb') p = q
    else if (!isUpper(text[q])) return null
    else {
      const end = sentenceEnd(text, q, limit)
      const phrase = parseSpeakerPhrase(text, q, end)
      if (phrase.name === null) return null
      return make('dash', q, phrase.end, null, phrase, { sentenceBreak })
    }
  }
  let clauseEnd = sentenceEnd(text, p, limit)
  for (let i = p; i < clauseEnd; i++) {
    if (openers.test(text[i] ?? '') && (i === p || isSpace(text[i - 1]))) {
      clauseEnd = i
      break
    }
  }
  const words = wordsIn(text, p, clauseEnd)
  const resumesAt = (end: number): number | null => {
    let q = end
    // Only a comma joins: “…,” she said, “…” is one sentence interrupted; after a period the
    // next quote is a new one (the same speaker going on).
    while (q < limit && (isSpace(text[q]) || text[q] === ',')) q++
    return text.slice(end, q).includes(',') && openers.test(text[q] ?? '') ? q : null
  }
  // Verb first: “…,” stated Oscar Chacon, executive director of Alianza Americas.
  const first = matchVerbAt(words, 0, true)
  if (first) {
    const verbEnd = words[first.to - 1]?.end ?? p
    const phrase = parseSpeakerPhrase(text, verbEnd, clauseEnd)
    // «…», señalaron desde la organización: a quote whose speaker is not named (the caller
    // asks more of the quote itself then).
    if (phrase.name === null && phrase.reference === null && first.kind === 'according') return null
    const end = Math.max(phrase.end, verbEnd)
    const verb = text.slice(words[first.from]?.start ?? p, verbEnd)
    if (!documentFits(verb, phrase)) return null
    return make('after', p, end, verb, phrase, { sentenceBreak, resumes: resumesAt(end) })
  }
  // Name first: “…,” Chacon said. / “…”, la senadora Cortez Masto afirmó.
  for (let k = 1; k < Math.min(words.length, 26); k++) {
    const m = matchVerbAt(words, k, false)
    if (!m) continue
    const verbStart = words[m.from]?.start ?? p
    const verbEnd = words[m.to - 1]?.end ?? p
    const head = words[0]?.text ?? ''
    if (!isUpper(head[0]) && !isArticleOrPronoun(head)) return null
    const phrase = parseSpeakerPhrase(text, p, verbStart)
    if (!usable(phrase, text, verbStart)) return null
    const verb = text.slice(verbStart, verbEnd)
    if (!documentFits(verb, phrase)) return null
    return make('after', p, verbEnd, verb, phrase, { sentenceBreak, resumes: resumesAt(verbEnd) })
  }
  return null
}

/** The attribution in the sentence before a quote span's opening mark. */
export function attributionBefore(
  text: string,
  span: QuoteSpan,
  block: Block,
  previous: Block | null,
): FoundAttribution | null {
  // An attribution stands within a few hundred characters of its quote; bounding the search
  // keeps a huge one-paragraph text linear.
  let from = sentenceStart(text, Math.max(block.start, span.open - 600), span.open)
  let to = span.open
  while (to > from && isSpace(text[to - 1])) to--
  if (to === from && previous && /:\s*$/.test(previous.text)) {
    // "… said:" closes the previous paragraph and the quote opens the next one.
    to = previous.end
    while (to > previous.start && isSpace(text[to - 1])) to--
    from = sentenceStart(text, Math.max(previous.start, to - 600), to)
  }
  if (to <= from) return null
  from = skipDateline(text, from, to)
  const colon = text[to - 1] === ':'
  const words = wordsIn(text, from, to)
  for (let k = words.length - 1; k >= 0; k--) {
    const m = matchVerbAt(words, k, k === 0)
    if (!m) continue
    const verbStart = words[m.from]?.start ?? from
    const verbEnd = words[m.to - 1]?.end ?? from
    const verb = text.slice(verbStart, verbEnd)
    // "Signs at the rally read: “…”": only a document reads.
    if (isDocumentVerb(verb) && parseSubject(text, from, verbStart).reference !== 'document')
      continue
    // According to NAME, “…” / Said NAME: “…”
    let phrase = parseSpeakerPhrase(text, verbEnd, to)
    let gap = text.slice(phrase.end, to)
    if (m.kind === 'according' || (phrase.name !== null && k === 0)) {
      if (phrase.name === null) return null
      const partial = !/^[\s,:]*$/.test(gap)
      return make('before', verbStart, phrase.end, verb, phrase, { colon, partial })
    }
    // "Así lo expresó NAME, TITLE: “…”", "So said NAME:": the subject follows the verb.
    if (
      colon &&
      phrase.name !== null &&
      /^[\s,:]*$/.test(gap) &&
      invertedHead(text, from, verbStart)
    )
      return make('before', verbStart, phrase.end, verb, phrase, { colon })
    gap = text.slice(verbEnd, to)
    const partial = !/^[\s,:]*(that|que)?[\s,:]*$/i.test(gap)
    // NAME, TITLE, said: “…” / NAME said that “…”
    phrase = parseSubject(text, from, verbStart)
    const head = /\S+/.exec(text.slice(phrase.start, verbStart))?.[0] ?? ''
    if (
      usable(phrase, text, verbStart) &&
      (isUpper(head[0]) || isArticleOrPronoun(head) || phrase.reference !== null)
    )
      return make('before', phrase.start, verbEnd, verb, phrase, { colon, partial })
    // "NAME felicitó la iniciativa…, e indicó que “…”": a coordinated verb shares the subject
    // that opens the sentence; "Agregó que “…”" has none (the last speaker goes on).
    const joined = k > 0 && /^(and|y|e)$/i.test(words[k - 1]?.text ?? '')
    // "En respuesta a la pregunta, dijo: “…”": only an opening phrase stands before the verb.
    const opening =
      k > 0 && phrase.name === null && openingPhraseRe.test(text.slice(from, verbStart))
    if (k === 0 || joined || opening) {
      const opener = k === 0 || opening ? null : parseSpeakerPhrase(text, from, verbStart)
      if (opener && opener.name !== null)
        return make('before', opener.start, verbEnd, verb, opener, { colon, partial })
      const pronoun = {
        ...parseSpeakerPhrase(text, verbStart, verbStart),
        reference: 'pronoun' as const,
      }
      return make('before', verbStart, verbEnd, verb, pronoun, { colon, partial })
    }
    // Another verb further back may carry the attribution ("expresó que comparte “…”").
  }
  // A colon with no reporting verb: "Kevin Marsh, an organizer with Tenants United, put it
  // plainly: “…”" — the subject of the sentence speaks.
  if (colon && words.length <= 40) return colonSubject(text, words, from, to)
  return null
}

/** An adverbial phrase that opens a sentence and ends in a comma ("En respuesta a la pregunta,"). */
const openingPhraseRe =
  /^\s*(?:en|tras|ante|durante|desde|con|para|por|in|after|before|following|upon|during|when|cuando|al)\s[^;:.!?"“”«»]{1,160}$/iu

/** Words that put the verb before its subject: "Así lo expresó NAME", "So said NAME". */
function invertedHead(text: string, from: number, to: number): boolean {
  return /^\s*(?:así\s+lo|asi\s+lo|así|asi|eso|esto|lo|so|thus|here\s+is\s+how|this\s+is\s+how|así\s+es\s+como)\s*$/iu.test(
    text.slice(from, to),
  )
}

/**
 * The named subject of a sentence that introduces a quote with a colon, as an attribution: the
 * longest run of words from the sentence start that reads as a speaker phrase and is followed
 * by a lower-case word (its verb).
 */
function colonSubject(
  text: string,
  words: ReturnType<typeof wordsIn>,
  from: number,
  to: number,
): FoundAttribution | null {
  let best: SpeakerPhrase | null = null
  for (let k = 1; k < words.length; k++) {
    const w = words[k]
    if (!w || !isLower(w.text[0]) || isArticleOrPronoun(w.text)) continue
    // A verb follows its subject's last word (a name, "(ORG)") or the comma that closes it.
    const prev = words[k - 1]
    if (!prev || !(isUpper(prev.text[0]) || /[,)]/.test(text.slice(prev.end, w.start)))) continue
    const phrase = parseSubject(text, from, w.start)
    const head = /\S+/.exec(text.slice(phrase.start, w.start))?.[0] ?? ''
    // With no verb to go by, a bare capitalised word ("Protesters chanted:") names nobody: the
    // subject is a full name, or a name with a title or organization.
    const full =
      phrase.name !== null &&
      (phrase.name.split(/\s+/).length >= 2 ||
        phrase.title !== null ||
        phrase.organization !== null)
    const named = full && isUpper(head[0])
    if ((named || phrase.reference === 'document') && usable(phrase, text, w.start)) best = phrase
  }
  if (best) return make('before', best.start, to - 1, null, best, { colon: true })
  // "Rosa Delgado, Executive Director, Colorado Housing Network: “…”": a speaker line, no verb.
  const line = speakerLine(text, from, to)
  return line ? make('before', line.start, line.end, null, line.phrase, { colon: true }) : null
}

/** A narrator's aside between dashes inside the quote: «… —afirmó NAME—. …» */
export function attributionAside(text: string, span: QuoteSpan): FoundAttribution | null {
  const inner = text.slice(span.start, span.end)
  if (!/[—–―]/.test(inner)) return null
  const re = /[—–―]\s*([^—–―\n]{2,160}?)\s*(?:[—–―]|$)/gu
  for (let m = re.exec(inner); m; m = re.exec(inner)) {
    // The closing dash of one aside may open the next.
    re.lastIndex = Math.max(m.index + 1, m.index + m[0].length - 1)
    const bodyStart = span.start + (m.index + m[0].indexOf(m[1] ?? ''))
    const bodyEnd = bodyStart + (m[1] ?? '').length
    const words = wordsIn(text, bodyStart, bodyEnd)
    const verbFirst = matchVerbAt(words, 0, false)
    const last = words.length - 1
    const verbLast = last > 0 && last < 8 ? matchVerbAt(words, last, false) : null
    if (verbFirst && verbFirst.kind === 'verb') {
      const verbEnd = words[verbFirst.to - 1]?.end ?? bodyStart
      const phrase = parseSpeakerPhrase(text, verbEnd, bodyEnd)
      if (phrase.name === null && phrase.reference === null) continue
      const verb = text.slice(bodyStart, verbEnd)
      return make('aside', bodyStart, Math.max(phrase.end, verbEnd), verb, phrase, {})
    }
    if (verbLast) {
      const verbStart = words[last]?.start ?? bodyStart
      const phrase = parseSpeakerPhrase(text, bodyStart, verbStart)
      if (!usable(phrase, text, verbStart)) continue
      return make('aside', bodyStart, bodyEnd, words[last]?.text ?? null, phrase, {})
    }
  }
  return null
}
