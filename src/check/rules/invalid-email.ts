/**
 * invalid-email: something that stands where an e-mail address should be but is not one —
 * the "[email protected]" debris that web scrapers and Cloudflare's obfuscation leave behind,
 * a missing domain ending, a doubled "@". A journalist cannot write to it.
 */
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'

/** What obfuscation leaves instead of an address. */
const debrisRe =
  /\[\s*e-?mail(?:[\s\u00a0]|&nbsp;|&#160;)*(?:protected|hidden|removed|redacted)\s*\]|\[e-?mail\]/gi

/** A token with an "@" in it (not a social handle, which starts with "@"). */
const atTokenRe = /(?<![\p{L}\p{N}._%+'-])[\p{L}\p{N}._%+'-]+@[^\s<>()[\]"“”«»,;:]*/gu

/** A well-formed address. */
const addressRe = /^[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u

/** Whether `text` is a well-formed e-mail address. */
export function isEmailAddress(text: string): boolean {
  return addressRe.test(text) && !text.includes('..')
}

/** The invalid-email rule. */
export const invalidEmail = defineRule({
  id: 'invalid-email',
  summary: {
    en: 'An e-mail address is not an address (including scraper debris such as “[email protected]”).',
    es: 'Una dirección de correo no es válida (incluidos restos como «[email protected]»).',
  },
  langs: ['*'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'error', options: {} },
  messages: {
    en: {
      debris:
        '“{text}” is not an e-mail address: the address was lost to e-mail obfuscation; write it out.',
      invalid: '“{text}” is not a valid e-mail address.',
    },
    es: {
      debris:
        '«{text}» no es una dirección de correo: se perdió por la ofuscación de correos; escríbala completa.',
      invalid: '«{text}» no es una dirección de correo válida.',
    },
  },
  examples: {
    valid: [
      { name: 'a real address', text: enRelease },
      {
        name: 'a social-media handle is not an address',
        text: enRelease.replace('###', 'Follow us at @farmworkers.\n\n###'),
      },
    ],
    invalid: [
      {
        name: 'scraper debris in place of the address',
        text: enRelease.replace('ana@example.org', '[email protected]'),
        messages: [{ messageId: 'debris', lang: 'en', actual: '[email protected]' }],
      },
      {
        name: 'an address without its domain ending',
        text: enRelease.replace('ana@example.org', 'ana@example'),
        messages: [{ messageId: 'invalid', lang: 'en', actual: 'ana@example' }],
      },
    ],
  },
  create(context) {
    return {
      version(version) {
        const text = context.text.slice(version.start, version.end)
        const taken: [number, number][] = []
        if (!text.includes('@') && !text.includes('[')) return
        for (const m of text.matchAll(debrisRe)) {
          const start = version.start + (m.index ?? 0)
          const end = start + m[0].length
          taken.push([start, end])
          context.report({ messageId: 'debris', data: { text: m[0] }, start, end })
        }
        if (!text.includes('@')) return
        for (const m of text.matchAll(atTokenRe)) {
          const token = m[0].replace(/[.)\]'’-]+$/, '')
          const start = version.start + (m.index ?? 0)
          const end = start + token.length
          if (taken.some(([s, e]) => start < e && end > s)) continue
          if (isEmailAddress(token)) continue
          context.report({ messageId: 'invalid', data: { text: token }, start, end })
        }
      },
    }
  },
})
