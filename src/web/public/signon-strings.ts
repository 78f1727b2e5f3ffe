/**
 * The words of the public sign-on pages in English and Spanish: the form, its errors per field
 * and problem, the confirmation and reconfirmation pages, refusals, and the list of signers.
 */
import type { SignonField, SignonProblem } from '../../newsroom/signons/signon-input.js'
import type { SignonLinkRefusal } from '../../newsroom/signons/signon-service.js'
import type { PublicLang } from './ui-strings.js'

/** The words of the sign-on pages in one language. */
export interface SignonStrings {
  pageTitle: (headline: string) => string
  intro: string
  readStatement: string
  formTitle: string
  closed: string
  labels: Record<SignonField, string>
  hints: Partial<Record<SignonField, string>>
  required: string
  honeypot: string
  submit: string
  errorSummary: string
  problem: (field: SignonField, problem: SignonProblem) => string
  fileAgain: string
  tooFast: string
  formExpired: string
  rateLimited: (minutes: number) => string
  tooLarge: string
  mailFailed: string
  sentTitle: string
  sent: string
  signersTitle: string
  signersCount: (n: number) => string
  noSigners: string
  csv: string
  logoOf: (org: string) => string
  confirmTitle: string
  confirmAsk: (org: string) => string
  confirmButton: string
  confirmed: string
  confirmedMerged: string
  reconfirmTitle: string
  reconfirmAsk: (org: string) => string
  reconfirmButton: string
  reconfirmed: string
  linkRefused: Record<SignonLinkRefusal, string>
  backToStatement: string
  invitation: string
}

const enFields: Record<SignonField, string> = {
  organization: 'Organization',
  city: 'City',
  country: 'Country',
  contactName: 'Contact name',
  email: 'Contact e-mail',
  logoUrl: 'Logo address (optional)',
  logo: 'Or upload a logo (optional)',
  consent: 'List our organization publicly as a signer of this statement',
}

const esFields: Record<SignonField, string> = {
  organization: 'Organización',
  city: 'Ciudad',
  country: 'País',
  contactName: 'Nombre de contacto',
  email: 'Correo electrónico de contacto',
  logoUrl: 'Dirección del logo (opcional)',
  logo: 'O suba un logo (opcional)',
  consent: 'Mostrar públicamente a nuestra organización como firmante de esta declaración',
}

const en: SignonStrings = {
  pageTitle: (h) => `Sign on: ${h}`,
  intro:
    'Organizations can add their name to this statement. We send an e-mail to confirm; the coalition’s editors review each sign-on before it is listed.',
  readStatement: 'Read the statement',
  formTitle: 'Add your organization',
  closed: 'This statement is no longer open for sign-ons.',
  labels: enFields,
  hints: {
    email: 'We send the confirmation link here. It is never shown publicly.',
    contactName: 'Not shown publicly.',
    logoUrl: 'An https:// address of your logo.',
    logo: 'PNG, JPEG or WebP, up to 200 kB.',
  },
  required: 'required',
  honeypot: 'Leave this field empty',
  submit: 'Sign on',
  errorSummary: 'Please correct the following and send the form again:',
  problem: (field, problem) => {
    const name = enFields[field].replace(/ \(optional\)$/, '')
    switch (problem) {
      case 'required':
        return field === 'consent'
          ? 'Tick the box to agree to be listed publicly.'
          : `Enter the ${name.toLowerCase()}.`
      case 'tooLong':
        return `The ${name.toLowerCase()} is too long.`
      case 'notHttps':
        return 'The logo address must start with https://.'
      case 'tooLarge':
        return 'The logo file is larger than 200 kB.'
      case 'type':
        return 'The logo must be a PNG, JPEG or WebP image.'
      case 'both':
        return 'Give either a logo address or a logo file, not both.'
      default:
        return field === 'email'
          ? 'Enter an e-mail address such as name@example.org.'
          : `The ${name.toLowerCase()} is not valid.`
    }
  },
  fileAgain: 'Files are not kept between attempts: choose the logo file again.',
  tooFast: 'The form was sent very quickly. Check your details and send it again.',
  formExpired: 'The form was open too long. Check your details and send it again.',
  rateLimited: (m) => `Too many sign-ons from here. Try again in ${m} minutes.`,
  tooLarge: 'The form is too large. The logo may be at most 200 kB.',
  mailFailed:
    'Your sign-on was recorded, but the confirmation e-mail could not be sent. Send the form again in a few minutes to get a new one.',
  sentTitle: 'Check your e-mail',
  sent: 'If the details are right, we sent an e-mail with a link. Open it to confirm your sign-on; until you do, nothing is shown publicly.',
  signersTitle: 'Organizations that signed',
  signersCount: (n) => (n === 1 ? '1 organization' : `${n} organizations`),
  noSigners: 'No organization is listed yet.',
  csv: 'Download the list (CSV)',
  logoOf: (org) => `Logo of ${org}`,
  confirmTitle: 'Confirm your sign-on',
  confirmAsk: (o) => `Confirm that ${o} signs this statement.`,
  confirmButton: 'Confirm the sign-on',
  confirmed:
    'Thank you: your sign-on is confirmed. It will be listed once the coalition’s editors approve it.',
  confirmedMerged:
    'Thank you: your sign-on is confirmed. Your organization had already signed, so it is listed once.',
  reconfirmTitle: 'Confirm your sign-on again',
  reconfirmAsk: (o) =>
    `The statement was changed after ${o} signed it. Read it again, then confirm that ${o} still signs it.`,
  reconfirmButton: 'Confirm again',
  reconfirmed: 'Thank you: your sign-on now stands for the current text of the statement.',
  linkRefused: {
    malformed: 'This link is incomplete. Copy the whole link from the e-mail.',
    forged: 'This link is not valid.',
    'wrong-purpose': 'This link is not valid here.',
    expired: 'This link has expired. Sign on again to get a new one.',
    used: 'This link was already used: the sign-on is confirmed, nothing more to do.',
    stale:
      'The statement changed again after this link was sent. Use the newest e-mail we sent you.',
  },
  backToStatement: 'Back to the statement',
  invitation: 'Is your organization with us? Sign this statement',
}

