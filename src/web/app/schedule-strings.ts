/**
 * The words of the embargo and schedule page and of the audit log page, in English and Spanish:
 * one catalogue per language with the same keys (the type checker refuses a missing one).
 * `{name}` marks a parameter.
 */
import type { UiLang } from './ui-strings.js'

const en = {
  'schedule.title': 'Embargo and schedule',
  'schedule.of': 'Release: {headline}',
  'schedule.back': 'Back to the release',
  'schedule.auditLink': 'Audit log of this release',
  'schedule.status': 'Status',
  'schedule.none': 'No publication time is set. The release publishes when an editor publishes it.',
  'schedule.publishesAt': 'Publishes at',
  'schedule.timeTitle': 'Publication time',
  'schedule.kind': 'Kind',
  'schedule.kindEmbargo': 'Embargo: journalists may get preview links until it lifts',
  'schedule.kindPlain': 'Scheduled publication, no embargo',
  'schedule.lines': 'Embargo line',
  'schedule.refused':
    'Publishing at the time was refused on {time}: {message} The release stays scheduled and publishes at the next check once the cause is fixed.',
  'schedule.blocked':
    'Publishing now would be refused: {count} approvals are missing. At the time, the release publishes only if they are in by then.',
  'schedule.blockedLink': 'Quotes and approvals',
  'schedule.form': 'Set the time',
  'schedule.formChange': 'Change the time',
  'schedule.when': 'Date and time (in the time zone below)',
  'schedule.zone': 'Time zone',
  'schedule.embargo': 'Embargo: nothing is public before this time, except to preview links',
  'schedule.submit': 'Save the time',
  'schedule.clear': 'Clear the time',
  'schedule.clearHint':
    'The release goes back to approved and publishes only when published by hand.',
  'schedule.notSchedulable': 'A time can be set once the release is approved. It is now: {status}.',
  'schedule.readOnly': 'Only editors of a co-issuing organization can change the schedule.',
  'schedule.saved': 'The time is saved.',
  'schedule.cleared': 'The time is cleared.',
  'previews.title': 'Preview links',
  'previews.intro':
    'A preview link lets one journalist read the release, in both languages with the embargo line, before it lifts. Each link is for one person, can be revoked, and every view is logged.',
  'previews.email': 'Journalist’s e-mail',
  'previews.name': 'Name',
  'previews.issue': 'Issue a preview link',
  'previews.issued': 'Preview link for {email} (send it to them; it is shown only now):',
  'previews.none': 'No preview links yet.',
  'previews.needsEmbargo': 'Preview links are available while the release is under embargo.',
  'previews.caption': 'Preview links issued, oldest first',
  'previews.recipient': 'Recipient',
  'previews.issuedAt': 'Issued',
  'previews.expires': 'Expires',
  'previews.views': 'Views',
  'previews.lastView': 'Last view',
  'previews.state': 'State',
  'previews.active': 'Active',
  'previews.revoked': 'Revoked {time}',
  'previews.revoke': 'Revoke',
  'previews.revokedDone': 'The preview link is revoked.',
  'corrections.title': 'Corrections',
  'corrections.intro':
    'A correction marks the published release as corrected and shows the note, in each language, on its public pages and in the feeds. Edit the text first if it must change.',
  'corrections.note': 'Correction note ({lang})',
  'corrections.submit': 'Publish the correction',
  'corrections.none': 'No corrections.',
  'corrections.done': 'The correction is published.',
  'corrections.onlyPublished': 'A release can be corrected once it is published.',
  'refusal.notApproved':
    'only an approved release can be given a time (this one is {status}): approve it first',
  'refusal.badZone':
    '“{zone}” is not a time zone: choose one from the list, such as America/Chicago',
  'refusal.badTime': '“{at}” is not a date and time: give a day and a time',
  'refusal.gap':
    '{at} does not exist in {zone}: the clocks skip that hour when daylight-saving time begins',
  'refusal.past': 'that time has passed: choose a time in the future, or publish the release now',
  'refusal.public': 'the release is already public',
  'refusal.noTime': 'the release has no time to clear',
  'refusal.changed': 'the release changed meanwhile: reload the page',
  'refusal.noEmbargo': 'preview links are for releases under embargo: set an embargo first',
  'refusal.badEmail': '“{email}” is not an e-mail address',
  'refusal.longName': 'the name is longer than 200 characters',
  'refusal.noLink': 'there is no such preview link for this release',
  'refusal.revoked': 'that preview link is already revoked',
  'refusal.missingNote': 'write the correction note in every language: the {lang} note is missing',
  'audit.title': 'Audit log',
  'audit.intro':
    'Everything that happened to this release, oldest first. Entries are never changed or removed.',
  'audit.caption': 'Audit entries of the release, oldest first',
  'audit.when': 'When',
  'audit.who': 'Who',
  'audit.what': 'What',
  'audit.detail': 'Details',
  'audit.empty': 'Nothing has been logged for this release yet.',
  'audit.system': 'System',
  'audit.scheduler': 'Scheduler',
  'audit.link': 'Link holder {email}',
  'audit.unknownUser': 'A former user',
  'audit.key.from': 'from',
  'audit.key.to': 'to',
  'audit.key.revision': 'revision',
  'audit.key.reason': 'reason',
  'audit.key.missing': 'missing',
  'audit.key.organization': 'organization',
  'audit.key.email': 'e-mail',
  'audit.key.name': 'name',
  'audit.key.liftsAt': 'time',
  'audit.key.timeZone': 'time zone',
  'audit.key.embargo': 'embargo',
  'audit.key.notes': 'notes',
  'audit.key.message': 'message',
  'audit.key.was': 'before',
  'audit.yes': 'yes',
  'audit.no': 'no',
} as const

