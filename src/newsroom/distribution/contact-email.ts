/**
 * Contact addresses: one normal form per address, so the same person typed as `Ana@Example.ORG `,
 * `ana@example.org` or with an internationalised domain in Unicode or Punycode is one contact.
 * The normal form is trimmed (also of no-break and zero-width spaces), NFC, lower-cased, and its
 * domain in ASCII (Punycode); validation is deliberately practical rather than the full RFC 5322
 * grammar: no quoted local parts, no IP-literal domains.
 */
import { domainToASCII } from 'node:url'

/** Why an address was refused. */
export type EmailProblem = 'missing' | 'invalid'

/** The answer of {@link normaliseEmail}. */
export type EmailCheck = { ok: true; email: string } | { ok: false; problem: EmailProblem }

const edgeSpace = /^[\s\u00a0\u200b-\u200d\u2060\ufeff]+|[\s\u00a0\u200b-\u200d\u2060\ufeff]+$/g
const localPart = /^[^\s@"(),:;<>[\]\\]+$/u
const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/

/** Normalises and checks one address as typed or read from a file. */
export function normaliseEmail(input: string | null | undefined): EmailCheck {
  let text = (input ?? '').replace(edgeSpace, '')
  if (text.toLowerCase().startsWith('mailto:')) text = text.slice(7).replace(edgeSpace, '')
  // `Name <address>` as mail clients copy it.
  const angled = /^[^<>]*<([^<>]+)>$/.exec(text)
  if (angled?.[1]) text = angled[1].replace(edgeSpace, '')
  if (text === '') return { ok: false, problem: 'missing' }
  const at = text.lastIndexOf('@')
  if (at <= 0 || at === text.length - 1) return { ok: false, problem: 'invalid' }
  const local = text.slice(0, at).normalize('NFC').toLowerCase()
  const domainInput = text
    .slice(at + 1)
    .normalize('NFC')
    .toLowerCase()
  if (
    local.length > 64 ||
    !localPart.test(local) ||
    local.startsWith('.') ||
    local.endsWith('.') ||
    local.includes('..')
  )
    return { ok: false, problem: 'invalid' }
  if (/[\s/?#%]/.test(domainInput)) return { ok: false, problem: 'invalid' }
  const domain = domainToASCII(domainInput)
  if (!domain || domain.length > 253) return { ok: false, problem: 'invalid' }
  const labels = domain.split('.')
  const tld = labels[labels.length - 1] ?? ''
  if (labels.length < 2 || !labels.every((l) => label.test(l)))
    return { ok: false, problem: 'invalid' }
  if (!/^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(tld)) return { ok: false, problem: 'invalid' }
  return { ok: true, email: `${local}@${domain}` }
}

/** The normal form of an address that must be valid, or null when it is not. */
export function emailKey(input: string): string | null {
  const check = normaliseEmail(input)
  return check.ok ? check.email : null
}
