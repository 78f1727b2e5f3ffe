/**
 * The words of the workspace's sign-on moderation page in English and Spanish (the shared
 * catalogue belongs to the whole workspace; this feature keeps its own, typed the same way:
 * both languages must have every key).
 */
import type { SignonState } from '../../newsroom/signons/signon-state.js'
import type { UiLang } from './ui-strings.js'

/** The moderation page's words in one language. */
export interface SignonsStrings {
  title: string
  back: string
  openIntro: string
  isOpen: string
  isClosed: string
  neverOpened: string
  notPublic: string
  open: string
  close: string
  publicPage: string
  csv: string
  filter: string
  all: string
  states: Record<SignonState, string>
  caption: (state: string, n: number) => string
  empty: string
  organization: string
  place: string
  contact: string
  lang: string
  state: string
  submitted: string
  actions: string
  approve: string
  reject: string
  reopen: string
  mergeInto: string
  merge: string
  mergedInto: (org: string) => string
  uploadedLogo: string
  saved: string
}

const en: SignonsStrings = {
  title: 'Sign-ons',
  back: 'Back to the release',
  openIntro:
    'Organizations sign this statement on its public sign-on page. Each sign-on is confirmed by e-mail, then approved here; only confirmed and approved sign-ons are listed publicly.',
  isOpen: 'This release is open for sign-ons.',
  isClosed: 'This release is closed for sign-ons; the approved list stays public.',
  neverOpened: 'This release has not been opened for sign-ons.',
  notPublic: 'The sign-on page appears once the release is published.',
  open: 'Open for sign-ons',
  close: 'Close sign-ons',
  publicPage: 'Public sign-on page ({lang})',
  csv: 'Export every sign-on (CSV)',
  filter: 'Show',
  all: 'All',
  states: {
    pending: 'Awaiting e-mail confirmation',
    confirmed: 'Confirmed, awaiting moderation',
    approved: 'Approved (listed)',
    reconfirm: 'Pending reconfirmation',
    rejected: 'Rejected',
    merged: 'Merged',
  },
  caption: (state, n) => `${state}: ${n}`,
  empty: 'No sign-ons here yet.',
  organization: 'Organization',
  place: 'City, country',
  contact: 'Contact',
  lang: 'Language',
  state: 'State',
  submitted: 'Signed',
  actions: 'Actions',
  approve: 'Approve',
  reject: 'Reject',
  reopen: 'Back to moderation',
  mergeInto: 'Duplicate of',
  merge: 'Merge',
  mergedInto: (org) => `Merged into ${org}`,
  uploadedLogo: 'Uploaded logo',
  saved: 'Saved.',
}

const es: SignonsStrings = {
  title: 'Adhesiones',
  back: 'Volver al comunicado',
  openIntro:
    'Las organizaciones firman esta declaración en su página pública de adhesiones. Cada adhesión se confirma por correo y luego se aprueba aquí; solo las confirmadas y aprobadas se muestran públicamente.',
  isOpen: 'Este comunicado recibe adhesiones.',
  isClosed: 'Este comunicado ya no recibe adhesiones; la lista aprobada sigue siendo pública.',
  neverOpened: 'Este comunicado no se ha abierto a adhesiones.',
  notPublic: 'La página de adhesiones aparece cuando el comunicado se publica.',
  open: 'Abrir a adhesiones',
  close: 'Cerrar las adhesiones',
  publicPage: 'Página pública de adhesiones ({lang})',
  csv: 'Exportar todas las adhesiones (CSV)',
  filter: 'Mostrar',
  all: 'Todas',
  states: {
    pending: 'Esperando confirmación por correo',
    confirmed: 'Confirmada, esperando moderación',
    approved: 'Aprobada (en la lista)',
    reconfirm: 'Esperando nueva confirmación',
    rejected: 'Rechazada',
    merged: 'Fusionada',
  },
  caption: (state, n) => `${state}: ${n}`,
  empty: 'Todavía no hay adhesiones aquí.',
  organization: 'Organización',
  place: 'Ciudad, país',
  contact: 'Contacto',
  lang: 'Idioma',
  state: 'Estado',
  submitted: 'Firmó',
  actions: 'Acciones',
  approve: 'Aprobar',
  reject: 'Rechazar',
  reopen: 'Volver a moderación',
  mergeInto: 'Duplicado de',
  merge: 'Fusionar',
  mergedInto: (org) => `Fusionada con ${org}`,
  uploadedLogo: 'Logo subido',
  saved: 'Guardado.',
}

/** The moderation page's words by interface language. */
export const signonsStrings: Record<UiLang, SignonsStrings> = { en, es }