/** A key of the schedule and audit catalogues. */
export type ScheduleKey = keyof typeof en

const es: Record<ScheduleKey, string> = {
  'schedule.title': 'Embargo y programación',
  'schedule.of': 'Comunicado: {headline}',
  'schedule.back': 'Volver al comunicado',
  'schedule.auditLink': 'Registro de auditoría de este comunicado',
  'schedule.status': 'Estado',
  'schedule.none':
    'No hay hora de publicación. El comunicado se publica cuando lo publique una persona editora.',
  'schedule.publishesAt': 'Se publica',
  'schedule.timeTitle': 'Hora de publicación',
  'schedule.kind': 'Tipo',
  'schedule.kindEmbargo':
    'Embargo: la prensa puede recibir enlaces de vista previa hasta que se levante',
  'schedule.kindPlain': 'Publicación programada, sin embargo',
  'schedule.lines': 'Línea de embargo',
  'schedule.refused':
    'La publicación a la hora fijada se rechazó el {time}: {message} El comunicado sigue programado y se publicará en la próxima revisión cuando se resuelva la causa.',
  'schedule.blocked':
    'Publicarlo ahora se rechazaría: faltan {count} aprobaciones. A la hora fijada, el comunicado se publica solo si para entonces están todas.',
  'schedule.blockedLink': 'Citas y aprobaciones',
  'schedule.form': 'Fijar la hora',
  'schedule.formChange': 'Cambiar la hora',
  'schedule.when': 'Fecha y hora (en la zona horaria de abajo)',
  'schedule.zone': 'Zona horaria',
  'schedule.embargo':
    'Embargo: nada es público antes de esta hora, salvo para los enlaces de vista previa',
  'schedule.submit': 'Guardar la hora',
  'schedule.clear': 'Quitar la hora',
  'schedule.clearHint':
    'El comunicado vuelve a aprobado y solo se publica cuando alguien lo publique a mano.',
  'schedule.notSchedulable':
    'Se puede fijar una hora cuando el comunicado esté aprobado. Ahora está: {status}.',
  'schedule.readOnly':
    'Solo las personas editoras de una organización coemisora pueden cambiar la programación.',
  'schedule.saved': 'La hora quedó guardada.',
  'schedule.cleared': 'La hora se quitó.',
  'previews.title': 'Enlaces de vista previa',
  'previews.intro':
    'Un enlace de vista previa permite a un periodista leer el comunicado, en ambos idiomas y con la línea de embargo, antes de que se levante. Cada enlace es para una persona, se puede revocar y cada vista queda registrada.',
  'previews.email': 'Correo del periodista',
  'previews.name': 'Nombre',
  'previews.issue': 'Crear un enlace de vista previa',
  'previews.issued': 'Enlace de vista previa para {email} (envíeselo; solo se muestra ahora):',
  'previews.none': 'Todavía no hay enlaces de vista previa.',
  'previews.needsEmbargo':
    'Los enlaces de vista previa existen mientras el comunicado está bajo embargo.',
  'previews.caption': 'Enlaces de vista previa creados, del más antiguo al más reciente',
  'previews.recipient': 'Destinatario',
  'previews.issuedAt': 'Creado',
  'previews.expires': 'Vence',
  'previews.views': 'Vistas',
  'previews.lastView': 'Última vista',
  'previews.state': 'Estado',
  'previews.active': 'Activo',
  'previews.revoked': 'Revocado {time}',
  'previews.revoke': 'Revocar',
  'previews.revokedDone': 'El enlace de vista previa quedó revocado.',
  'corrections.title': 'Correcciones',
  'corrections.intro':
    'Una corrección marca el comunicado publicado como corregido y muestra la nota, en cada idioma, en sus páginas públicas y en los canales. Si el texto debe cambiar, edítelo primero.',
  'corrections.note': 'Nota de corrección ({lang})',
  'corrections.submit': 'Publicar la corrección',
  'corrections.none': 'Sin correcciones.',
  'corrections.done': 'La corrección quedó publicada.',
  'corrections.onlyPublished': 'Un comunicado se puede corregir una vez publicado.',
  'refusal.notApproved':
    'solo se puede fijar la hora de un comunicado aprobado (este está: {status}): apruébelo primero',
  'refusal.badZone':
    '«{zone}» no es una zona horaria: elija una de la lista, como America/Mexico_City',
  'refusal.badTime': '«{at}» no es una fecha y hora: indique un día y una hora',
  'refusal.gap':
    '{at} no existe en {zone}: los relojes se saltan esa hora cuando empieza el horario de verano',
  'refusal.past': 'esa hora ya pasó: elija una hora futura o publique el comunicado ahora',
  'refusal.public': 'el comunicado ya es público',
  'refusal.noTime': 'el comunicado no tiene hora que quitar',
  'refusal.changed': 'el comunicado cambió mientras tanto: vuelva a cargar la página',
  'refusal.noEmbargo':
    'los enlaces de vista previa son para comunicados bajo embargo: fije primero un embargo',
  'refusal.badEmail': '«{email}» no es una dirección de correo electrónico',
  'refusal.longName': 'el nombre tiene más de 200 caracteres',
  'refusal.noLink': 'no hay tal enlace de vista previa para este comunicado',
  'refusal.revoked': 'ese enlace de vista previa ya está revocado',
  'refusal.missingNote': 'escriba la nota de corrección en cada idioma: falta la nota en {lang}',
  'audit.title': 'Registro de auditoría',
  'audit.intro':
    'Todo lo que le pasó a este comunicado, de lo más antiguo a lo más reciente. Las entradas nunca se cambian ni se borran.',
  'audit.caption': 'Entradas de auditoría del comunicado, de la más antigua a la más reciente',
  'audit.when': 'Cuándo',
  'audit.who': 'Quién',
  'audit.what': 'Qué',
  'audit.detail': 'Detalles',
  'audit.empty': 'Todavía no hay nada registrado para este comunicado.',
  'audit.system': 'Sistema',
  'audit.scheduler': 'Programador',
  'audit.link': 'Titular del enlace {email}',
  'audit.unknownUser': 'Una cuenta que ya no existe',
  'audit.key.from': 'de',
  'audit.key.to': 'a',
  'audit.key.revision': 'revisión',
  'audit.key.reason': 'motivo',
  'audit.key.missing': 'faltaba',
  'audit.key.organization': 'organización',
  'audit.key.email': 'correo',
  'audit.key.name': 'nombre',
  'audit.key.liftsAt': 'hora',
  'audit.key.timeZone': 'zona horaria',
  'audit.key.embargo': 'embargo',
  'audit.key.notes': 'notas',
  'audit.key.message': 'mensaje',
  'audit.key.was': 'antes',
  'audit.yes': 'sí',
  'audit.no': 'no',
}

