/**
 * Media contacts: reads a contacts block ("Contact: Jane Doe, 202-555-0100, jane@example.org",
 * "Fernanda Durand | (443) 396-3317 | jane@example.org", or a multi-line block of name / title /
 * organization / phone / e-mail lines, possibly several contacts) into {@link Contact} records.
 * What stands where an e-mail should be but is not an address (the "[email protected]" left by
 * scrapers) gives `email: null`, `emailText` set, and a problem for the caller to report.
 */
import type { Contact } from '../core/release.js'
import { findDates } from './dates.js'
import {
  allMatches,
  brokenEmailRe,
  contactLabelRe,
  emailDebrisRe,
  emailRe,
  matches,
  phoneRe,
} from './patterns.js'
import { lineSpans, trimSpan } from './text-utils.js'

/** A problem found while reading contacts (an e-mail that is not an address). */
export interface ContactProblem {
  reason: 'invalid-email'
  /** Why it is not an address, as a clause for a message. */
  why: string
  text: string
  start: number
  end: number
}

/** The contacts of one block, and problems to report. */
export interface ContactsResult {
  contacts: Contact[]
  problems: ContactProblem[]
}

type ItemKind = 'phone' | 'email' | 'bad-email' | 'broken-email' | 'text'
interface Item {
  kind: ItemKind
  start: number
  end: number
  value: string
}

const titleWords =
  /\b(?:director|directora|manager|coordinator|coordinadora?|specialist|especialista|officer|secretary|secretaria|secretario|spokes(?:person|man|woman)|portavoz|vocero|vocera|president|presidenta?|ceo|vp|vice|associate|strategist|estratega|lead|head|chief|jefe|jefa|advisor|adviser|asesora?|organizer|organizadora?|analyst|analista|fellow|gerente|comunicaciones|communications|press|prensa|media|medios|relations|relaciones|senior|deputy|founder|fundadora?|campaigner|representative|representante|counsel|attorney|abogada?|editor|editora|producer|productora)\b/i
const orgWords =
  /\b(?:inc|llc|ltd|corp|coalition|coalición|alliance|alianza|network|red|council|consejo|center|centre|centro|office|oficina|action|fund|fondo|union|unión|foundation|fundación|project|proyecto|campaign|campaña|committee|comité|institute|instituto|association|asociación|organization|organización|america|americas|américa|league|liga|society|sociedad|group|grupo|partners|services|servicios|federation|federación|movement|movimiento|collective|colectivo|united|unidos|agency|agencia|department|departamento|\.org|\.com)\b/i
const nameRe =
  /^[\p{Lu}][\p{L}'’.-]*(?:[ \u00a0]+(?:(?:de|del|la|las|los|van|von|der|da|di|y|e|bin|al)[ \u00a0]+){0,2}[\p{Lu}][\p{L}'’.-]*){1,4}$/u
const urlRe = /^(?:https?:\/\/|www\.)\S+$|^\S+\.(?:org|com|net|gov|edu|mx|us)(?:\/\S*)?$/i
const fieldLabelRe =
  /^(?:tel(?:éfono|efono|ephone)?|phone|ph|cell(?:ular)?|celular|mobile|móvil|movil|office|oficina|fax|e-?mail|correo(?:\s+electr[oó]nico)?|c|m|o|t|p|e|w|web|website|press|media|prensa|medios)\.?\s*[:：]?\s*$/i

const contactLeadRe =
  /^(?:(?:for\s+(?:more\s+information|further\s+information|information|interviews|questions|(?:media|press)\s+(?:inquiries|enquiries|requests))|para\s+(?:m[aá]s\s+informaci[oó]n|entrevistas|preguntas))[,:]?\s*)?(?:(?:please\s+)?(?:contact|call|email|e-mail|reach(?:\s+out\s+to)?|write\s+to)|(?:por\s+favor\s+)?(?:comun[ií]quese\s+con|contacte\s+a|llame\s+a|escriba\s+a|contactar\s+a))\s+/i
