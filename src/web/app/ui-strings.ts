/**
 * The workspace's interface strings in English and Spanish: one catalogue, one key per string,
 * so a page never holds words of its own and both languages always have the same keys (the type
 * checker refuses a Spanish catalogue missing an English key). `{name}` marks a parameter.
 */

/** A language the workspace interface is offered in. */
export type UiLang = 'en' | 'es'

/** Every interface language, the default first. */
export const uiLangs: readonly UiLang[] = ['en', 'es']

const en = {
  'app.name': 'Comunicado',
  'app.workspace': 'Workspace',
  'nav.skip': 'Skip to the content',
  'nav.main': 'Main',
  'nav.releases': 'Releases',
  'nav.new': 'Import a release',
  'nav.lists': 'Press and member lists',
  'nav.signOut': 'Sign out',
  'nav.signedInAs': 'Signed in as {name}',
  'nav.language': 'Interface language',
  'lang.en': 'English',
  'lang.es': 'Spanish',
  'lang.other': 'Language {code}',
  'signIn.title': 'Sign in',
  'signIn.intro': 'Sign in to write, review and publish your coalition’s releases.',
  'signIn.email': 'E-mail',
  'signIn.password': 'Password',
  'signIn.submit': 'Sign in',
  'signIn.wrong': 'The e-mail or the password is not right. Check both and try again.',
  'signIn.limited': 'Too many sign-in attempts. Try again in {minutes} minutes.',
  'signIn.missing': 'Enter your e-mail and your password.',
  'signOut.title': 'Sign out',
  'signOut.question': 'Sign out of Comunicado on this browser?',
  'signOut.submit': 'Sign out',
  'dashboard.title': 'Releases',
  'dashboard.coalition': 'Coalition: {name}',
  'dashboard.empty': 'No releases yet.',
  'dashboard.none': 'You are not a member of any organization yet. Ask an admin for an invitation.',
  'dashboard.headline': 'Headline',
  'dashboard.status': 'Status',
  'dashboard.languages': 'Languages',
  'dashboard.updated': 'Last change',
  'dashboard.caption': 'Releases of {name} you can read, newest first',
  'status.draft': 'Draft',
  'status.in-review': 'In review',
  'status.approved': 'Approved',
  'status.scheduled': 'Scheduled',
  'status.published': 'Published',
  'status.corrected': 'Corrected',
  'action.in-review': 'Send to review',
  'action.draft': 'Back to draft',
  'action.approved': 'Approve',
  'action.scheduled': 'Schedule',
  'action.published': 'Publish',
  'action.corrected': 'Publish a correction',
  'import.title': 'Import a release',
  'import.intro':
    'Upload the release as a file (text, Markdown, HTML or Word) — one file may hold both languages — or paste each language version.',
  'import.organization': 'Issuing organization',
  'import.coIssuers': 'Co-issuing organizations',
  'import.file': 'Release file',
  'import.fileHint': '.txt, .md, .html or .docx; up to 2 MB.',
  'import.or': 'Or paste the text',
  'import.textEn': 'English version',
  'import.textEs': 'Spanish version',
  'import.submit': 'Import as a draft',
  'import.nothing': 'Choose a file or paste at least one language version.',
  'import.both': 'Give either a file or pasted text, not both: remove one and import again.',
  'import.noOrganization':
    'You need the editor role in an organization to import releases. Ask an admin of your organization.',
  'release.status': 'Status',
  'release.revision': 'Revision {number}',
  'release.updated': 'Last change {time}',
  'release.versions': 'Language versions',
  'release.noVersion': 'There is no {lang} version yet.',
  'release.nextSteps': 'Next steps',
  'release.noSteps': 'There is no further step from this status.',
  'release.readOnly':
    'You can read this release; only editors of a co-issuing organization can change it.',
  'release.issuers': 'Issued by',
  'release.revisions': 'Revisions',
  'release.diffPrevious': 'Changes from revision {number}',
  'release.public': 'Public pages',
  'tools.label': 'Release tools',
  'tools.editor': 'Side-by-side editor',
  'tools.quotes': 'Quotes and approvals',
  'tools.schedule': 'Embargo and schedule',
  'tools.signons': 'Sign-ons',
  'tools.send': 'Send by e-mail',
  'tools.audit': 'Audit log',
  'release.publicLink': '{lang} page',
  'release.moved': 'The release is now: {status}.',
  'release.imported': 'The release was imported as a draft.',
  'release.edit': 'Edit the text',
  'release.save': 'Save a new revision',
  'release.saved': 'A new revision was saved.',
  'release.note': 'What changed (optional)',
  'checks.title': 'Checks',
  'checks.none': 'The checker found nothing to fix.',
  'checks.summary': '{errors} errors, {warnings} warnings, {infos} notes',
  'checks.line': 'line {line}',
  'checks.failed': 'The checker could not read this release: {detail}',
  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'severity.info': 'Note',
  'diff.title': 'Changes from revision {from} to revision {to}',
  'diff.summary': '{inserted} words added, {deleted} words removed',
  'diff.back': 'Back to the release',
  'diff.inserted': 'added',
  'diff.deleted': 'removed',
  'diff.none': 'No change in this language.',
  'invite.title': 'Join your organization in Comunicado',
  'invite.intro': 'Create your account to accept the invitation.',
  'invite.name': 'Your name',
  'invite.email': 'E-mail',
  'invite.password': 'Password (at least 10 characters)',
  'invite.locale': 'Interface language',
  'invite.submit': 'Create the account',
  'error.title': 'Something went wrong',
  'error.unauthenticated': 'Sign in to continue.',
  'error.forbidden': 'You do not have permission to do that.',
  'error.not-found': 'There is nothing here, or you cannot see it.',
  'error.conflict': 'That could not be done now: {detail}',
  'error.invalid': 'That was not accepted: {detail}',
  'error.rate-limited': 'Too many attempts. Wait a little and try again.',
  'error.csrf': 'The form expired. Reload the page and try again.',
  'error.internal': 'Something went wrong on the server; nothing was saved.',
  'error.back': 'Back to the releases',
} as const

