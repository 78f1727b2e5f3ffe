/**
 * The interface strings of the quotes page (quote approval, co-issuer sign-off, spokesperson
 * appearance, publishing with an override) in English and Spanish: the Spanish catalogue must
 * have every English key (the type checker refuses one missing). `{name}` marks a parameter.
 */
import type { UiLang } from './ui-strings.js'

const en = {
  title: 'Quotes and approvals',
  intro:
    'Every quote must be approved by the person quoted, in every language, and every co-issuing organization must sign off the whole text before the release can be published. Any edit of the quoted words voids the approval.',
  back: 'Back to the release',
  none: 'The release has no quotes.',
  quote: 'Quote {n}',
  speaker: 'Speaker',
  organization: 'Organization',
  unknown: 'Not found in the text',
  person: 'Person in the directory',
  noPerson: 'Not linked: choose the person below.',
  linkedAuto: 'found by name',
  linkedEditor: 'chosen by an editor',
  approval: 'Approval',
  'status.none': 'Not requested',
  'status.requested': 'Requested',
  'status.approved': 'Approved',
  'status.changes-requested': 'Changes requested',
  'status.voided': 'Voided: the words changed, ask again',
  sentTo: 'Sent to {to} on {time}',
  comment: 'Comment',
  appearance: 'Appearance in public',
  'mode.full': 'Full name',
  'mode.first': 'First name only',
  'mode.description': 'A description',
  withTitle: 'with title',
  withoutTitle: 'without title',
  withCity: 'with city',
  withoutCity: 'without city',
  withPhoto: 'with photo',
  withoutPhoto: 'without photo',
  appearanceDefault: 'Full name, with title (nothing chosen yet)',
  inLang: 'In {lang}',
  linkLabel: 'Link to',
  linkSubmit: 'Link this person',
  requestSubmit: 'E-mail an approval link',
  requestAgain: 'Send a new approval link',
  requestHint:
    'The link needs no account and works for 14 days; it goes to the person, or to their organization’s admins when the directory has no e-mail address.',
  appearanceLegend: 'How the speaker appears',
  description: 'Description in {lang}',
  descriptionHint: 'For example: a mother of two from Honduras.',
  showTitle: 'Show the title',
  showCity: 'Show the city',
  showPhoto: 'Show the photo',
  appearanceSubmit: 'Save the appearance',
  appearanceOnly:
    'Only the person (through their link) or an admin of their organization can choose how they appear.',
  signoffs: 'Co-issuer sign-off',
  signoffsIntro:
    'Each co-issuing organization approves the release as a whole. A sign-off is bound to the exact text of every version; a later change asks again.',
  signed: 'Signed off on {time}',
  unsigned: 'Not signed off',
  stale: 'Signed off an earlier text: sign off again',
  signSubmit: 'Sign off for {name}',
  gate: 'Publishing',
  ready:
    'Every quote is approved and every co-issuer has signed off: the release can be published.',
  missing: 'The release cannot be published yet:',
  override: 'Publish anyway (admins)',
  overrideHint:
    'As an admin of a co-issuing organization you may publish without every approval. Write why; the reason is kept in the audit log.',
  reason: 'Reason',
  overrideSubmit: 'Publish with this reason',
  notPublishable: 'The release can be published from the “approved” status.',
  'done.linked': 'The quote is linked.',
  'done.requested': 'The approval link was sent.',
  'done.appearance': 'The appearance was saved.',
  'done.signed': 'The sign-off was recorded.',
  'done.published': 'The release was published.',
}

/** A key of the quotes page's strings. */
export type QuotesKey = keyof typeof en

