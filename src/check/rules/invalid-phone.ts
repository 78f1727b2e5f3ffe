/**
 * invalid-phone: a contact phone number with a number of digits no phone has — nine digits in
 * a US-style number, a local number with no area code, a dropped digit. Shapes accepted: ten
 * digits (US/Canada, Mexico), eleven starting with 1, eight (Central America) and, after "+",
 * eight to fifteen (E.164). Only contact blocks and contacts are read: numbers in the story are
 * figures, not phones.
 */
import { defineRule } from '../define-rule.js'
import { enRelease } from '../text/examples.js'

const phoneLikeRe =
  /(?<![\p{L}\p{N}/.,-])\+?\(?\d[\d\s().\-\u00a0]{4,}\d(?:\s?(?:ext\.?|x)\s?\d{1,5})?(?![\p{L}\p{N}/])/gu

/** Why a phone number is not dialable, or null when its shape is plausible. */
export function phoneProblem(phone: string): 'noAreaCode' | 'digits' | null {
  const main = phone.replace(/\s?(?:ext\.?|x)\s?\d{1,5}$/i, '')
  const digits = main.replace(/\D/g, '')
  if (main.trim().startsWith('+'))
    return digits.length >= 8 && digits.length <= 15 ? null : 'digits'
  if (digits.length === 10 || digits.length === 8) return null
  if (digits.length === 11 && digits.startsWith('1')) return null
  if (digits.length === 7) return 'noAreaCode'
  return 'digits'
}

/** Whether a digit run is a date, year or range rather than a phone. */
function notAPhone(text: string): boolean {
  return (
    /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$/.test(text) ||
    /^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(text) ||
    /^\d{4}\s?[-–]\s?\d{2,4}$/.test(text) ||
    text.replace(/\D/g, '').length < 7
  )
}

/** The invalid-phone rule. */
export const invalidPhone = defineRule({
  id: 'invalid-phone',
  summary: {
    en: 'A contact phone number has the wrong number of digits.',
    es: 'Un teléfono de contacto tiene un número de dígitos incorrecto.',
  },
  langs: ['*'],
  scope: 'version',
  fixable: false,
  defaults: { severity: 'warning', options: {} },
  messages: {
    en: {
      digits: 'The phone number “{phone}” has {count} digits; check it.',
      noAreaCode: 'The phone number “{phone}” has no area code.',
    },
    es: {
      digits: 'El teléfono «{phone}» tiene {count} dígitos; revíselo.',
      noAreaCode: 'El teléfono «{phone}» no tiene código de área.',
    },
  },
  examples: {
    valid: [
      { name: 'a US number', text: enRelease },
      {
        name: 'an international number',
        text: enRelease.replace('(312) 555-0142', '+52 55 1234 5678'),
      },
    ],
    invalid: [
      {
        name: 'a digit dropped',
        text: enRelease.replace('(312) 555-0142', '(312) 555-042'),
        messages: [{ messageId: 'digits', lang: 'en', actual: '(312) 555-042' }],
      },
      {
        name: 'no area code',
        text: enRelease.replace('(312) 555-0142', '555-0142'),
        messages: [{ messageId: 'noAreaCode', lang: 'en', actual: '555-0142' }],
      },
    ],
  },
  create(context) {
    const seen = new Set<number>()
    const check = (text: string, offset: number) => {
      for (const m of text.matchAll(phoneLikeRe)) {
        const phone = m[0].trim()
        const start = offset + (m.index ?? 0) + (m[0].length - m[0].trimStart().length)
        if (seen.has(start) || notAPhone(phone)) continue
        seen.add(start)
        const problem = phoneProblem(phone)
        if (!problem) continue
        context.report({
          messageId: problem,
          data: {
            phone,
            count: phone.replace(/\s?(?:ext\.?|x)\s?\d+$/i, '').replace(/\D/g, '').length,
          },
          start,
          end: start + phone.length,
        })
      }
    }
    return {
      block(block) {
        if (block.kind === 'contacts') check(block.text, block.start)
      },
      contact(contact) {
        check(context.text.slice(contact.start, contact.end), contact.start)
      },
    }
  },
})