/** A lead-in cut off by a comma ("For media inquiries, please contact …"). */
const leadOnlyRe =
  /^(?:for\s+)?(?:(?:media|press)\s+(?:inquiries|enquiries|requests)|more\s+information|further\s+information|interviews)$|^para\s+(?:m[aá]s\s+informaci[oó]n|entrevistas|solicitudes\s+de\s+prensa)$/i
const contactTailRe = /\s+(?:at|al|or|o|on|en|by|via|por|a\s+trav[eé]s\s+de)$/i

function digits(s: string): number {
  return s.replace(/\D/g, '').length
}

/** A phone-shaped match that is not a date ("07.25.2019") or a year range. */
function isPhone(s: string): boolean {
  const n = digits(s)
  if (n < 7 || n > 15) return false
  return findDates(s).length === 0 && !/^\d{4}\s*[-–]\s*\d{4}$/.test(s.trim())
}

/** Splits the block into items: phones, e-mails, e-mail debris and text fields, in order. */
function itemsOf(text: string, start: number, end: number): Item[][] {
  const perLine: Item[][] = []
  for (const [ls, le] of lineSpans(text, start, end)) {
    const line = text.slice(ls, le)
    const taken: Item[] = []
    const grab = (re: RegExp, kind: ItemKind, ok: (s: string) => boolean = () => true): void => {
      for (const m of allMatches(re, line)) {
        const s = ls + (m.index ?? 0)
        const e = s + m[0].length
        if (!ok(m[0])) continue
        if (taken.some((t) => s < t.end && e > t.start)) continue
        taken.push({ kind, start: s, end: e, value: m[0] })
      }
    }
    grab(emailRe, 'email')
    grab(emailDebrisRe, 'bad-email')
    grab(brokenEmailRe, 'broken-email')
    grab(phoneRe, 'phone', isPhone)
    taken.sort((a, b) => a.start - b.start)
    // The text between taken items, split on field separators, gives text items.
    const items: Item[] = []
    let at = ls
    const pushText = (s: number, e: number): void => {
      const re = /\s*(?:\||,|;|\/|•|·|\t|\s[–—-]\s|\(|\)|:\s|\s{2,})\s*/g
      let from = s
      const segment = text.slice(s, e)
      for (const m of segment.matchAll(re)) {
        addText(from, s + (m.index ?? 0))
        from = s + (m.index ?? 0) + m[0].length
      }
      addText(from, e)
    }
    const addText = (s: number, e: number): void => {
      const [ts, te] = trimSpan(text, s, e)
      let value = text.slice(ts, te).replace(/^[\s:*_>-]+|[\s:*_]+$/g, '')
      if (!value) return
      if (contactLabelRe.test(value)) {
        const rest = value.replace(contactLabelRe, '').trim()
        if (!rest) return
        value = rest
      }
      // "For more information contact Ana Ruiz at …", "comuníquese con Ana Ruiz al …"
      value = value.replace(contactLeadRe, '').replace(contactTailRe, '')
      if (!value) return
      if (fieldLabelRe.test(value) || urlRe.test(value) || leadOnlyRe.test(value)) return
      // "Teresa Quon and Daniel Ostrowski", "Ana Ruiz y Pablo Núñez": two names.
      const pair = /^(.+?)\s+(?:and|y|&)\s+(.+)$/u.exec(value)
      if (pair && nameRe.test(pair[1] ?? '') && nameRe.test(pair[2] ?? '')) {
        const second = text.indexOf(pair[2] ?? '', ts + (pair[1] ?? '').length)
        items.push({
          kind: 'text',
          start: ts,
          end: ts + (pair[1] ?? '').length,
          value: pair[1] ?? '',
        })
        items.push({ kind: 'text', start: second, end: te, value: pair[2] ?? '' })
        return
      }
      items.push({ kind: 'text', start: ts, end: te, value })
    }
    for (const t of taken) {
      if (t.start > at) pushText(at, t.start)
      items.push(t)
      at = t.end
    }
    if (at < le) pushText(at, le)
    perLine.push(items)
  }
  return perLine
}

