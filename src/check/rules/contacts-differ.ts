/**
 * contacts-differ: the media contacts of two versions disagree as people — a contact listed in
 * one language only, or listed without the phone or e-mail the other version gives them.
 * Contacts are matched by name (accents and case folded), then by e-mail or phone. Reported on
 * the later version (the translation a person would fix), with `cause` at the first version's
 * contact. A number or address that changed is a value drift, reported by contact-mismatch;
 * a version that lists no contacts at all is left to missing-media-contact.
 */
import type { Contact, Version } from '../../core/index.js'
import { primaryLang } from '../../core/index.js'
import { defineRule } from '../define-rule.js'
import { enRelease, esRelease, pair } from '../text/examples.js'
import { fold } from '../text/prose.js'

function phoneKey(phone: string | null): string | null {
  if (!phone) return null
  const digits = phone.replace(/\D/g, '')
  return digits.length >= 7 ? digits.slice(-10) : null
}

function nameKey(name: string | null): string | null {
  return name
    ? fold(name)
        .replace(/[^\p{L}]+/gu, ' ')
        .trim()
    : null
}

function sameContact(a: Contact, b: Contact): boolean {
  const na = nameKey(a.name)
  const nb = nameKey(b.name)
  if (na && nb) return na === nb
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase()
  const pa = phoneKey(a.phone)
  return pa !== null && pa === phoneKey(b.phone)
}

function span(
  text: string,
  contact: Contact,
  value: string | null,
): { start: number; end: number } {
  if (value) {
    const at = text.indexOf(value, contact.start)
    if (at >= 0 && at < contact.end) return { start: at, end: at + value.length }
  }
  return { start: contact.start, end: contact.end }
}

/** The contacts-differ rule. */
export const contactsDiffer = defineRule({
  id: 'contacts-differ',
  summary: {
    en: 'A media contact is listed in one language version only, or without the phone or e-mail the other gives.',
    es: 'Un contacto de prensa figura en una sola versión, o sin el teléfono o correo que da la otra.',
  },
  langs: ['*'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      noPhone: '{name} is listed without the phone the {counterpart} version gives (“{expected}”).',
      noEmail:
        '{name} is listed without the e-mail the {counterpart} version gives (“{expected}”).',
      onlyHere: 'The contact {name} is not listed in the {counterpart} version.',
      notHere: 'The contact {name} of the {counterpart} version is not listed here.',
      counterpart: 'The contact in the {counterpart} version.',
    },
    es: {
      noPhone: '{name} figura sin el teléfono que da la versión {counterpart} («{expected}»).',
      noEmail: '{name} figura sin el correo que da la versión {counterpart} («{expected}»).',
      onlyHere: 'El contacto {name} no figura en la versión {counterpart}.',
      notHere: 'El contacto {name} de la versión {counterpart} no figura aquí.',
      counterpart: 'El contacto en la versión {counterpart}.',
    },
  },
  examples: {
    valid: [{ name: 'the same contact in both versions', files: pair() }],
    invalid: [
      {
        name: 'a second contact listed in English only',
        files: pair(
          enRelease.replace(
            'Contact: Ana Pérez | (312) 555-0142 | ana@example.org',
            'Contact: Ana Pérez | (312) 555-0142 | ana@example.org\nLuis Ortega | (773) 555-0190 | luis@example.org',
          ),
          esRelease,
        ),
        messages: [{ messageId: 'notHere', lang: 'es' }],
      },
      {
        name: 'the Spanish version drops the e-mail',
        files: pair(enRelease, esRelease.replace(' | ana@example.org', '')),
        messages: [{ messageId: 'noEmail', lang: 'es' }],
      },
    ],
  },
  create(context) {
    const compare = (base: Version, other: Version) => {
      if (base.contacts.length === 0 || other.contacts.length === 0) return
      const baseText = context.textOf(base)
      const counterpart = primaryLang(base.lang).toUpperCase()
      const matched = new Set<Contact>()
      for (const contact of other.contacts) {
        const twin = base.contacts.find((b) => !matched.has(b) && sameContact(b, contact))
        const name = contact.name ?? contact.email ?? contact.phone ?? '?'
        if (!twin) {
          context.report({
            version: other,
            messageId: 'onlyHere',
            data: { name, counterpart },
            start: contact.start,
            end: contact.end,
          })
          continue
        }
        matched.add(twin)
        const cause = (value: string | null) => ({
          version: base,
          ...span(baseText, twin, value),
          messageId: 'counterpart',
          data: { counterpart },
        })
        if (twin.phone && !contact.phone)
          context.report({
            version: other,
            messageId: 'noPhone',
            data: { name, expected: twin.phone, counterpart },
            start: contact.start,
            end: contact.end,
            cause: cause(twin.phone),
            expected: [twin.phone],
          })
        if (twin.email && !contact.email && !contact.emailText)
          context.report({
            version: other,
            messageId: 'noEmail',
            data: { name, expected: twin.email, counterpart },
            start: contact.start,
            end: contact.end,
            cause: cause(twin.email),
            expected: [twin.email],
          })
      }
      for (const twin of base.contacts) {
        if (matched.has(twin)) continue
        const first = other.contacts[0] as Contact
        context.report({
          version: other,
          messageId: 'notHere',
          data: { name: twin.name ?? twin.email ?? twin.phone ?? '?', counterpart },
          start: first.start,
          end: first.end,
          cause: {
            version: base,
            start: twin.start,
            end: twin.end,
            messageId: 'counterpart',
            data: { counterpart },
          },
        })
      }
    }
    return {
      release(versions) {
        const [base, ...others] = versions
        if (!base) return
        for (const other of others) compare(base, other)
      },
    }
  },
})
