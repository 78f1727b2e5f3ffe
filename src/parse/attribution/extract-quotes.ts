/**
 * Direct quotes of one version. Quote-mark spans become quotes when something attributes them —
 * a reporting verb and speaker next to them, a narrator's aside, a colon-introduced lead, or a
 * statement lead — or when they continue the previous speaker's quote in the next paragraph.
 * Scare quotes, titles and slogans (short, unattributed) are left alone, and so are quotes in page
 * chrome before the release starts (blocks before the headline/date, or 'other' blocks before the
 * first body paragraph). Statements announced by a lead are one quote, quoted or not.
 */

import type { Lang } from '../../core/lang.js'
import type { Attribution, Block, Quote, Speaker } from '../../core/release.js'
import {
  attributionAfter,
  attributionAside,
  attributionBefore,
  type FoundAttribution,
} from './attribution-finder.js'
import { looksLikeContacts } from './boilerplates.js'
import { aboutHeading, isEndMark, leadingEndMark, orgDescription } from './org-description.js'
import { findDialogueSpans, findQuoteSpans, type QuoteSpan } from './quote-spans.js'
import { matchVerbAt } from './reporting-verbs.js'
import { speakerLine } from './speaker-line.js'
import { parseSubject } from './speaker-phrase.js'
import { SpeakerRegistry } from './speaker-registry.js'
import { findStatementLead, mayLead, type StatementLead } from './statement-lead.js'
import { isSpace, sentenceStart, skipDateline, trimSpan, wordsIn } from './text-scan.js'

const excludedKinds = new Set([
  'headline',
  'subheadline',
  'date',
  'contacts',
  'release-line',
  'end-mark',
  'boilerplate',
])

/** Which blocks may hold release quotes: not page chrome, headings, contacts or boilerplates. */
export function quoteEligibility(blocks: Block[]): boolean[] {
  const anchor = blocks.findIndex((b) => ['headline', 'date', 'release-line'].includes(b.kind))
  const firstBody = blocks.findIndex((b) => b.kind === 'body' || b.kind === 'quote')
  let afterEnd = false
  return blocks.map((b, i) => {
    if (b.kind === 'end-mark' || leadingEndMark(b.text.trimStart()) > 0) afterEnd = true
    if (afterEnd || excludedKinds.has(b.kind)) return false
    if (anchor > 0 && i < anchor) return false
    if (b.kind === 'other' && (firstBody < 0 || i < firstBody)) return false
    return true
  })
}

/** The number of whitespace-separated words of `s`, counted up to `cap`. */
function wordCount(s: string, cap = 20): number {
  let n = 0
  let inWord = false
  for (let i = 0; i < s.length && n < cap; i++) {
    const c = s.charCodeAt(i)
    const space =
      c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b)
    if (!space && !inWord) n++
    inWord = !space
  }
  return n
}

/** Whether a quoted text reads as a sentence ("We will not stop."), not a term or a title. */
function sentenceLike(s: string): boolean {
  return wordCount(s) >= 5 && /^[\p{Lu}¡¿…\d]/u.test(s) && /[.!?…]$/.test(s.trim())
}

/** Whether block `i` is where an unquoted statement body stops. */
function statementStops(text: string, b: Block): boolean {
  if (b.kind !== 'body' && b.kind !== 'quote') return true
  const t = b.text.trim()
  return (
    isEndMark(t) ||
    leadingEndMark(t) > 0 ||
    aboutHeading(t) !== null ||
    looksLikeContacts(t) ||
    orgDescription(text, b.start, b.end, true) !== null ||
    // The next speaker's line or lead starts the next statement.
    leadInBlock(text, b) !== null
  )
}

interface Candidate {
  start: number
  end: number
  block: number
  attribution: FoundAttribution | null
  lead: StatementLead | null
  /** `own`: attributed or led; `continues`: the previous speaker goes on; `standalone`: a
   * paragraph in quotes with no attribution (speaker from a "NAME on TOPIC" headline, or null). */
  mode: 'own' | 'continues' | 'standalone'
}