/** A key of the catalogue. */
export type UiKey = keyof typeof en

/** Every key of the catalogue. */
export const uiKeys = Object.keys(en) as UiKey[]

const es: Record<UiKey, string> = {
  'app.name': 'Comunicado',
  'app.workspace': 'Espacio de trabajo',
  'nav.skip': 'Saltar al contenido',
  'nav.main': 'Principal',
  'nav.releases': 'Comunicados',
  'nav.new': 'Importar un comunicado',
  'nav.lists': 'Listas de prensa y de socias',
  'nav.signOut': 'Cerrar sesión',
  'nav.signedInAs': 'Sesión de {name}',
  'nav.language': 'Idioma de la interfaz',
  'lang.en': 'Inglés',
  'lang.es': 'Español',
  'lang.other': 'Idioma {code}',
  'signIn.title': 'Iniciar sesión',
  'signIn.intro':
    'Inicie sesión para redactar, revisar y publicar los comunicados de su coalición.',
  'signIn.email': 'Correo electrónico',
  'signIn.password': 'Contraseña',
  'signIn.submit': 'Iniciar sesión',
  'signIn.wrong':
    'El correo electrónico o la contraseña no son correctos. Revise ambos y vuelva a intentarlo.',
  'signIn.limited':
    'Demasiados intentos de inicio de sesión. Vuelva a intentarlo en {minutes} minutos.',
  'signIn.missing': 'Escriba su correo electrónico y su contraseña.',
  'signOut.title': 'Cerrar sesión',
  'signOut.question': '¿Cerrar la sesión de Comunicado en este navegador?',
  'signOut.submit': 'Cerrar sesión',
  'dashboard.title': 'Comunicados',
  'dashboard.coalition': 'Coalición: {name}',
  'dashboard.empty': 'Todavía no hay comunicados.',
  'dashboard.none':
    'Todavía no es miembro de ninguna organización. Pida una invitación a un administrador.',
  'dashboard.headline': 'Titular',
  'dashboard.status': 'Estado',
  'dashboard.languages': 'Idiomas',
  'dashboard.updated': 'Último cambio',
  'dashboard.caption': 'Comunicados de {name} que puede leer, del más reciente al más antiguo',
  'status.draft': 'Borrador',
  'status.in-review': 'En revisión',
  'status.approved': 'Aprobado',
  'status.scheduled': 'Programado',
  'status.published': 'Publicado',
  'status.corrected': 'Corregido',
  'action.in-review': 'Enviar a revisión',
  'action.draft': 'Volver a borrador',
  'action.approved': 'Aprobar',
  'action.scheduled': 'Programar',
  'action.published': 'Publicar',
  'action.corrected': 'Publicar una corrección',
  'import.title': 'Importar un comunicado',
  'import.intro':
    'Suba el comunicado como archivo (texto, Markdown, HTML o Word) —un archivo puede contener ambos idiomas— o pegue cada versión.',
  'import.organization': 'Organización emisora',
  'import.coIssuers': 'Organizaciones coemisoras',
  'import.file': 'Archivo del comunicado',
  'import.fileHint': '.txt, .md, .html o .docx; hasta 2 MB.',
  'import.or': 'O pegue el texto',
  'import.textEn': 'Versión en inglés',
  'import.textEs': 'Versión en español',
  'import.submit': 'Importar como borrador',
  'import.nothing': 'Elija un archivo o pegue al menos una versión.',
  'import.both': 'Dé un archivo o un texto pegado, no ambos: quite uno e importe de nuevo.',
  'import.noOrganization':
    'Necesita el rol de editor en una organización para importar comunicados. Pídalo a un administrador de su organización.',
  'release.status': 'Estado',
  'release.revision': 'Revisión {number}',
  'release.updated': 'Último cambio: {time}',
  'release.versions': 'Versiones',
  'release.noVersion': 'Todavía no hay versión en {lang}.',
  'release.nextSteps': 'Próximos pasos',
  'release.noSteps': 'No hay más pasos desde este estado.',
  'release.readOnly':
    'Puede leer este comunicado; solo los editores de una organización coemisora pueden cambiarlo.',
  'release.issuers': 'Emitido por',
  'release.revisions': 'Revisiones',
  'release.diffPrevious': 'Cambios desde la revisión {number}',
  'release.public': 'Páginas públicas',
  'tools.label': 'Herramientas del comunicado',
  'tools.editor': 'Editor en paralelo',
  'tools.quotes': 'Citas y aprobaciones',
  'tools.schedule': 'Embargo y programación',
  'tools.signons': 'Adhesiones',
  'tools.send': 'Enviar por correo',
  'tools.audit': 'Registro de auditoría',
  'release.publicLink': 'Página en {lang}',
  'release.moved': 'El comunicado está ahora: {status}.',
  'release.imported': 'El comunicado se importó como borrador.',
  'release.edit': 'Editar el texto',
  'release.save': 'Guardar una nueva revisión',
  'release.saved': 'Se guardó una nueva revisión.',
  'release.note': 'Qué cambió (opcional)',
  'checks.title': 'Revisión automática',
  'checks.none': 'La revisión automática no encontró nada que corregir.',
  'checks.summary': '{errors} errores, {warnings} advertencias, {infos} notas',
  'checks.line': 'línea {line}',
  'checks.failed': 'La revisión automática no pudo leer este comunicado: {detail}',
  'severity.error': 'Error',
  'severity.warning': 'Advertencia',
  'severity.info': 'Nota',
  'diff.title': 'Cambios de la revisión {from} a la revisión {to}',
  'diff.summary': '{inserted} palabras añadidas, {deleted} palabras quitadas',
  'diff.back': 'Volver al comunicado',
  'diff.inserted': 'añadido',
  'diff.deleted': 'quitado',
  'diff.none': 'Sin cambios en este idioma.',
  'invite.title': 'Únase a su organización en Comunicado',
  'invite.intro': 'Cree su cuenta para aceptar la invitación.',
  'invite.name': 'Su nombre',
  'invite.email': 'Correo electrónico',
  'invite.password': 'Contraseña (al menos 10 caracteres)',
  'invite.locale': 'Idioma de la interfaz',
  'invite.submit': 'Crear la cuenta',
  'error.title': 'Algo salió mal',
  'error.unauthenticated': 'Inicie sesión para continuar.',
  'error.forbidden': 'No tiene permiso para hacer eso.',
  'error.not-found': 'No hay nada aquí, o no puede verlo.',
  'error.conflict': 'Eso no se pudo hacer ahora: {detail}',
  'error.invalid': 'Eso no se aceptó: {detail}',
  'error.rate-limited': 'Demasiados intentos. Espere un poco y vuelva a intentarlo.',
  'error.csrf': 'El formulario caducó. Vuelva a cargar la página e inténtelo de nuevo.',
  'error.internal': 'Algo salió mal en el servidor; no se guardó nada.',
  'error.back': 'Volver a los comunicados',
}

const catalogues: Record<UiLang, Record<UiKey, string>> = { en, es }

/** The string `key` in `lang`, with `{name}` parameters filled in (not escaped: templates escape). */
export function translate(
  lang: UiLang,
  key: UiKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** A translator bound to one language, as pages use it: `t('signIn.title')`. */
export type Translate = (key: UiKey, params?: Record<string, string | number>) => string

/** Binds {@link translate} to `lang`. */
export function translator(lang: UiLang): Translate {
  return (key, params) => translate(lang, key, params)
}

/** Whether a value is an interface language. */
export function isUiLang(value: unknown): value is UiLang {
  return value === 'en' || value === 'es'
}

/** The name of a content language (a BCP 47 tag) in the interface language. */
export function langName(lang: UiLang, tag: string): string {
  const primary = tag.toLowerCase().split('-')[0] ?? tag
  if (primary === 'en') return translate(lang, 'lang.en')
  if (primary === 'es') return translate(lang, 'lang.es')
  return translate(lang, 'lang.other', { code: tag })
}