const es: SignonStrings = {
  pageTitle: (h) => `Adhesiones: ${h}`,
  intro:
    'Las organizaciones pueden sumar su nombre a esta declaración. Enviamos un correo para confirmarlo; el equipo editorial de la coalición revisa cada adhesión antes de publicarla.',
  readStatement: 'Leer la declaración',
  formTitle: 'Sume a su organización',
  closed: 'Esta declaración ya no recibe adhesiones.',
  labels: esFields,
  hints: {
    email: 'Aquí enviamos el enlace de confirmación. Nunca se muestra públicamente.',
    contactName: 'No se muestra públicamente.',
    logoUrl: 'Una dirección https:// de su logo.',
    logo: 'PNG, JPEG o WebP, hasta 200 kB.',
  },
  required: 'obligatorio',
  honeypot: 'Deje este campo vacío',
  submit: 'Firmar',
  errorSummary: 'Corrija lo siguiente y envíe el formulario de nuevo:',
  problem: (field, problem) => {
    const name = esFields[field].replace(/ \(opcional\)$/, '')
    switch (problem) {
      case 'required':
        return field === 'consent'
          ? 'Marque la casilla para aceptar aparecer en la lista pública.'
          : `Escriba: ${name.toLowerCase()}.`
      case 'tooLong':
        return `El campo «${name}» es demasiado largo.`
      case 'notHttps':
        return 'La dirección del logo debe empezar por https://.'
      case 'tooLarge':
        return 'El archivo del logo pesa más de 200 kB.'
      case 'type':
        return 'El logo debe ser una imagen PNG, JPEG o WebP.'
      case 'both':
        return 'Indique una dirección de logo o un archivo, no ambos.'
      default:
        return field === 'email'
          ? 'Escriba una dirección de correo como nombre@ejemplo.org.'
          : `El campo «${name}» no es válido.`
    }
  },
  fileAgain: 'Los archivos no se guardan entre intentos: elija de nuevo el archivo del logo.',
  tooFast: 'El formulario se envió muy rápido. Revise sus datos y envíelo de nuevo.',
  formExpired:
    'El formulario estuvo abierto demasiado tiempo. Revise sus datos y envíelo de nuevo.',
  rateLimited: (m) => `Demasiadas adhesiones desde aquí. Inténtelo de nuevo en ${m} minutos.`,
  tooLarge: 'El formulario es demasiado grande. El logo puede pesar como máximo 200 kB.',
  mailFailed:
    'Su adhesión quedó registrada, pero no pudimos enviar el correo de confirmación. Envíe el formulario de nuevo en unos minutos para recibir otro.',
  sentTitle: 'Revise su correo',
  sent: 'Si los datos son correctos, le enviamos un correo con un enlace. Ábralo para confirmar su adhesión; mientras no lo haga, no se publica nada.',
  signersTitle: 'Organizaciones firmantes',
  signersCount: (n) => (n === 1 ? '1 organización' : `${n} organizaciones`),
  noSigners: 'Todavía no hay organizaciones en la lista.',
  csv: 'Descargar la lista (CSV)',
  logoOf: (org) => `Logo de ${org}`,
  confirmTitle: 'Confirme su adhesión',
  confirmAsk: (o) => `Confirme que ${o} firma esta declaración.`,
  confirmButton: 'Confirmar la adhesión',
  confirmed:
    'Gracias: su adhesión está confirmada. Aparecerá en la lista cuando el equipo editorial de la coalición la apruebe.',
  confirmedMerged:
    'Gracias: su adhesión está confirmada. Su organización ya había firmado, así que aparece una sola vez.',
  reconfirmTitle: 'Confirme de nuevo su adhesión',
  reconfirmAsk: (o) =>
    `La declaración cambió después de que ${o} la firmara. Léala de nuevo y confirme que ${o} la sigue firmando.`,
  reconfirmButton: 'Confirmar de nuevo',
  reconfirmed: 'Gracias: su adhesión vale ahora para el texto actual de la declaración.',
  linkRefused: {
    malformed: 'Este enlace está incompleto. Copie el enlace entero del correo.',
    forged: 'Este enlace no es válido.',
    'wrong-purpose': 'Este enlace no sirve aquí.',
    expired: 'Este enlace venció. Firme de nuevo para recibir otro.',
    used: 'Este enlace ya se usó: la adhesión está confirmada, no hace falta nada más.',
    stale:
      'La declaración cambió de nuevo después de enviar este enlace. Use el correo más reciente que le enviamos.',
  },
  backToStatement: 'Volver a la declaración',
  invitation: '¿Su organización nos acompaña? Firme esta declaración',
}

/** The sign-on pages' words by language. */
export const signonStrings: Record<PublicLang, SignonStrings> = { en, es }
