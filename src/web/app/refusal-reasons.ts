/**
 * The workspace's sentences for refusal reasons (the `reason` a newsroom service puts in a
 * refusal's details), in English and Spanish. Each is a clause the page wraps ("That could not be
 * done now: …") or shows on its own; `{name}` marks a parameter. The type checker refuses a
 * catalogue missing a reason, so a new reason cannot reach a Spanish page in English.
 */
import type { RefusalReason } from '../../newsroom/newsroom-error.js'
import type { UiLang } from './ui-strings.js'

/** The quote states an approval can be missing in, each with its own clause. */
export type MissingQuoteStatus = 'none' | 'requested' | 'changes-requested' | 'voided'

/** A catalogue key: a reason, or one clause of the publish gate's list of missing approvals. */
export type RefusalKey =
  | RefusalReason
  | `approval.quote.${MissingQuoteStatus}`
  | 'approval.quote.unnamed'
  | 'approval.signoff'

const en: Record<RefusalKey, string> = {
  'release-not-found': 'there is no such release, or you cannot see it',
  'release-edit-forbidden': 'only editors of a co-issuing organization can change this release',
  'release-create-forbidden': 'only editors of the organization can create its releases',
  'release-stale':
    'the release changed since you loaded it (now revision {revision}); read it again',
  'release-status-unknown': '“{status}” is not a release status',
  'release-status-step': 'a release cannot go from {from} to {to}',
  'release-status-moved':
    'the release changed status meanwhile (it is no longer {status}); reload it',
  'release-schedule-first':
    'set the publication time (and embargo, if any) on the release’s schedule page first',
  'release-no-versions': 'a release needs at least one language version',
  'release-lang-tag': '“{tag}” is not a language tag such as en or es',
  'release-lang-twice': 'the {lang} version appears twice',
  'release-version-no-text': 'the {lang} version has no text',
  'release-slug-taken': 'another release already has this address (slug); choose another headline',
  'correction-not-published': 'only a published release can be corrected (this one is {status})',
  'correction-no-version': 'the release has no {lang} version to correct',
  'correction-note-not-text': 'the {lang} correction note is not text',
  'correction-note-missing':
    'write the correction note in every language: the {lang} note is missing',
  'correction-note-long': 'the {lang} correction note is longer than {max} characters',
  'publish-approvals-missing': 'the release cannot be published yet. {list}',
  'override-reason-missing': 'an override needs a written reason',
  'override-reason-long': 'the reason is longer than {max} characters',
  'override-admin-only':
    'only an admin of a co-issuing organization can publish without every approval',
  'quotes-forbidden':
    'only editors of a co-issuing organization can see and change quote approvals',
  'quote-not-found': 'the release has no quote {key} (the text may have changed); reload the page',
  'quote-person-outside': 'choose a person of one of the coalition’s organizations',
  'quote-person-missing': 'link the quote to a person of the directory before asking for approval',
  'quote-no-recipient': '{person} has no e-mail address and their organization has no admin to ask',
  'appearance-mode': 'choose how the person appears: full name, first name or a description',
  'appearance-description-long': 'the {lang} description is longer than {max} characters',
  'appearance-description-missing': 'give the description in at least one language',
  'appearance-forbidden':
    'only the person (through their approval link) or an admin of their organization can choose how they appear',
  'signoff-not-issuer': 'that organization does not issue this release',
  'signoff-forbidden': 'only an admin or editor of that organization can sign off for it',
  'answer-comment-long': 'the comment is longer than {max} characters',
  'approval.quote.none': 'the quote of {speaker} is not approved',
  'approval.quote.requested': 'the quote of {speaker} is still waiting for approval',
  'approval.quote.changes-requested': '{speaker} asked for changes to their quote',
  'approval.quote.voided': 'the quote of {speaker} changed and must be approved again',
  'approval.quote.unnamed': 'an unnamed speaker ({key})',
  'approval.signoff': '{organization} has not signed off the current text',
  'send-resend-not-unconfirmed':
    'only unconfirmed messages of this send can be resent ({count} chosen are not); reload the report',
}

