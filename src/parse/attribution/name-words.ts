/**
 * Word lists for reading speakers: job-title words (so "Executive Director Jane Doe" splits into
 * title and name), honorifics that are not part of a name ("Sen.", "Dra."), capitalised words
 * that never start a name ("The", "Today", "Hoy"), name particles ("de la", "van"), pronouns,
 * and US party–state tags such as "(D-Nev.)".
 */
import { fold } from './text-scan.js'

const titleWords = new Set(
  `executive director directora directors president presidenta presidente vice vicepresident
  vicepresidente vicepresidenta senator senadora senador sen. representative rep. representante
  congressman congresswoman congressmember congresista councilmember councilman councilwoman
  council member members miembro miembros integrante mayor alcalde alcaldesa governor gobernador
  gobernadora gov. lieutenant lt. secretary secretario secretaria general chair chairman
  chairwoman chairperson co-chair copresidente copresidenta ceo coo cfo cto founder co-founder
  cofounder fundador fundadora cofundador cofundadora coordinator coordinador coordinadora
  organizer organizador organizadora manager gerente officer spokesperson spokesman spokeswoman
  vocero vocera portavoz deputy chief head lead leader líder senior associate assistant interim
  acting national nacional state estatal regional legal policy advocacy communications campaign
  campaigns program programs board staff commissioner comisionado comisionada minister ministro
  ministra ambassador embajador embajadora pastor pastora reverend rev. father sister bishop
  obispo archbishop arzobispo cardinal rabbi imam dr. dr dra. dra mr. mrs. ms. mx. sr. sra. srta.
  hon. honorable judge jueza juez justice professor profesor profesora prof. dean decano decana
  superintendent sheriff chancellor trustee treasurer tesorero tesorera fellow analyst analista
  counsel attorney abogado abogada lawyer partner principal researcher investigador investigadora
  economist economista strategist estratega advisor adviser asesor asesora consultant consultor
  consultora editor editora activist activista volunteer voluntario voluntaria speaker majority
  minority whip ranking special especial rapporteur relator relatora high alto alta
  secretary-general under-secretary-general undersecretary subsecretario subsecretaria
  administrator administrador administradora assemblymember assemblyman assemblywoman
  assemblywomen delegate delegado delegada diputado diputada concejal concejala padre madre
  lic. ing. don doña ejecutivo ejecutiva jefe jefa subdirector subdirectora subdirectores
  defensor defensora directing managing operating chief-of-staff u.s. us ee.uu. eeuu
  co-executive codirector codirectora director-general directorgeneral`
    .split(/\s+/)
    .filter(Boolean),
)

/** Whether a word is part of a job title rather than a name. */
export function isTitleWord(word: string): boolean {
  const w = word.toLowerCase()
  if (titleWords.has(w)) return true
  // Plurals: "Senators Durbin and Padilla", "los senadores", "líderes".
  if (w.length > 4 && w.endsWith('es') && titleWords.has(w.slice(0, -2))) return true
  return w.length > 3 && w.endsWith('s') && titleWords.has(w.slice(0, -1))
}

const honorifics = new Set(
  'sen. rep. dr. dra. dr dra mr. mrs. ms. mx. sr. sra. srta. rev. hon. gov. lt. gen. lic. ing. prof. fr. pbro. mons. don doña'.split(
    ' ',
  ),
)

/** Whether a word is an honorific that precedes a name ("Sen.", "Dr.", "Sra."). */
export function isHonorific(word: string): boolean {
  return honorifics.has(word.toLowerCase())
}

const notNames = new Set(
  `the a an in on at as for from by with this that these those today yesterday tonight this
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december we i he she they it our their his her its you
  el la los las un una unos unas hoy ayer en este esta estos estas lunes martes miércoles jueves
  viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre setiembre
  octubre noviembre diciembre nosotros nosotras yo él ella ellos ellas nuestra nuestro su sus
  and y o or but pero also también however sin embargo meanwhile additionally además moreover
  statement declaración comunicado mientras while when cuando after después before antes
  according según de del of to tras ante durante desde hacia mediante bajo sin con para por
  following upon during amid despite regarding así asi thus both ambos ambas each cada`
    .split(/\s+/)
    .filter(Boolean),
)