/** The direct quotes of one version, in order, with speakers and attributions. */
export function extractQuotes(text: string, blocks: Block[], lang: Lang): Quote[] {
  void lang
  const eligible = quoteEligibility(blocks)
  const marked = findQuoteSpans(text, blocks, eligible)
  const dialogue = findDialogueSpans(text, blocks, eligible, marked)
  const spans =
    dialogue.length > 0 ? [...marked, ...dialogue].sort((a, b) => a.open - b.open) : marked
  const used = new Set<number>()
  const candidates: Candidate[] = []
  const covered: Array<[number, number]> = []

  // Statements announced by a lead: quoted (one or more whole paragraphs) or unquoted.
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]
    if (!b || !eligible[i]) continue
    const found = leadInBlock(text, b)
    if (!found) continue
    const { lead, bodyStart } = found
    let bodyBlock = i
    let s = bodyStart
    if (s >= trimSpan(text, b.start, b.end)[1]) {
      bodyBlock = i + 1
      const next = blocks[bodyBlock]
      if (!next || !eligible[bodyBlock]) continue
      s = next.start
    }
    while (isSpace(text[s])) s++
    const first = spans.findIndex((sp) => sp.open === s)
    if (first >= 0) {
      const sp = spans[first] as QuoteSpan
      if (attributionAfter(text, sp, blocks[sp.lastBlock] as Block)) continue
      let last = first
      used.add(first)
      while (true) {
        const cur = spans[last] as QuoteSpan
        const nxt = spans[last + 1]
        const curBlock = blocks[cur.lastBlock] as Block
        if (!nxt || !cur.closed || nxt.firstBlock !== cur.lastBlock + 1) break
        if (trimSpan(text, cur.after, curBlock.end)[1] > trimSpan(text, cur.after, curBlock.end)[0])
          break
        const nb = blocks[nxt.firstBlock] as Block
        if (trimSpan(text, nb.start, nb.end)[0] !== nxt.open) break
        if (attributionAfter(text, nxt, blocks[nxt.lastBlock] as Block)) break
        last++
        used.add(last)
      }
      const end = (spans[last] as QuoteSpan).end
      candidates.push({
        start: sp.start,
        end,
        block: sp.firstBlock,
        attribution: null,
        lead,
        mode: 'own',
      })
      covered.push([sp.open, end])
      continue
    }
    // Unquoted statement body: the paragraphs up to the end mark, a boilerplate or contacts.
    let j = bodyBlock
    let end = -1
    for (; j < blocks.length; j++) {
      const bj = blocks[j] as Block
      if (!eligible[j] || (j > bodyBlock && statementStops(text, bj))) break
      end = trimSpan(text, j === bodyBlock ? s : bj.start, bj.end)[1]
    }
    if (end <= s) continue
    candidates.push({ start: s, end, block: bodyBlock, attribution: null, lead, mode: 'own' })
    covered.push([s, end])
    i = j - 1
  }

  // Quote-mark spans with an attribution of their own.
  let last: { lastBlock: number; reach: number } | null = null
  for (let k = 0; k < spans.length; k++) {
    const sp = spans[k] as QuoteSpan
    if (used.has(k)) {
      last = { lastBlock: sp.lastBlock, reach: sp.after }
      continue
    }
    if (covered.some(([a, b]) => sp.open >= a && sp.open < b)) continue
    const block = blocks[sp.firstBlock] as Block
    const lastBlock = blocks[sp.lastBlock] as Block
    // Spanish puts the final period after the closing mark: “…”.
    const quoted = text.slice(sp.start, sp.end) + (/[.!?]/.test(text[sp.after] ?? '') ? '.' : '')
    const words = wordCount(quoted)
    if (words === 0) continue
    const after = attributionAfter(text, sp, lastBlock)
    const unnamed = after !== null && after.phrase.name === null && after.phrase.reference === null
    const adjacentAfter =
      after && after.kind === 'after' && !after.sentenceBreak && (!unnamed || words >= 5)
        ? after
        : null
    let chosen: FoundAttribution | null = null
    if (sp.orphan) {
      // No opening mark: only a closing mark with its attribution right after makes a quote.
      chosen = adjacentAfter
      if (!chosen) continue
    } else {
      const aside = attributionAside(text, sp)
      const prev = previousEligible(blocks, eligible, sp.firstBlock)
      // The attribution before the quote is only needed when nothing closer attributes it.
      const before = aside || adjacentAfter ? null : attributionBefore(text, sp, block, prev)
      if (aside) chosen = aside
      // A dialogue dash is speech only with the narrator's aside that names the speaker.
      else if (sp.mark === '—') continue
      else if (adjacentAfter) chosen = adjacentAfter
      else if (before?.colon) chosen = before
      else if (before && !before.partial && words >= 2) chosen = before
      else if (before?.partial && words >= 5) chosen = before
      else if (after && !unnamed && sentenceLike(quoted)) chosen = after
      // A speaker line above or below a quoted paragraph: "NAME, TITLE, ORG" / "— NAME, ORG".
      else if (!after && !before) chosen = speakerLineFor(text, blocks, sp)
    }
    let end = sp.end
    let reach = sp.after
    let lastOf = sp.lastBlock
    if (chosen?.resumes != null) {
      // “…,” she said, “…”: the quote resumes after the attribution; one quote.
      const r = spans.findIndex((x) => x.open === chosen?.resumes)
      const resumed = spans[r]
      const own = resumed && attributionAfter(text, resumed, blocks[resumed.lastBlock] as Block)
      // “…,” said X. “…,” said Y. are two quotes: the second has its own attribution.
      if (r > k && resumed && !(own && own.kind === 'after' && !own.sentenceBreak)) {
        end = resumed.end
        reach = resumed.after
        lastOf = resumed.lastBlock
        for (let x = k + 1; x <= r; x++) used.add(x)
      }
    }
    if (chosen) {
      candidates.push({
        start: sp.start,
        end,
        block: sp.firstBlock,
        attribution: chosen,
        lead: null,
        mode: 'own',
      })
      last = { lastBlock: lastOf, reach: Math.max(reach, chosen.end) }
      continue
    }
    // Unattributed: the same speaker going on right after a quote, or a whole paragraph (or
    // several) in quotes, which is quoted speech even when nobody is named.
    const [bs, be] = trimSpan(text, block.start, lastBlock.end)
    const wholeParagraph = sp.open === bs && sp.after >= be - 2
    const sentence = sentenceLike(quoted)
    // Right after the previous quote's attribution in the same paragraph, any full sentence
    // goes on with the same speaker (“….” said X. “Congress must act.”).
    const samePara =
      last !== null &&
      sp.firstBlock === last.lastBlock &&
      /^[\s.,;:]*$/.test(text.slice(last.reach, sp.open))
    const nextPara = last !== null && wholeParagraph && sp.firstBlock - last.lastBlock <= 1
    const shortSentence = words >= 2 && /^[\p{Lu}¡¿]/u.test(quoted) && /[.!?…]$/.test(quoted.trim())
    if ((samePara && shortSentence) || (nextPara && sentence)) {
      candidates.push({
        start: sp.start,
        end,
        block: sp.firstBlock,
        attribution: null,
        lead: null,
        mode: 'continues',
      })
      last = { lastBlock: sp.lastBlock, reach: sp.after }
    } else if (sentence && words >= 12 && (wholeParagraph || sp.lastBlock > sp.firstBlock)) {
      // "NAME, TITLE, said the vote was historic." then the quote in a paragraph of its own.
      const prev = previousEligible(blocks, eligible, sp.firstBlock)
      const indirect = wholeParagraph && prev ? indirectSpeech(text, prev) : null
      if (indirect) {
        candidates.push({
          start: sp.start,
          end,
          block: sp.firstBlock,
          attribution: indirect,
          lead: null,
          mode: 'own',
        })
        last = { lastBlock: sp.lastBlock, reach: sp.after }
        continue
      }
      candidates.push({
        start: sp.start,
        end,
        block: sp.firstBlock,
        attribution: null,
        lead: null,
        mode: 'standalone',
      })
      last = { lastBlock: sp.lastBlock, reach: sp.after }
    }
  }

  candidates.sort((a, b) => a.start - b.start)
  return resolve(text, blocks, candidates)
}

