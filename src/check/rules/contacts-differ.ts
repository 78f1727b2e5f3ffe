/**
 * contacts-differ: the media contacts of two versions disagree — a phone or e-mail changed in
 * the translation, a contact listed in one language only. Reported on the later version (the
 * translation a person would fix), with `cause` at the first version's contact. A version
 * that lists no contacts at all is left to missing-media-contact.
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
    en: 'The media contacts differ between language versions.',
    es: 'Los contactos de prensa difieren entre las versiones.',
  },
  langs: ['*'],
  scope: 'release',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      phone:
        'The phone of {name} is “{actual}” here but “{expected}” in the {counterpart} version.',
      email:
        'The e-mail of {name} is “{actual}” here but “{expected}” in the {counterpart} version.',
      onlyHere: 'The contact {name} is not listed in the {counterpart} version.',
      notHere: 'The contact {name} of the {counterpart} version is not listed here.',
      counterpart: 'The contact in the {counterpart} version.',
    },
    es: {
      phone:
        'El teléfono de {name} es «{actual}» aquí pero «{expected}» en la versión {counterpart}.',
      email:
        'El correo de {name} es «{actual}» aquí pero «{expected}» en la versión {counterpart}.',
      onlyHere: 'El contacto {name} no figura en la versión {counterpart}.',
      notHere: 'El contacto {name} de la versión {counterpart} no figura aquí.',
      counterpart: 'El contacto en la versión {counterpart}.',
    },
  },
  examples: {
    valid: [{ name: 'the same contact in both versions', files: pair() }],
    invalid: [
      {
        name: 'a digit changed in the Spanish phone',
        files: pair(enRelease, esRelease.replace('(312) 555-0142', '(312) 555-0124')),
        messages: [{ messageId: 'phone', lang: 'es', actual: '(312) 555-0124' }],
      },
    ],
  },
  create(context) {
    const compare = (base: Version, other: Version) => {
      if (base.contacts.length === 0 || other.contacts.length === 0) return
      const baseText = context.textOf(base)
      const text = context.textOf(other)
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
        const pa = phoneKey(contact.phone)
        const pb = phoneKey(twin.phone)
        if (pa && pb && pa !== pb && contact.phone && twin.phone)
          context.report({
            version: other,
            messageId: 'phone',
            data: { name, actual: contact.phone, expected: twin.phone, counterpart },
            ...span(text, contact, contact.phone),
            cause: cause(twin.phone),
            actual: contact.phone,
            expected: [twin.phone],
          })
        if (contact.email && twin.email && contact.email.toLowerCase() !== twin.email.toLowerCase())
          context.report({
            version: other,
            messageId: 'email',
            data: { name, actual: contact.email, expected: twin.email, counterpart },
            ...span(text, contact, contact.email),
            cause: cause(twin.email),
            actual: contact.email,
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