/** What each audit action is called, per language (unknown actions are shown as they are). */
export const auditActionNames: Record<UiLang, Record<string, string>> = {
  en: {
    'release.draft': 'Sent back to draft',
    'release.in-review': 'Sent to review',
    'release.approved': 'Approved',
    'release.scheduled': 'Scheduled',
    'release.published': 'Published',
    'release.corrected': 'Corrected',
    'release.publish-refused': 'Publication at the time refused',
    'release.publish-override': 'Published over missing approvals',
    'release.signed-off': 'Signed off by a co-issuer',
    'embargo.set': 'Time set',
    'embargo.changed': 'Time changed',
    'embargo.cleared': 'Time cleared',
    'preview.issued': 'Preview link issued',
    'preview.revoked': 'Preview link revoked',
    'preview.viewed': 'Preview viewed',
  },
  es: {
    'release.draft': 'Devuelto a borrador',
    'release.in-review': 'Enviado a revisión',
    'release.approved': 'Aprobado',
    'release.scheduled': 'Programado',
    'release.published': 'Publicado',
    'release.corrected': 'Corregido',
    'release.publish-refused': 'Publicación a la hora fijada rechazada',
    'release.publish-override': 'Publicado sin todas las aprobaciones',
    'release.signed-off': 'Aprobado por una organización coemisora',
    'embargo.set': 'Hora fijada',
    'embargo.changed': 'Hora cambiada',
    'embargo.cleared': 'Hora quitada',
    'preview.issued': 'Enlace de vista previa creado',
    'preview.revoked': 'Enlace de vista previa revocado',
    'preview.viewed': 'Vista previa consultada',
  },
}

const catalogues: Record<UiLang, Record<ScheduleKey, string>> = { en, es }

/** The string `key` in `lang`, with `{name}` parameters filled in. */
export function scheduleText(
  lang: UiLang,
  key: ScheduleKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** Every key, for tests. */
export const scheduleKeys = Object.keys(en) as ScheduleKey[]
