/**
 * The bilingual editor's interface strings in English and Spanish, shared by its page shell (on
 * the server) and its browser code. Same shape as the workspace catalogue (ui-strings.ts): one key
 * per string, `{name}` marks a parameter, and the type checker refuses a Spanish catalogue that
 * lacks an English key. Pure: the browser bundle imports it.
 */
import type { UiLang } from './ui-strings.js'

const en = {
  'editor.title': 'Edit the release',
  'editor.intro':
    'Both language versions side by side, checked as you type. Changes are saved as revisions automatically.',
  'editor.noscript':
    'The side-by-side editor needs JavaScript. You can still edit the text on the release page.',
  'editor.back': 'Back to the release',
  'editor.loading': 'Loading the editor…',
  'editor.pane': '{lang} version',
  'editor.paneText': 'Text of the {lang} version',
  'editor.lang.en': 'English',
  'editor.lang.es': 'Spanish',
  'editor.saving': 'Saving…',
  'editor.saved': 'Saved as revision {number}.',
  'editor.unsaved': 'Unsaved changes.',
  'editor.merged': 'Someone else’s changes were merged in: revision {number}.',
  'editor.updated': 'Updated to revision {number}, saved by someone else.',
  'editor.saveFailed': 'Not saved: {message} Your text stays here and saving is tried again.',
  'editor.offline': 'the server cannot be reached.',
  'editor.readOnly':
    'You can read this release; only editors of a co-issuing organization can change it.',
  'editor.problems': '{lang}: {count} problems.',
  'editor.fix': 'Fix',
  'editor.cause': 'See the {lang} version: {message}',
  'editor.outdated': 'Outdated: the {lang} counterpart changed since the two were last in sync.',
  'editor.outdatedList': 'Outdated paragraphs',
  'editor.noneOutdated': 'No paragraph is outdated.',
  'editor.markUpToDate': 'Mark up to date',
  'editor.markUpToDateOf': 'Mark up to date: paragraph {number} of the {lang} version',
  'editor.markedUpToDate': 'Paragraph marked up to date.',
  'editor.unmatchedSentence': 'No counterpart for this sentence in the {lang} version.',
  'editor.unmatchedParagraph': 'No counterpart for this paragraph in the {lang} version.',
  'editor.counterpart': 'Counterpart of the sentence at the cursor.',
  'editor.quotes': 'Quotes',
  'editor.quotesIntro': 'Every quote in both versions, with its speaker and approval status.',
  'editor.quote.text': 'Quote',
  'editor.quote.speaker': 'Speaker',
  'editor.quote.organization': 'Organization',
  'editor.quote.status': 'Status',
  'editor.quote.unknownPerson': 'not found',
  'editor.quote.none': 'No quote in this version.',
  'editor.status.unknown': 'unknown',
  'editor.status.none': 'approval not requested',
  'editor.status.requested': 'awaiting approval',
  'editor.status.approved': 'approved',
  'editor.status.changes-requested': 'changes requested',
  'editor.status.voided': 'approval void: the text changed',
  'editor.conflict.title': 'Someone else changed the same paragraphs',
  'editor.conflict.intro':
    'Your other changes and theirs were combined. For each paragraph below, choose the text to keep; nothing is saved until you apply.',
  'editor.conflict.item': '{lang} version, change {number}',
  'editor.conflict.theirs': 'Their text',
  'editor.conflict.mine': 'Your text',
  'editor.conflict.keepMine': 'Keep mine',
  'editor.conflict.keepTheirs': 'Keep theirs',
  'editor.conflict.keepBoth': 'Keep both',
  'editor.conflict.apply': 'Apply and save',
  'editor.conflict.empty': '(deleted)',
  'editor.keys': 'Keyboard',
  'editor.keysHelp':
    'Tab moves between the panes and the buttons. In a pane, Ctrl-Shift-M (Cmd-Shift-M) lists its problems, F8 and Shift-F8 go to the next and the previous one, and the buttons in the list apply fixes. Ctrl-Alt-Down (Cmd-Alt-Down) moves to the counterpart of the current sentence in the other pane.',
  'kind.headline': 'Headline',
  'kind.subheadline': 'Subheadline',
  'kind.date': 'Date',
  'kind.dateline': 'Dateline',
  'kind.contacts': 'Media contacts',
  'kind.quote': 'Quote',
  'kind.boilerplate': 'About the organization',
  'kind.end-mark': 'End mark',
  'kind.release-line': 'Release line',
}

