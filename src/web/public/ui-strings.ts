/**
 * The public newsroom's interface words in English and Spanish. Every string a reader sees on a
 * public page, feed title or error page comes from here, keyed by the page's language.
 */

/** The languages the public newsroom has pages in. */
export const publicLangs = ['en', 'es'] as const

/** One of {@link publicLangs}. */
export type PublicLang = (typeof publicLangs)[number]

/** Whether `value` is one of {@link publicLangs}. */
export function isPublicLang(value: string): value is PublicLang {
  return (publicLangs as readonly string[]).includes(value)
}

/** The words of the public pages in one language. */
export interface PublicStrings {
  /** The language's own name ("English", "Español"). */
  langName: string
  /** The name of another language as said in this one. */
  langNames: Record<PublicLang, string>
  newsroom: string
  newsroomOf: (coalition: string) => string
  latestReleases: string
  noReleases: string
  members: string
  readIn: (lang: string) => string
  onlyIn: (lang: string) => string
  notInThisLang: (lang: string) => string
  about: string
  aboutOrganizations: string
  mediaContacts: string
  issuedBy: string
  releasesOf: (org: string) => string
  noReleasesOf: (org: string) => string
  website: string
  feeds: string
  feedTitle: (coalition: string) => string
  orgFeedTitle: (org: string, coalition: string) => string
  feedDescription: (coalition: string) => string
  correctedOn: (date: string) => string
  skipToContent: string
  languageSwitcher: string
  mainNavigation: string
  home: string
  notFoundTitle: string
  notFound: string
  backToIndex: string
  chooseLanguage: string
}

const en: PublicStrings = {
  langName: 'English',
  langNames: { en: 'English', es: 'Spanish' },
  newsroom: 'Newsroom',
  newsroomOf: (c) => `${c} newsroom`,
  latestReleases: 'Press releases',
  noReleases: 'No press releases have been published yet.',
  members: 'Member organizations',
  readIn: (l) => `Read in ${l}`,
  onlyIn: (l) => `Only available in ${l}`,
  notInThisLang: (l) =>
    `This press release has not been published in English. It is available in ${l}.`,
  about: 'About',
  aboutOrganizations: 'About the organizations',
  mediaContacts: 'Media contacts',
  issuedBy: 'Issued by',
  releasesOf: (o) => `Press releases from ${o}`,
  noReleasesOf: (o) => `${o} has not published a press release yet.`,
  website: 'Website',
  feeds: 'Follow',
  feedTitle: (c) => `${c}: press releases`,
  orgFeedTitle: (o, c) => `${o} (${c}): press releases`,
  feedDescription: (c) => `Press releases published by ${c}, in English.`,
  correctedOn: (d) => `Corrected on ${d}.`,
  skipToContent: 'Skip to content',
  languageSwitcher: 'Language',
  mainNavigation: 'Main',
  home: 'Home',
  notFoundTitle: 'Page not found',
  notFound: 'There is no published page at this address.',
  backToIndex: 'See all press releases',
  chooseLanguage: 'Choose a language',
}

const es: PublicStrings = {
  langName: 'Español',
  langNames: { en: 'inglés', es: 'español' },
  newsroom: 'Sala de prensa',
  newsroomOf: (c) => `Sala de prensa de ${c}`,
  latestReleases: 'Comunicados de prensa',
  noReleases: 'Todavía no se ha publicado ningún comunicado.',
  members: 'Organizaciones miembro',
  readIn: (l) => `Leer en ${l}`,
  onlyIn: (l) => `Disponible solo en ${l}`,
  notInThisLang: (l) => `Este comunicado no se ha publicado en español. Está disponible en ${l}.`,
  about: 'Acerca de',
  aboutOrganizations: 'Acerca de las organizaciones',
  mediaContacts: 'Contactos de prensa',
  issuedBy: 'Emitido por',
  releasesOf: (o) => `Comunicados de ${o}`,
  noReleasesOf: (o) => `${o} todavía no ha publicado ningún comunicado.`,
  website: 'Sitio web',
  feeds: 'Suscribirse',
  feedTitle: (c) => `${c}: comunicados de prensa`,
  orgFeedTitle: (o, c) => `${o} (${c}): comunicados de prensa`,
  feedDescription: (c) => `Comunicados de prensa publicados por ${c}, en español.`,
  correctedOn: (d) => `Corregido el ${d}.`,
  skipToContent: 'Saltar al contenido',
  languageSwitcher: 'Idioma',
  mainNavigation: 'Principal',
  home: 'Inicio',
  notFoundTitle: 'Página no encontrada',
  notFound: 'No hay ninguna página publicada en esta dirección.',
  backToIndex: 'Ver todos los comunicados',
  chooseLanguage: 'Elija un idioma',
}

/** The strings of each public language. */
export const publicStrings: Record<PublicLang, PublicStrings> = { en, es }

const formatters = new Map<PublicLang, Intl.DateTimeFormat>()

/** A date in the page's language ("June 10, 2021", "10 de junio de 2021"), read as UTC. */
export function formatDate(lang: PublicLang, iso: string): string {
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso)
  if (Number.isNaN(date.getTime())) return iso
  // Building a formatter costs far more than using one: keep one per language.
  let format = formatters.get(lang)
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'es' ? 'es-US' : 'en-US', {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    })
    formatters.set(lang, format)
  }
  return format.format(date)
}