/** Months that are also first names ("April Lee", "Julio Reyes", "Abril Soto"). */
const monthNames = new Set('april may june august julio abril junio mayo'.split(' '))

/**
 * Whether a capitalised word cannot begin a personal name ("The", "Today", "Hoy"). A month that
 * is also a first name begins one when a capitalised word follows it (`next`): "Julio Reyes",
 * not "Julio 4".
 */
export function isNotNameStart(word: string, next?: string): boolean {
  const w = fold(word)
  if (next !== undefined && monthNames.has(w) && /^\p{Lu}\p{Ll}/u.test(next)) return false
  return notNames.has(w)
}

const particles = new Set([
  'de',
  'del',
  'la',
  'las',
  'los',
  'van',
  'von',
  'da',
  'do',
  'dos',
  'das',
  'di',
  'le',
  'y',
  'bin',
  'ibn',
  'al',
  'el',
  'st.',
])

/** Whether a lower-case word can stand inside a name between capitalised words ("de la"). */
export function isNameParticle(word: string): boolean {
  return particles.has(word.toLowerCase())
}

const pronouns = new Set(['he', 'she', 'they', 'él', 'ella', 'ellos', 'ellas', 'i', 'we', 'yo'])

/** Whether a word is a personal pronoun standing for a speaker ("she said", "dijo ella"). */
export function isPronoun(word: string): boolean {
  return pronouns.has(word.toLowerCase())
}

/** A US party–state tag ("D-Nev.", "R-Texas", "D-CA-12", "D-N.Y."). */
export const partyTagRe = /^\(?\s*[DRI]\s*[-–]\s*[A-Z][\p{L}.]*(?:\s*[-–]\s*\d+)?\.?\s*\)?$/u

/** Prepositions that introduce an organization after a title ("of", "at", "de", "del"). */
export const orgPrepositions = new Set([
  'of',
  'at',
  'for',
  'with',
  'de',
  'del',
  'en',
  'para',
  'con',
])

/** Articles dropped before an organization or title ("the", "la", "el"). */
export const articles = new Set(['the', 'a', 'an', 'el', 'la', 'los', 'las', 'un', 'una'])

/** Words of title phrases after "of" that are departments, not organizations. */
const departmentWords = new Set(
  `communications policy advocacy programs program organizing operations development finance
  research public affairs government relations legal services media outreach campaigns
  education membership strategy engagement partnerships comunicaciones políticas programas
  incidencia operaciones desarrollo investigación prensa relaciones públicas
  the board directors trustees junta directiva staff immigration inmigración`
    .split(/\s+/)
    .filter(Boolean),
)

/** Whether a word names a department ("Communications", "Policy") rather than an organization. */
export function isDepartmentWord(word: string): boolean {
  return departmentWords.has(word.toLowerCase()) || isTitleWord(word)
}

/**
 * Whether a phrase is a placeholder left where an organization name should be ("###", "[ORG]",
 * "XXX", "TK", "<Organization>", "ORG NAME").
 */
export function isPlaceholder(phrase: string): boolean {
  const p = phrase.trim()
  return (
    p === '' ||
    /^(#\s*){2,}$/.test(p) ||
    /^[[<{(].*[\]>})]$/.test(p) ||
    /^(x{2,}|tk|tbd|tbc|org|org name|organization|organization name|nombre de la organización)$/i.test(
      p,
    )
  )
}

/** Whether a lower-case word can open a speaker phrase without a name ("the senator", "she"). */
export function isArticleOrPronoun(word: string): boolean {
  return articles.has(word.toLowerCase()) || isPronoun(word)
}