function previousEligible(blocks: Block[], eligible: boolean[], i: number): Block | null {
  return i > 0 && eligible[i - 1] ? (blocks[i - 1] ?? null) : null
}

/**
 * The speaker of a paragraph's last sentence when it reports speech without quoting it ("Rosa
 * Delgado, director of X, said the vote was a turning point.", "Ruiz afirmó que…"): the quote in
 * the next paragraph is theirs.
 */
function indirectSpeech(text: string, prev: Block): FoundAttribution | null {
  if (/["“”«»]/.test(prev.text)) return null
  const [ps, pe] = trimSpan(text, prev.start, prev.end)
  if (!/[.:]$/.test(text.slice(pe - 1, pe))) return null
  const from = skipDateline(text, sentenceStart(text, Math.max(ps, pe - 600), pe - 1), pe)
  const words = wordsIn(text, from, pe)
  for (let k = 1; k < Math.min(words.length, 30); k++) {
    const m = matchVerbAt(words, k, false)
    if (m?.kind !== 'verb') continue
    const w = words[m.from]
    const verbEnd = words[m.to - 1]?.end ?? pe
    if (!w) break
    const phrase = parseSubject(text, from, w.start)
    const head = /\S+/.exec(text.slice(phrase.start, w.start))?.[0] ?? ''
    const reaches = text.slice(phrase.end, w.start).replace(/[,\s]/g, '') === ''
    if (phrase.name !== null && reaches && /^\p{Lu}/u.test(head))
      return {
        kind: 'before',
        start: phrase.start,
        end: verbEnd,
        verb: text.slice(w.start, verbEnd),
        phrase,
        sentenceBreak: false,
        colon: false,
        partial: true,
        resumes: null,
      }
    break
  }
  return null
}

const lineKinds = new Set(['body', 'quote', 'other', 'subheadline'])

/**
 * The attribution of a quote that fills its paragraph(s) given by a speaker line with no verb:
 * the paragraph right above it ("Rosa Delgado, Executive Director, Housing Network") or right
 * below it ("— Ana Ruiz, presidenta de Inquilinos Unidos").
 */
function speakerLineFor(text: string, blocks: Block[], sp: QuoteSpan): FoundAttribution | null {
  const first = blocks[sp.firstBlock]
  const last = blocks[sp.lastBlock]
  if (!first || !last || !sp.closed) return null
  const [bs] = trimSpan(text, first.start, first.end)
  const [, be] = trimSpan(text, last.start, last.end)
  const opensBlock = sp.open === bs || skipDateline(text, bs, sp.open) >= sp.open
  if (!opensBlock || text.slice(sp.after, be).replace(/[\s.,]/g, '') !== '') return null
  const make = (
    kind: 'before' | 'dash',
    line: NonNullable<ReturnType<typeof speakerLine>>,
  ): FoundAttribution => ({
    kind,
    start: line.start,
    end: line.end,
    verb: null,
    phrase: line.phrase,
    sentenceBreak: false,
    colon: line.colon,
    partial: false,
    resumes: null,
  })
  const prev = blocks[sp.firstBlock - 1]
  // A line right under an earlier quote is that quote's signature when this quote has its own
  // line under it ("“A” / NAME A / “B” / NAME B").
  const beforeQuote = blocks[sp.firstBlock - 2]
  const signsEarlier =
    beforeQuote !== undefined &&
    /["”»]\s*$/.test(beforeQuote.text) &&
    blocks[sp.lastBlock + 1] !== undefined &&
    speakerLine(text, blocks[sp.lastBlock + 1]?.start ?? 0, blocks[sp.lastBlock + 1]?.end ?? 0) !==
      null
  if (prev && lineKinds.has(prev.kind) && opensBlock && !signsEarlier) {
    // A name, title and organization stacked on two or three short lines, or one line.
    for (let k = Math.max(0, sp.firstBlock - 3); k < sp.firstBlock; k++) {
      const top = blocks[k]
      if (!top || !blocks.slice(k, sp.firstBlock).every((b) => lineKinds.has(b.kind))) continue
      if (/\n\s*\n/.test(text.slice(top.start, prev.end)) && k < sp.firstBlock - 1) continue
      const line = speakerLine(text, top.start, prev.end)
      if (line && !line.signature) return make('before', line)
    }
  }
  const next = blocks[sp.lastBlock + 1]
  if (next && lineKinds.has(next.kind)) {
    for (let k = Math.min(blocks.length - 1, sp.lastBlock + 3); k > sp.lastBlock; k--) {
      const bottom = blocks[k]
      if (!bottom || !blocks.slice(sp.lastBlock + 1, k + 1).every((b) => lineKinds.has(b.kind)))
        continue
      if (/\n\s*\n/.test(text.slice(next.start, bottom.end)) && k > sp.lastBlock + 1) continue
      const line = speakerLine(text, next.start, bottom.end)
      if (line && !line.colon) return make('dash', line)
    }
  }
  return null
}

/** A statement lead closing a block, or one before a colon inside it ("Statement from X: “…”"). */
function leadInBlock(text: string, b: Block): { lead: StatementLead; bodyStart: number } | null {
  const [s, e] = trimSpan(text, b.start, b.end)
  // A speaker line that announces what follows: "Rosa Delgado, Executive Director, CHN:".
  const line = /:[*_\s]*$/.test(text.slice(e - 4, e)) ? speakerLine(text, s, e) : null
  if (line) {
    const lead = { start: line.start, end: line.end, verb: null, phrase: line.phrase }
    return { lead, bodyStart: e }
  }
  if (!mayLead(b.text)) return null
  const whole = findStatementLead(text, s, e)
  if (
    whole &&
    (text[e - 1] === ':' || /following|siguiente/i.test(text.slice(whole.start, whole.end)))
  )
    return { lead: whole, bodyStart: e }
  for (let c = text.indexOf(':', s); c >= 0 && c < e - 1; c = text.indexOf(':', c + 1)) {
    if (c - s > 400) break
    const lead = findStatementLead(text, s, c + 1)
    if (lead) return { lead, bodyStart: c + 1 }
  }
  return null
}

/**
 * The speaker named by a "NAME on TOPIC" / "NAME: TOPIC" headline ("32BJ SEIU President Hector
 * Figueroa on Speaker Boehner's Resignation"), for a release that is one unattributed quote.
 */
function headlineSpeaker(text: string, blocks: Block[]): Speaker | null {
  const h = blocks.find((b) => b.kind === 'headline')
  if (!h) return null
  const cut = /\s(?:on|about|sobre|responds?\s+to|responde\s+a)\s|:\s|\s[–—]\s/u.exec(h.text)
  if (!cut) return null
  const lead = /^(?:(?:joint\s+)?statement\s+(?:of|from|by)|declaraci[oó]n\s+de)\s+/iu.exec(h.text)
  const from = h.start + (lead ? lead[0].length : 0)
  const phrase = parseSubject(text, from, h.start + cut.index)
  if (phrase.name === null || phrase.name.split(/\s+/).length < 2) return null
  // "Coalition Demands Action on Housing" is a headline, not a person: a person comes with a
  // title or an organization, or is named again in the text.
  const surname = phrase.name.split(/\s+/).pop() ?? ''
  const again = text.indexOf(surname, h.end) >= 0 || text.lastIndexOf(surname, h.start) >= 0
  if (phrase.title === null && phrase.organization === null && !again) return null
  return { name: phrase.name, title: phrase.title, organization: phrase.organization }
}

/** Resolves speakers in document order and builds the quotes. */
function resolve(text: string, blocks: Block[], candidates: Candidate[]): Quote[] {
  const registry = new SpeakerRegistry()
  const floor = blocks[0]?.start ?? 0
  const quotes: Quote[] = []
  let previous: Speaker | null = null
  // People introduced in the text are looked for in the body only (not in contacts or datelines).
  const firstBody = blocks.find((b) => b.kind === 'body' || b.kind === 'quote')
  let since = firstBody?.start ?? floor
  for (const c of candidates) {
    let speaker: Speaker | null = null
    let attribution: Attribution | null = null
    const source = c.attribution ?? c.lead
    if (c.attribution) {
      const a = c.attribution
      attribution = { text: text.slice(a.start, a.end), start: a.start, end: a.end, verb: a.verb }
    } else if (c.lead) {
      const l = c.lead
      attribution = { text: text.slice(l.start, l.end), start: l.start, end: l.end, verb: l.verb }
    }
    const phrase = source && 'phrase' in source ? source.phrase : null
    if (phrase) {
      const raw = text.slice(phrase.start, phrase.end)
      speaker = registry.resolve(phrase, raw, text, floor, c.start, since)
    } else if (c.mode === 'continues') speaker = previous
    else if (c.mode === 'standalone' && previous === null) speaker = headlineSpeaker(text, blocks)
    quotes.push({
      type: 'quote',
      text: text.slice(c.start, c.end),
      speaker: speaker ? { ...speaker } : null,
      block: c.block,
      start: c.start,
      end: c.end,
      attribution,
    })
    previous = speaker
    since = Math.max(c.end, c.attribution?.end ?? 0, c.lead?.end ?? 0)
  }
  return quotes
}
