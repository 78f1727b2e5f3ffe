/**
 * The approval page's strings in English and Spanish (the person quoted may read either; the page
 * offers both). The Spanish catalogue must have every English key. `{name}` marks a parameter.
 */

/** A language the approval page is offered in. */
export type ApprovalLang = 'en' | 'es'

const en = {
  title: 'Approve your quote',
  switch: 'Language',
  intro:
    'You are quoted in the press release “{headline}”. Read the quote in each language, as it stands in its paragraph, and approve it or ask for changes. You need no account.',
  quoteIn: 'The quote in {lang}',
  paragraph: 'In its paragraph',
  decision: 'Your answer',
  approve: 'I approve this quote, in every language shown',
  changes: 'I want changes',
  comment: 'What should change (needed if you ask for changes)',
  appearance: 'How you appear in public (optional)',
  appearanceHint:
    'If being named could put you at risk, choose to appear by your first name only or by a description. Your choice applies in every language, on every public page, feed and e-mail.',
  keep: 'Leave it as it is',
  'mode.full': 'My full name',
  'mode.first': 'My first name only',
  'mode.description': 'A description instead of my name',
  description: 'Description in {lang}',
  descriptionHint: 'For example: a mother of two from Honduras.',
  showTitle: 'Show my title',
  showCity: 'Show my city',
  showPhoto: 'Show my photo',
  submit: 'Send my answer',
  expires: 'This link works until {time} UTC.',
  'done.approved': 'Thank you. Your approval is recorded.',
  'done.changes': 'Thank you. Your request for changes is recorded; the editors will write to you.',
  doneHint: 'You can close this page. If the quote changes, you will get a new link.',
  refused: 'This link cannot be used',
  'refusal.malformed': 'This link is not complete. Copy the whole address from the e-mail.',
  'refusal.forged': 'This link is not valid. Use the link from the e-mail exactly as it came.',
  'refusal.wrong-purpose': 'This link is not an approval link.',
  'refusal.unknown': 'This approval request does not exist.',
  'refusal.expired': 'This link has expired. Ask the editors for a new one.',
  'refusal.superseded':
    'A newer approval link was sent for this quote. Use the latest e-mail; this link no longer works.',
  'refusal.answered':
    'This quote has already been answered through this link; nothing more is needed.',
  'refusal.changed':
    'The quote changed after this link was sent. The editors will send you the new wording.',
  'error.comment': 'Say what should change in the comment.',
  'error.invalid': 'That was not accepted: {detail}',
  langEn: 'English',
  langEs: 'Spanish',
}

/** A key of the approval page's strings. */
export type ApprovalKey = keyof typeof en

const es: Record<ApprovalKey, string> = {
  title: 'Apruebe su cita',
  switch: 'Idioma',
  intro:
    'Se le cita en el comunicado «{headline}». Lea la cita en cada idioma, tal como aparece en su párrafo, y apruébela o pida cambios. No necesita cuenta.',
  quoteIn: 'La cita en {lang}',
  paragraph: 'En su párrafo',
  decision: 'Su respuesta',
  approve: 'Apruebo esta cita, en todos los idiomas que se muestran',
  changes: 'Quiero cambios',
  comment: 'Qué debe cambiar (necesario si pide cambios)',
  appearance: 'Cómo aparece en público (opcional)',
  appearanceHint:
    'Si que le nombren puede ponerle en riesgo, elija aparecer solo con su nombre de pila o con una descripción. Su elección se aplica en todos los idiomas, en cada página pública, canal y correo.',
  keep: 'Dejarlo como está',
  'mode.full': 'Mi nombre completo',
  'mode.first': 'Solo mi nombre de pila',
  'mode.description': 'Una descripción en lugar de mi nombre',
  description: 'Descripción en {lang}',
  descriptionHint: 'Por ejemplo: una madre de dos hijos de Honduras.',
  showTitle: 'Mostrar mi cargo',
  showCity: 'Mostrar mi ciudad',
  showPhoto: 'Mostrar mi foto',
  submit: 'Enviar mi respuesta',
  expires: 'Este enlace vale hasta el {time} UTC.',
  'done.approved': 'Gracias. Su aprobación quedó registrada.',
  'done.changes':
    'Gracias. Su pedido de cambios quedó registrado; el equipo editorial le escribirá.',
  doneHint: 'Puede cerrar esta página. Si la cita cambia, recibirá un nuevo enlace.',
  refused: 'Este enlace no se puede usar',
  'refusal.malformed': 'Este enlace está incompleto. Copie la dirección completa del correo.',
  'refusal.forged': 'Este enlace no es válido. Use el enlace del correo tal como llegó.',
  'refusal.wrong-purpose': 'Este enlace no es un enlace de aprobación.',
  'refusal.unknown': 'Esta solicitud de aprobación no existe.',
  'refusal.expired': 'Este enlace caducó. Pida uno nuevo al equipo editorial.',
  'refusal.superseded':
    'Se envió un enlace más reciente para esta cita. Use el último correo; este enlace ya no funciona.',
  'refusal.answered': 'Esta cita ya se respondió con este enlace; no hace falta nada más.',
  'refusal.changed':
    'La cita cambió después de enviar este enlace. El equipo editorial le enviará la nueva redacción.',
  'error.comment': 'Diga qué debe cambiar en el comentario.',
  'error.invalid': 'Eso no se aceptó: {detail}',
  langEn: 'inglés',
  langEs: 'español',
}

/** The approval page's strings in `lang`, with `{name}` parameters filled. */
export function approvalText(lang: ApprovalLang) {
  const table = lang === 'es' ? es : en
  return (key: ApprovalKey, params: Record<string, string | number> = {}): string =>
    table[key].replace(/\{(\w+)\}/g, (m, name: string) =>
      name in params ? String(params[name]) : m,
    )
}

/** A translator of the approval page's strings. */
export type ApprovalText = ReturnType<typeof approvalText>
