/**
 * The key duplicate sign-ons are merged on: the organization's name normalised (case, accents,
 * punctuation and legal suffixes such as "Inc." or "A.C." dropped) plus the contact's e-mail
 * domain. Free-mail domains (gmail.com, hotmail.com…) say nothing about the organization, so for
 * them the whole address counts instead of the domain.
 */

/** Domains anyone can get an address at; two sign-ons from them are not the same organization. */
export const freeMailDomains: ReadonlySet<string> = new Set([
  'aol.com',
  'att.net',
  'comcast.net',
  'fastmail.com',
  'gmail.com',
  'gmx.com',
  'gmx.net',
  'googlemail.com',
  'hey.com',
  'hotmail.com',
  'hotmail.es',
  'icloud.com',
  'live.com',
  'live.com.mx',
  'mac.com',
  'mail.com',
  'me.com',
  'msn.com',
  'outlook.com',
  'outlook.es',
  'prodigy.net.mx',
  'proton.me',
  'protonmail.com',
  'tutanota.com',
  'verizon.net',
  'yahoo.com',
  'yahoo.com.mx',
  'yahoo.es',
  'yandex.com',
  'zoho.com',
])

/** Legal-form suffixes, as words after dots are dropped ("S.A. de C.V." → "sa de cv"). */
const suffixes = [
  'sa de cv',
  'de cv',
  'incorporated',
  'inc',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'ac',
  'sa',
  'sc',
  'iap',
  'nfp',
  'pbc',
  'gmbh',
]

/** An organization's name reduced to what tells organizations apart. */
export function normaliseOrgName(name: string): string {
  let text = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    // "A.C." and "Inc." lose their dots without splitting; other punctuation separates words.
    .replace(/\./g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  for (let changed = true; changed; ) {
    changed = false
    for (const suffix of suffixes)
      if (text.endsWith(` ${suffix}`)) {
        text = text.slice(0, -suffix.length - 1).trim()
        changed = true
      }
  }
  return text
}

/** The domain of an e-mail address, lower-cased. */
export function emailDomain(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase()
}

/** The merge key of an organization signing with `email`. */
export function orgKey(name: string, email: string): string {
  const domain = emailDomain(email)
  return `${normaliseOrgName(name)}|${freeMailDomains.has(domain) ? email.toLowerCase() : domain}`
}