const es: Record<RefusalKey, string> = {
  'release-not-found': 'no existe ese comunicado, o no puede verlo',
  'release-edit-forbidden':
    'solo los editores de una organización coemisora pueden cambiar este comunicado',
  'release-create-forbidden': 'solo los editores de la organización pueden crear sus comunicados',
  'release-stale':
    'el comunicado cambió desde que lo cargó (ahora es la revisión {revision}); vuelva a leerlo',
  'release-status-unknown': '«{status}» no es un estado de comunicado',
  'release-status-step': 'un comunicado no puede pasar de «{from}» a «{to}»',
  'release-status-moved':
    'el comunicado cambió de estado mientras tanto (ya no está en «{status}»); vuelva a cargarlo',
  'release-schedule-first':
    'primero fije la hora de publicación (y el embargo, si lo hay) en la página de programación del comunicado',
  'release-no-versions': 'un comunicado necesita al menos una versión en algún idioma',
  'release-lang-tag': '«{tag}» no es una etiqueta de idioma como en o es',
  'release-lang-twice': 'la versión en {lang} aparece dos veces',
  'release-version-no-text': 'la versión en {lang} no tiene texto',
  'release-slug-taken': 'otro comunicado ya tiene esta dirección (slug); elija otro titular',
  'correction-not-published':
    'solo se puede corregir un comunicado publicado (este está en «{status}»)',
  'correction-no-version': 'el comunicado no tiene versión en {lang} que corregir',
  'correction-note-not-text': 'la nota de corrección en {lang} no es texto',
  'correction-note-missing':
    'escriba la nota de corrección en todos los idiomas: falta la nota en {lang}',
  'correction-note-long': 'la nota de corrección en {lang} tiene más de {max} caracteres',
  'publish-approvals-missing': 'el comunicado aún no se puede publicar. {list}',
  'override-reason-missing': 'publicar sin todas las aprobaciones requiere un motivo escrito',
  'override-reason-long': 'el motivo tiene más de {max} caracteres',
  'override-admin-only':
    'solo un administrador de una organización coemisora puede publicar sin todas las aprobaciones',
  'quotes-forbidden':
    'solo los editores de una organización coemisora pueden ver y cambiar las aprobaciones de citas',
  'quote-not-found':
    'el comunicado no tiene la cita {key} (quizá cambió el texto); vuelva a cargar la página',
  'quote-person-outside': 'elija a una persona de una de las organizaciones de la coalición',
  'quote-person-missing':
    'vincule la cita a una persona del directorio antes de pedir su aprobación',
  'quote-no-recipient':
    '{person} no tiene correo electrónico y su organización no tiene un administrador a quien preguntar',
  'appearance-mode':
    'elija cómo aparece la persona: nombre completo, nombre de pila o una descripción',
  'appearance-description-long': 'la descripción en {lang} tiene más de {max} caracteres',
  'appearance-description-missing': 'escriba la descripción en al menos un idioma',
  'appearance-forbidden':
    'solo la persona (con su enlace de aprobación) o un administrador de su organización puede elegir cómo aparece',
  'signoff-not-issuer': 'esa organización no emite este comunicado',
  'signoff-forbidden':
    'solo un administrador o editor de esa organización puede dar el visto bueno en su nombre',
  'answer-comment-long': 'el comentario tiene más de {max} caracteres',
  'approval.quote.none': 'la cita de {speaker} no está aprobada',
  'approval.quote.requested': 'la cita de {speaker} aún espera su aprobación',
  'approval.quote.changes-requested': '{speaker} pidió cambios en su cita',
  'approval.quote.voided': 'la cita de {speaker} cambió y debe aprobarse de nuevo',
  'approval.quote.unnamed': 'una persona sin nombre ({key})',
  'approval.signoff': '{organization} no ha dado su visto bueno al texto actual',
  'send-resend-not-unconfirmed':
    'solo se pueden reenviar los mensajes sin confirmar de este envío ({count} de los elegidos no lo son); vuelva a cargar el informe',
}

const catalogues: Record<UiLang, Record<RefusalKey, string>> = { en, es }

/** Every catalogue key, for tests. */
export const refusalKeys = Object.keys(en) as RefusalKey[]

/** The clause for `key` in `lang`, with `{name}` parameters filled in (templates escape). */
export function refusalText(
  lang: UiLang,
  key: RefusalKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}