const es: Record<EditorKey, string> = {
  'editor.title': 'Editar el comunicado',
  'editor.intro':
    'Las dos versiones lado a lado, revisadas mientras escribe. Los cambios se guardan como revisiones automáticamente.',
  'editor.noscript':
    'El editor en paralelo necesita JavaScript. Puede editar el texto en la página del comunicado.',
  'editor.back': 'Volver al comunicado',
  'editor.loading': 'Cargando el editor…',
  'editor.pane': 'Versión en {lang}',
  'editor.paneText': 'Texto de la versión en {lang}',
  'editor.lang.en': 'inglés',
  'editor.lang.es': 'español',
  'editor.saving': 'Guardando…',
  'editor.saved': 'Guardado como revisión {number}.',
  'editor.unsaved': 'Cambios sin guardar.',
  'editor.merged': 'Se combinaron los cambios de otra persona: revisión {number}.',
  'editor.updated': 'Actualizado a la revisión {number}, guardada por otra persona.',
  'editor.saveFailed':
    'No se guardó: {message} Su texto sigue aquí y se volverá a intentar guardar.',
  'editor.offline': 'no se puede llegar al servidor.',
  'editor.readOnly':
    'Puede leer este comunicado; solo los editores de una organización coemisora pueden cambiarlo.',
  'editor.problems': '{lang}: {count} problemas.',
  'editor.fix': 'Corregir',
  'editor.cause': 'Vea la versión en {lang}: {message}',
  'editor.outdated':
    'Desactualizado: su equivalente en {lang} cambió desde la última vez que estaban al día.',
  'editor.outdatedList': 'Párrafos desactualizados',
  'editor.noneOutdated': 'Ningún párrafo está desactualizado.',
  'editor.markUpToDate': 'Marcar como al día',
  'editor.markUpToDateOf': 'Marcar como al día: párrafo {number} de la versión en {lang}',
  'editor.markedUpToDate': 'Párrafo marcado como al día.',
  'editor.unmatchedSentence': 'Esta oración no tiene equivalente en la versión en {lang}.',
  'editor.unmatchedParagraph': 'Este párrafo no tiene equivalente en la versión en {lang}.',
  'editor.counterpart': 'Equivalente de la oración del cursor.',
  'editor.quotes': 'Citas',
  'editor.quotesIntro':
    'Todas las citas de las dos versiones, con quién habla y el estado de su aprobación.',
  'editor.quote.text': 'Cita',
  'editor.quote.speaker': 'Quién habla',
  'editor.quote.organization': 'Organización',
  'editor.quote.status': 'Estado',
  'editor.quote.unknownPerson': 'no encontrado',
  'editor.quote.none': 'No hay citas en esta versión.',
  'editor.status.unknown': 'desconocido',
  'editor.status.none': 'aprobación no pedida',
  'editor.status.requested': 'esperando aprobación',
  'editor.status.approved': 'aprobada',
  'editor.status.changes-requested': 'con cambios pedidos',
  'editor.status.voided': 'aprobación anulada: el texto cambió',
  'editor.conflict.title': 'Otra persona cambió los mismos párrafos',
  'editor.conflict.intro':
    'Sus otros cambios y los de la otra persona se combinaron. Para cada párrafo, elija el texto que quiere conservar; nada se guarda hasta que aplique.',
  'editor.conflict.item': 'Versión en {lang}, cambio {number}',
  'editor.conflict.theirs': 'Su texto (de la otra persona)',
  'editor.conflict.mine': 'Su texto (el suyo)',
  'editor.conflict.keepMine': 'Conservar el mío',
  'editor.conflict.keepTheirs': 'Conservar el de la otra persona',
  'editor.conflict.keepBoth': 'Conservar ambos',
  'editor.conflict.apply': 'Aplicar y guardar',
  'editor.conflict.empty': '(borrado)',
  'editor.keys': 'Teclado',
  'editor.keysHelp':
    'Tab pasa de un panel a otro y a los botones. En un panel, Ctrl-Mayús-M (Cmd-Mayús-M) lista sus problemas, F8 y Mayús-F8 van al siguiente y al anterior, y los botones de la lista aplican las correcciones. Ctrl-Alt-Abajo (Cmd-Alt-Abajo) va al equivalente de la oración actual en el otro panel.',
  'kind.headline': 'Titular',
  'kind.subheadline': 'Subtítulo',
  'kind.date': 'Fecha',
  'kind.dateline': 'Lugar de la noticia',
  'kind.contacts': 'Contactos de prensa',
  'kind.quote': 'Cita',
  'kind.boilerplate': 'Acerca de la organización',
  'kind.end-mark': 'Marca de fin',
  'kind.release-line': 'Línea de publicación',
}

/** A key of the editor's catalogue. */
export type EditorKey = keyof typeof en

/** The editor's catalogues by interface language. */
export const editorStrings: Record<UiLang, Record<EditorKey, string>> = { en, es }

/** Looks up an editor string in a catalogue, filling `{name}` parameters. */
export type EditorTranslate = (key: EditorKey, params?: Record<string, string | number>) => string

/** The editor's translator for one interface language. */
export function editorTranslator(lang: UiLang): EditorTranslate {
  const catalogue = editorStrings[lang] ?? editorStrings.en
  return (key, params = {}) =>
    catalogue[key].replace(/\{(\w+)\}/g, (all, name: string) =>
      name in params ? String(params[name]) : all,
    )
}

/** The name of a language version in the interface language ("English", "español"). */
export function editorLangName(t: EditorTranslate, tag: string): string {
  const primary = tag.split('-')[0]?.toLowerCase()
  return primary === 'en' || primary === 'es' ? t(`editor.lang.${primary}`) : tag
}
