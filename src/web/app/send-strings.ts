/**
 * The words of the send pages (choose lists, progress, report), in English and Spanish: one
 * catalogue per language with the same keys (the type checker refuses a missing one). `{name}`
 * marks a parameter.
 */
import type { UiLang } from './ui-strings.js'

const en = {
  'send.title': 'Send to lists',
  'send.of': 'Release: {headline}',
  'send.back': 'Back to the release',
  'send.intro':
    'Each recipient gets the release by e-mail in the language they prefer (or both), with a one-click unsubscribe link. Nobody gets the same release twice, even from two sends.',
  'send.embargo':
    'The release is under embargo until {time}: press contacts get the embargo line and their own preview link now; members get the release when the embargo lifts.',
  'send.notSendable':
    'The release can be sent once it is published or under embargo. It is now: {status}.',
  'send.readOnly': 'Only editors of a co-issuing organization can send this release.',
  'send.lists': 'Lists',
  'send.noLists': 'There are no lists yet. Make one under Press and member lists.',
  'send.listLine': '{name} ({kind}, {count} subscribed)',
  'send.kind.press': 'press',
  'send.kind.members': 'members',
  'send.lang': 'Language',
  'send.lang.preferred': 'Each recipient’s preference',
  'send.lang.en': 'English to everyone',
  'send.lang.es': 'Spanish to everyone',
  'send.lang.both': 'Both languages to everyone',
  'send.count': 'Count the recipients',
  'send.plan': 'Recipients: {total} ({press} press, {members} members)',
  'send.plan.en': 'English only: {n}',
  'send.plan.es': 'Spanish only: {n}',
  'send.plan.both': 'Both languages: {n}',
  'send.plan.already': 'Already sent this release (skipped): {n}',
  'send.submit': 'Send now',
  'send.chooseList': 'Choose at least one list.',
  'send.history': 'Sends of this release',
  'send.historyEmpty': 'This release has not been sent yet.',
  'send.caption': 'Sends of this release, newest first',
  'send.when': 'When',
  'send.queued': 'Messages',
  'send.state': 'State',
  'send.finished': 'Finished',
  'send.running': 'Sending',
  'send.open': 'Progress and report',
  'progress.title': 'Sending',
  'progress.reportTitle': 'Send report',
  'progress.summary': '{done} of {total} messages done',
  'progress.live': 'This page refreshes every few seconds until the send is finished.',
  'progress.bar': 'Progress of the send',
  'progress.counts': 'Messages by state',
  'progress.state.queued': 'Waiting',
  'progress.state.sending': 'Sending',
  'progress.state.sent': 'Sent',
  'progress.state.failed': 'Failed',
  'progress.state.unconfirmed': 'Unconfirmed',
  'progress.unconfirmedHint':
    'Unconfirmed: the mail server was handed the message, but the sender stopped before its answer was recorded. It is not sent again automatically, so that nobody gets it twice.',
  'progress.skipped': '{n} recipients already had this release and were skipped.',
  'progress.problems': 'Messages not sent yet, or not at all',
  'progress.problemsCaption': 'Failed, unconfirmed and retrying messages, by address',
  'progress.address': 'Address',
  'progress.attempts': 'Attempts',
  'progress.reason': 'Reason',
  'progress.next': 'Next attempt {time}',
  'progress.none': 'Every message was sent.',
  'progress.back': 'Back to sending',
  'resend.title': 'Resend unconfirmed messages',
  'resend.warning':
    'Check first: the recipient may already have the message. A resent message keeps its Message-ID, so a mail system that drops duplicates by it can discard the second copy, but not every system does.',
  'resend.row': 'Resend to {email}',
  'resend.submit': 'Resend selected',
  'resend.chooseRow': 'Choose at least one unconfirmed message to resend.',
} as const

/** A key of the send catalogues. */
export type SendKey = keyof typeof en