const es: Record<QuotesKey, string> = {
  title: 'Citas y aprobaciones',
  intro:
    'Cada cita debe aprobarla la persona citada, en cada idioma, y cada organización coemisora debe aprobar el texto completo antes de publicar el comunicado. Cualquier cambio en las palabras citadas anula la aprobación.',
  back: 'Volver al comunicado',
  none: 'El comunicado no tiene citas.',
  quote: 'Cita {n}',
  speaker: 'Persona que habla',
  organization: 'Organización',
  unknown: 'No aparece en el texto',
  person: 'Persona del directorio',
  noPerson: 'Sin vincular: elija la persona abajo.',
  linkedAuto: 'encontrada por el nombre',
  linkedEditor: 'elegida por un editor',
  approval: 'Aprobación',
  'status.none': 'No solicitada',
  'status.requested': 'Solicitada',
  'status.approved': 'Aprobada',
  'status.changes-requested': 'Cambios pedidos',
  'status.voided': 'Anulada: las palabras cambiaron, pídala de nuevo',
  sentTo: 'Enviada a {to} el {time}',
  comment: 'Comentario',
  appearance: 'Cómo aparece en público',
  'mode.full': 'Nombre completo',
  'mode.first': 'Solo el nombre de pila',
  'mode.description': 'Una descripción',
  withTitle: 'con cargo',
  withoutTitle: 'sin cargo',
  withCity: 'con ciudad',
  withoutCity: 'sin ciudad',
  withPhoto: 'con foto',
  withoutPhoto: 'sin foto',
  appearanceDefault: 'Nombre completo, con cargo (aún no se eligió)',
  inLang: 'En {lang}',
  linkLabel: 'Vincular con',
  linkSubmit: 'Vincular a esta persona',
  requestSubmit: 'Enviar un enlace de aprobación',
  requestAgain: 'Enviar un nuevo enlace de aprobación',
  requestHint:
    'El enlace no necesita cuenta y vale 14 días; se envía a la persona, o a los administradores de su organización si el directorio no tiene su correo.',
  appearanceLegend: 'Cómo aparece la persona',
  description: 'Descripción en {lang}',
  descriptionHint: 'Por ejemplo: una madre de dos hijos de Honduras.',
  showTitle: 'Mostrar el cargo',
  showCity: 'Mostrar la ciudad',
  showPhoto: 'Mostrar la foto',
  appearanceSubmit: 'Guardar cómo aparece',
  appearanceOnly:
    'Solo la persona (con su enlace) o un administrador de su organización puede elegir cómo aparece.',
  signoffs: 'Aprobación de las organizaciones coemisoras',
  signoffsIntro:
    'Cada organización coemisora aprueba el comunicado completo. La aprobación queda ligada al texto exacto de cada versión; un cambio posterior la pide de nuevo.',
  signed: 'Aprobado el {time}',
  unsigned: 'Sin aprobar',
  stale: 'Aprobó un texto anterior: apruébelo de nuevo',
  signSubmit: 'Aprobar en nombre de {name}',
  gate: 'Publicación',
  ready:
    'Todas las citas están aprobadas y todas las organizaciones coemisoras aprobaron: el comunicado se puede publicar.',
  missing: 'El comunicado aún no se puede publicar:',
  override: 'Publicar de todos modos (administradores)',
  overrideHint:
    'Como administrador de una organización coemisora puede publicar sin todas las aprobaciones. Escriba el motivo; queda en el registro de auditoría.',
  reason: 'Motivo',
  overrideSubmit: 'Publicar con este motivo',
  notPublishable: 'El comunicado se puede publicar desde el estado «aprobado».',
  'done.linked': 'La cita quedó vinculada.',
  'done.requested': 'Se envió el enlace de aprobación.',
  'done.appearance': 'Se guardó cómo aparece.',
  'done.signed': 'Se registró la aprobación.',
  'done.published': 'Se publicó el comunicado.',
}

/** The quotes page's strings in `lang`, with `{name}` parameters filled. */
export function quotesText(lang: UiLang) {
  const table = lang === 'es' ? es : en
  return (key: QuotesKey, params: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (m, name: string) =>
      name in params ? String(params[name]) : m,
    )
}

/** A translator of the quotes page's strings. */
export type QuotesText = ReturnType<typeof quotesText>