function emptyContact(start: number): Contact {
  return {
    name: null,
    phone: null,
    email: null,
    organization: null,
    title: null,
    start,
    end: start,
  }
}

/** Reads the contacts of the block `text[start, end)`. */
export function readContacts(text: string, start: number, end: number): ContactsResult {
  const contacts: Contact[] = []
  const problems: ContactProblem[] = []
  let cur: Contact | null = null
  const finish = (): void => {
    if (cur && (cur.name || cur.phone || cur.email || cur.emailText)) contacts.push(cur)
    cur = null
  }
  for (const items of itemsOf(text, start, end)) {
    for (const item of items) {
      const c: Contact = cur ?? emptyContact(item.start)
      cur = c
      const grow = (): void => {
        c.end = Math.max(c.end, item.end)
      }
      if (item.kind === 'phone') {
        if (c.phone) {
          grow()
          continue
        }
        c.phone = item.value
      } else if (item.kind === 'email') {
        if (c.email || c.emailText) {
          finish()
          const n: Contact = emptyContact(item.start)
          n.email = item.value
          n.end = item.end
          cur = n
          continue
        }
        c.email = item.value
      } else if (item.kind === 'bad-email' || item.kind === 'broken-email') {
        if (c.email || c.emailText) {
          grow()
          continue
        }
        c.email = null
        c.emailText = item.value
        problems.push({
          reason: 'invalid-email',
          why:
            item.kind === 'bad-email'
              ? 'it is what a web page leaves when it hides addresses from scrapers'
              : 'it has a space around the “@”',
          text: item.value,
          start: item.start,
          end: item.end,
        })
      } else {
        const v = item.value
        const isTitle = titleWords.test(v)
        const isOrg = orgWords.test(v)
        const isName = !isTitle && !isOrg && nameRe.test(v) && !/\d/.test(v)
        if (isName) {
          if (c.name || c.phone || c.email || c.emailText) {
            finish()
            const n: Contact = emptyContact(item.start)
            n.name = v
            n.end = item.end
            cur = n
            continue
          }
          c.name = v
        } else if (isTitle && !c.title) {
          // "Communications Director, Alianza Americas" or "Director at Org".
          const at = /^(.*?)\s+(?:at|of|de|en|con)\s+(.+)$/i.exec(v)
          if (at && orgWords.test(at[2] ?? '') && at[1]) {
            c.title = at[1]
            c.organization ??= at[2] ?? null
          } else c.title = v
        } else if (!c.organization && (isOrg || (c.name && /^[\p{Lu}]/u.test(v)))) {
          c.organization = v
        } else if (!c.name && nameRe.test(v)) {
          c.name = v
        }
      }
      grow()
    }
  }
  finish()
  for (const c of contacts) {
    const [s, e] = trimSpan(text, c.start, c.end)
    c.start = s
    c.end = e
  }
  return { contacts, problems }
}

/** Whether a block reads as a contacts block: a contact label, or short lines with a phone or e-mail. */
export function isContactsBlock(block: string): boolean {
  const first = block.split('\n', 1)[0] ?? ''
  if (contactLabelRe.test(first)) return true
  const lines = block.split('\n')
  if (lines.some((l) => l.length > 160)) return false
  if (block.length > 700) return false
  const hasEmail =
    matches(emailRe, block) || matches(emailDebrisRe, block) || matches(brokenEmailRe, block)
  const hasPhone = allMatches(phoneRe, block).some((m) => isPhone(m[0]))
  if (!hasEmail && !hasPhone) return false
  // A sentence that happens to give a phone number ("Call 555-0100 for help.") is not a contact block.
  const words = block.split(/\s+/).filter((w) => /\p{L}{2,}/u.test(w)).length
  return words <= 12 * lines.length && !/[.!?]\s+\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Ll}+/u.test(block)
}

/** A person's name standing alone on a contact line ("Rosa Delgado"). */
export const contactNameRe = nameRe

/** A contact line that gives a title or an organization ("Communications Director, CHN"). */
export const contactRoleRe = new RegExp(`${titleWords.source}|${orgWords.source}`, 'i')