const es: Record<SendKey, string> = {
  'send.title': 'Enviar a listas',
  'send.of': 'Comunicado: {headline}',
  'send.back': 'Volver al comunicado',
  'send.intro':
    'Cada destinatario recibe el comunicado por correo en el idioma que prefiere (o en ambos), con un enlace para darse de baja con un clic. Nadie recibe dos veces el mismo comunicado, ni siquiera desde dos envíos.',
  'send.embargo':
    'El comunicado está bajo embargo hasta {time}: la prensa recibe ahora la línea de embargo y su propio enlace de vista previa; los miembros reciben el comunicado cuando se levante el embargo.',
  'send.notSendable':
    'El comunicado se puede enviar cuando esté publicado o bajo embargo. Ahora está: {status}.',
  'send.readOnly':
    'Solo las personas editoras de una organización coemisora pueden enviar este comunicado.',
  'send.lists': 'Listas',
  'send.noLists': 'Todavía no hay listas. Cree una en Listas de prensa y miembros.',
  'send.listLine': '{name} ({kind}, {count} suscritos)',
  'send.kind.press': 'prensa',
  'send.kind.members': 'miembros',
  'send.lang': 'Idioma',
  'send.lang.preferred': 'La preferencia de cada destinatario',
  'send.lang.en': 'Inglés para todos',
  'send.lang.es': 'Español para todos',
  'send.lang.both': 'Ambos idiomas para todos',
  'send.count': 'Contar los destinatarios',
  'send.plan': 'Destinatarios: {total} ({press} de prensa, {members} miembros)',
  'send.plan.en': 'Solo inglés: {n}',
  'send.plan.es': 'Solo español: {n}',
  'send.plan.both': 'Ambos idiomas: {n}',
  'send.plan.already': 'Ya recibieron este comunicado (se omiten): {n}',
  'send.submit': 'Enviar ahora',
  'send.chooseList': 'Elija al menos una lista.',
  'send.history': 'Envíos de este comunicado',
  'send.historyEmpty': 'Este comunicado todavía no se ha enviado.',
  'send.caption': 'Envíos de este comunicado, del más reciente al más antiguo',
  'send.when': 'Cuándo',
  'send.queued': 'Mensajes',
  'send.state': 'Estado',
  'send.finished': 'Terminado',
  'send.running': 'Enviando',
  'send.open': 'Progreso e informe',
  'progress.title': 'Enviando',
  'progress.reportTitle': 'Informe del envío',
  'progress.summary': '{done} de {total} mensajes procesados',
  'progress.live': 'Esta página se actualiza cada pocos segundos hasta que termine el envío.',
  'progress.bar': 'Progreso del envío',
  'progress.counts': 'Mensajes por estado',
  'progress.state.queued': 'En espera',
  'progress.state.sending': 'Enviándose',
  'progress.state.sent': 'Enviados',
  'progress.state.failed': 'Fallidos',
  'progress.state.unconfirmed': 'Sin confirmar',
  'progress.unconfirmedHint':
    'Sin confirmar: el servidor de correo recibió el mensaje, pero el remitente se detuvo antes de registrar su respuesta. No se vuelve a enviar automáticamente, para que nadie lo reciba dos veces.',
  'progress.skipped': '{n} destinatarios ya tenían este comunicado y se omitieron.',
  'progress.problems': 'Mensajes aún no enviados, o no enviados',
  'progress.problemsCaption': 'Mensajes fallidos, sin confirmar y en reintento, por dirección',
  'progress.address': 'Dirección',
  'progress.attempts': 'Intentos',
  'progress.reason': 'Motivo',
  'progress.next': 'Próximo intento {time}',
  'progress.none': 'Todos los mensajes se enviaron.',
  'progress.back': 'Volver a enviar',
  'resend.title': 'Reenviar mensajes sin confirmar',
  'resend.warning':
    'Compruébelo antes: puede que el destinatario ya tenga el mensaje. Un mensaje reenviado conserva su Message-ID, así que un sistema de correo que descarta duplicados por él puede descartar la segunda copia, pero no todos lo hacen.',
  'resend.row': 'Reenviar a {email}',
  'resend.submit': 'Reenviar los elegidos',
  'resend.chooseRow': 'Elija al menos un mensaje sin confirmar para reenviar.',
}

const catalogues: Record<UiLang, Record<SendKey, string>> = { en, es }

/** The string `key` in `lang`, with `{name}` parameters filled in. */
export function sendText(
  lang: UiLang,
  key: SendKey,
  params: Record<string, string | number> = {},
): string {
  return catalogues[lang][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  )
}

/** Every key, for tests. */
export const sendKeys = Object.keys(en) as SendKey[]
