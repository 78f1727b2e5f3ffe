/**
 * Line-level patterns of press releases shared by the block splitter and the block classifier:
 * release lines (FOR IMMEDIATE RELEASE, PARA PUBLICACIÓN INMEDIATA, EMBARGOED UNTIL…), end marks
 * (###, # # #, -30-, END, ENDS, FIN), contact labels, phones, e-mail addresses and the debris
 * web scrapers leave in their place, language markers ("Versión en español"), and page chrome.
 */

/** FOR IMMEDIATE RELEASE and its kin, at the start of a line. */
export const releaseLineRe =
  /^[\s*_#>-]*(?:for\s+imm?ediate\s+release|imm?ediate\s+release|for\s+release\b|embargoed\b|under\s+embargo|embargo\b|news\s+release\b|press\s+release\b|media\s+advisory\b|media\s+statement\b|statement\s+for\s+immediate|para\s+(?:su\s+)?(?:publicaci[oó]n|difusi[oó]n|distribuci[oó]n)\s+(?:inm?|imm?)ediata|publicaci[oó]n\s+(?:inm?|imm?)ediata|difusi[oó]n\s+(?:inm?|imm?)ediata|comunicado\s+de\s+prensa\b|nota\s+de\s+prensa\b|aviso\s+de\s+prensa\b|aviso\s+a\s+(?:los\s+)?medios\b|embargad[oa]\s+hasta|bajo\s+embargo|para\s+publicaci[oó]n\b)/i

/**
 * A short note pointing to the other language ("[Para leer el comunicado en español, haga clic
 * aquí.]", "Click here for the English version").
 */
export const langNoteRe =
  /^(?=[^\n]{0,160}$)(?=.*\b(?:en\s+español|en\s+espanol|in\s+spanish|en\s+ingl[eé]s|in\s+english|spanish\s+version|english\s+version|versi[oó]n\s+en)\b)(?=.*\b(?:clic|click|aqu[ií]|here|lea|leer|read|ver|see|scroll|below|abajo|debajo|follows|sigue)\b)/i

/** A whole block that is an end mark. */
export const endMarkRe =
  /^(?:(?:#[ \t\u00a0]*){3,}|[-–—][ \t\u00a0]*30[ \t\u00a0]*[-–—]|(?:END|ENDS|End|FIN|Fin)\.?|[-–—][ \t\u00a0]*(?:END|FIN|fin)[ \t\u00a0]*[-–—]|\*{3,}|x{3}|XXX)$/

/** An end mark glued to the start of a paragraph ("### is the nation's…"). */
export const gluedEndMarkRe = /^(?:#[ \t\u00a0]*){3,}(?=[ \t\u00a0]*\S)/

/** A contact label at the start of a line ("Media Contacts:", "Contacto de prensa:"). */
export const contactLabelRe =
  /^[\s*_#>-]*(?:(?:media|press|news|communications?|medios|prensa)\s+)?(?:contacts?|contactos?|inquiries|enquiries)(?:\s+(?:de|para|con|for)\s+(?:los\s+|la\s+)?(?:prensa|medios(?:\s+de\s+comunicaci[oó]n)?|media|press|periodistas))?\s*(?:[:：]|\||–|—|-(?=\s)|$)/i

/** A phone number in US or international shape (7 to 15 digits). */
export const phoneRe =
  /(?<![\p{L}\p{N}])(?:\+\s?\d{1,3}[\s.\-\u00a0]?)?(?:\(\d{1,4}\)[\s.\-\u00a0]?)?\d{1,4}(?:[\s.\-\u00a0]\d{2,5}){1,5}(?:\s?(?:ext\.?|x)\s?\d{1,5})?(?![\p{L}\p{N}])/gu

/** An e-mail address. */
export const emailRe = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g

/** What scrapers leave instead of an address ("[email protected]", "[email&nbsp;protected]"). */
export const emailDebrisRe = /\[\s*email[\s\u00a0]*(?:protected|hidden|removed)\s*\]|\[email\]/gi

/** An address broken by a space ("jkarant @seiu32bj.org"): not an address as written. */
export const brokenEmailRe =
  /[A-Za-z0-9._%+'-]+(?:[ \u00a0]+@[ \u00a0]*|@[ \u00a0]+)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g

/** A line that announces the other language version ("Versión en español", "English version below"). */
export const langMarkerRe =
  /^[\s*_#>[(-]*(?:versi[oó]n\s+en\s+(?:español|espanol|castellano|ingl[eé]s)|en\s+español|en\s+ingl[eé]s|español|spanish|english|(?:spanish|english)\s+(?:version|translation|below|follows)|(?:scroll\s+down\s+for|see\s+below\s+for)\s+(?:the\s+)?(?:spanish|english)|(?:english|spanish)\s+version\s+(?:below|follows|above)|traducci[oó]n\s+al\s+(?:español|ingl[eé]s)|lea\s+(?:esta|la)\s+(?:nota|versi[oó]n)[^\n]{0,40}|read\s+(?:this|the)\s+(?:release|statement)\s+in\s+(?:spanish|english)[^\n]{0,20})[\s*_\])\-:.]*$/i

/** Web-page debris: navigation, share buttons, tags, captions. Tested against a whole short block. */
export const debrisRe =
  /^(?:\d+\.\s*)?(?:skip\s+to\b.*|share(?:\s+(?:this|on|via)\b.*)?:?|tweet|facebook|twitter|linkedin|whatsapp|email|e-mail|print|imprimir|compartir(?:\s+en\b.*)?:?|tags?:.*|etiquetas?:.*|categor(?:y|ies|ías?):.*|posted\s+(?:in|on|by)\b.*|publicado\s+(?:en|por|el)\b.*|filed\s+under\b.*|related(?:\s+(?:posts|news|content))?:?|read\s+more\b.*|leer\s+m[aá]s\b.*|back\s+to\s+top|menu|menú|search|buscar|home|inicio|donate|dona(?:r|ción)?|subscribe|suscr[ií]bete|(?:photo|foto|image|imagen|art|arte|illustration|ilustración|photo\s+credit|caption|pictured)(?:\s+(?:by|de|por)\s|\s*[:\-–—|]\s*).{1,120}|(?:credit|crédito)s?\s*:.{1,120}|\(?(?:photo|foto)\s*(?:credit|crédito)?:?.{0,80}\)?|\d+\s+(?:comments?|comentarios?)|(?:previous|next)\s+(?:post|article)\b.*|anterior|siguiente|an\s+official\s+website\s+of\b.*|un\s+sitio\s+(?:web\s+)?oficial\b.*|here'?s\s+how\s+you\s+know|print\s+friendly\b.*|printer[\s-]friendly\b.*|[<«‹]*\s*(?:back|go\s+back|return)\s+to\b.*|[<«‹]*\s*(?:volver|regresar)\s+a\b.*|m[aá]s\s+para\s+explorar|desplazarse\s+hacia\s+arriba|scroll\s+to\s+top|ir\s+arriba|(?:listen|escuchar)(?:\s+to\s+this\s+article)?|(?:download|descargar)\s+(?:pdf|the\s+pdf|el\s+pdf)\b.*|(?:view|ver)\s+(?:pdf|online)\b.*|(?:source|fuente)s?\s*:[^\n]{0,80}https?:\/\/\S+|(?:for\s+more\s+information|para\s+m[aá]s\s+informaci[oó]n),?\s+(?:please\s+)?(?:visit|visite|go\s+to|vaya\s+a|consulte|see|vea)\b.*|(?:reference|referencia|ref\.)\s*:\s*\S{1,30})$/i

/** Every match of a global pattern in `s`, from the start whatever the pattern's `lastIndex`. */
export function allMatches(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) {
    const m = re.exec(s)
    return m ? [m] : []
  }
  const out: RegExpExecArray[] = []
  re.lastIndex = 0
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m)
    if (m[0] === '') re.lastIndex++
  }
  re.lastIndex = 0
  return out
}

/** Whether a (possibly global) pattern matches `s`; leaves its `lastIndex` at 0. */
export function matches(re: RegExp, s: string): boolean {
  re.lastIndex = 0
  const found = re.test(s)
  re.lastIndex = 0
  return found
}
