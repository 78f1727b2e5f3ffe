/**
 * A small English↔Spanish glossary of our own: months, weekdays, titles, reporting verbs and the
 * vocabulary of advocacy press releases. It gives the aligner anchors that cognates miss
 * ("said"/"dijo", "week"/"semana", "law"/"ley"). Each entry names a concept and lists folded
 * word forms per language; a form ending in `*` matches any word that starts with it.
 */
import { fold } from './fold.js'

/** One concept and its English and Spanish forms (folded; `*` = any ending). */
export interface GlossaryEntry {
  concept: string
  en: string[]
  es: string[]
}

/** The glossary. Add entries freely: a concept's forms must not be a common word of the other sense. */
export const glossary: readonly GlossaryEntry[] = [
  // months and weekdays
  { concept: 'january', en: ['january', 'jan'], es: ['enero', 'ene'] },
  { concept: 'february', en: ['february', 'feb'], es: ['febrero', 'feb'] },
  { concept: 'march', en: ['march'], es: ['marzo'] },
  { concept: 'april', en: ['april', 'apr'], es: ['abril', 'abr'] },
  { concept: 'may', en: ['may'], es: ['mayo'] },
  { concept: 'june', en: ['june', 'jun'], es: ['junio', 'jun'] },
  { concept: 'july', en: ['july', 'jul'], es: ['julio', 'jul'] },
  { concept: 'august', en: ['august', 'aug'], es: ['agosto', 'ago'] },
  {
    concept: 'september',
    en: ['september', 'sept', 'sep'],
    es: ['septiembre', 'setiembre', 'sept', 'sep'],
  },
  { concept: 'october', en: ['october', 'oct'], es: ['octubre', 'oct'] },
  { concept: 'november', en: ['november', 'nov'], es: ['noviembre', 'nov'] },
  { concept: 'december', en: ['december', 'dec'], es: ['diciembre', 'dic'] },
  { concept: 'monday', en: ['monday'], es: ['lunes'] },
  { concept: 'tuesday', en: ['tuesday'], es: ['martes'] },
  { concept: 'wednesday', en: ['wednesday'], es: ['miercoles'] },
  { concept: 'thursday', en: ['thursday'], es: ['jueves'] },
  { concept: 'friday', en: ['friday'], es: ['viernes'] },
  { concept: 'saturday', en: ['saturday'], es: ['sabado'] },
  { concept: 'sunday', en: ['sunday'], es: ['domingo'] },
  // time
  { concept: 'today', en: ['today', "today's", 'today’s'], es: ['hoy'] },
  { concept: 'yesterday', en: ['yesterday'], es: ['ayer'] },
  { concept: 'tomorrow', en: ['tomorrow'], es: ['manana'] },
  { concept: 'week', en: ['week', 'weeks', 'weekly'], es: ['semana*'] },
  { concept: 'month', en: ['month', 'months', 'monthly'], es: ['mes', 'meses', 'mensual*'] },
  { concept: 'year', en: ['year', 'years', 'yearly', 'annual*'], es: ['ano', 'anos', 'anual*'] },
  { concept: 'day', en: ['day', 'days', 'daily'], es: ['dia', 'dias', 'diari*'] },
  { concept: 'decade', en: ['decade*'], es: ['decada*'] },
  { concept: 'century', en: ['century', 'centuries'], es: ['siglo*'] },
  // titles and offices
  { concept: 'president', en: ['president*', 'vp'], es: ['president*', 'vicepresident*'] },
  { concept: 'senator', en: ['senator*', 'sen'], es: ['senador*'] },
  {
    concept: 'representative',
    en: ['representative*', 'congressman', 'congresswoman', 'rep'],
    es: ['representante*', 'congresista*'],
  },
  { concept: 'governor', en: ['governor*', 'gov'], es: ['gobernador*'] },
  { concept: 'mayor', en: ['mayor', 'mayors'], es: ['alcalde*', 'alcaldesa*'] },
  { concept: 'director', en: ['director*'], es: ['director*'] },
  { concept: 'secretary', en: ['secretary*'], es: ['secretari*'] },
  { concept: 'spokesperson', en: ['spokes*'], es: ['portavoz', 'vocero*', 'vocera*'] },
  { concept: 'chair', en: ['chair', 'chairman', 'chairwoman', 'chairperson'], es: ['president*'] },
  { concept: 'leader', en: ['leader*', 'leadership'], es: ['lider*', 'liderazgo*', 'dirigente*'] },
  { concept: 'member', en: ['member*'], es: ['miembro*', 'integrante*', 'socio*'] },
  { concept: 'mr', en: ['mr'], es: ['sr', 'senor'] },
  { concept: 'mrs', en: ['mrs', 'ms'], es: ['sra', 'senora', 'srta'] },
  { concept: 'dr', en: ['dr'], es: ['dr', 'dra'] },
  // reporting verbs
  {
    concept: 'say',
    en: ['said', 'says', 'say', 'stated', 'states', 'told'],
    es: [
      'dijo',
      'dice',
      'afirmo',
      'aseguro',
      'declaro',
      'senalo',
      'indico',
      'expreso',
      'manifesto',
      'sostuvo',
    ],
  },
  { concept: 'add', en: ['added', 'adds'], es: ['agrego', 'anadio', 'agrega', 'anade'] },
  { concept: 'explain', en: ['explained', 'explains'], es: ['explico', 'explica'] },
  {
    concept: 'note',
    en: ['noted', 'notes', 'pointed'],
    es: ['senalo', 'apunto', 'destaco', 'subrayo'],
  },
  { concept: 'conclude', en: ['concluded', 'concludes'], es: ['concluyo', 'concluye'] },
  { concept: 'announce', en: ['announce*'], es: ['anunci*'] },
  {
    concept: 'emphasize',
    en: ['emphasi*', 'stressed', 'underscored'],
    es: ['enfatiz*', 'recalco', 'resalto', 'subrayo'],
  },
  { concept: 'according', en: ['according'], es: ['segun'] },
  { concept: 'statement', en: ['statement*'], es: ['declaracion*', 'comunicado*'] },
  // places and peoples
  {
    concept: 'us',
    en: ['usa', 'america', 'american', 'americans'],
    es: ['eeuu', 'estadounidense*', 'norteamerican*'],
  },
  { concept: 'united', en: ['united'], es: ['unidos', 'unidas'] },
  { concept: 'states', en: ['states', 'state', "state's", 'state’s'], es: ['estado', 'estados'] },
  {
    concept: 'nation',
    en: ['nation*', 'country', 'countries', "country's", 'country’s'],
    es: ['nacion*', 'pais', 'paises'],
  },
  {
    concept: 'city',
    en: ['city', 'cities', 'town', 'towns'],
    es: ['ciudad*', 'pueblo*', 'municipio*'],
  },
  { concept: 'border', en: ['border*'], es: ['frontera*', 'fronteriz*'] },
  { concept: 'world', en: ['world*', 'global*'], es: ['mundo*', 'mundial*', 'global*'] },
  { concept: 'mexico', en: ['mexico', 'mexican*'], es: ['mexico', 'mexican*'] },
  { concept: 'central-america', en: ['central'], es: ['centroameric*', 'central*'] },
  // people and society
  {
    concept: 'immigrant',
    en: ['immigra*', 'migrant*', 'migration*', 'migratory'],
    es: ['inmigra*', 'migrant*', 'migra*'],
  },
  {
    concept: 'people',
    en: ['people', 'persons', 'person'],
    es: ['personas', 'persona', 'gente', 'pueblo'],
  },
  { concept: 'family', en: ['famil*'], es: ['famil*'] },
  {
    concept: 'child',
    en: ['child', 'children', 'kids', 'youth', 'young'],
    es: ['nino*', 'nina*', 'hijo*', 'hija*', 'joven*', 'jovenes', 'menores'],
  },
  { concept: 'parent', en: ['parent*', 'mother*', 'father*'], es: ['padre*', 'madre*'] },
  { concept: 'woman', en: ['woman', 'women'], es: ['mujer*'] },
  {
    concept: 'worker',
    en: ['worker*', 'workforce', 'employee*'],
    es: ['trabajador*', 'empleado*'],
  },
  {
    concept: 'work',
    en: ['work', 'works', 'working', 'worked', 'job', 'jobs'],
    es: ['trabaj*', 'empleo*'],
  },
  { concept: 'community', en: ['communit*'], es: ['comunidad*', 'comunitari*'] },
  { concept: 'organization', en: ['organiz*', 'organis*'], es: ['organiza*'] },
  { concept: 'right', en: ['right', 'rights'], es: ['derecho', 'derechos'] },
  { concept: 'citizen', en: ['citizen*'], es: ['ciudadan*'] },
  {
    concept: 'law',
    en: ['law', 'laws', 'legal*', 'legislation', 'legislative'],
    es: ['ley', 'leyes', 'legal*', 'legislacion', 'legislativ*'],
  },
  { concept: 'bill', en: ['bill', 'bills'], es: ['proyecto*', 'iniciativa*'] },
  { concept: 'government', en: ['govern*'], es: ['gobiern*', 'gobernar'] },
  { concept: 'administration', en: ['administration*'], es: ['administracion*', 'gobierno'] },
  { concept: 'congress', en: ['congress*'], es: ['congres*'] },
  { concept: 'court', en: ['court', 'courts'], es: ['corte', 'cortes', 'tribunal*', 'juzgado*'] },
  { concept: 'judge', en: ['judge*', 'judicial'], es: ['juez*', 'jueza*', 'judicial*'] },
  { concept: 'police', en: ['police', 'officer*'], es: ['policia*', 'agente*'] },
  { concept: 'deport', en: ['deport*'], es: ['deport*'] },
  { concept: 'asylum', en: ['asylum'], es: ['asilo'] },
  { concept: 'refugee', en: ['refugee*'], es: ['refugiad*'] },
  { concept: 'health', en: ['health*'], es: ['salud', 'sanitari*'] },
  { concept: 'school', en: ['school*'], es: ['escuela*', 'escolar*'] },
  { concept: 'education', en: ['educat*'], es: ['educa*'] },
  {
    concept: 'house',
    en: ['house', 'houses', 'home', 'homes', 'housing'],
    es: ['casa*', 'hogar*', 'vivienda*'],
  },
  {
    concept: 'vote',
    en: ['vote*', 'voting', 'voter*'],
    es: ['voto*', 'votar', 'votacion*', 'votante*'],
  },
  {
    concept: 'election',
    en: ['election*', 'elect*'],
    es: ['eleccion*', 'elector*', 'elegid*', 'elig*', 'elegi*', 'reelegid*', 'reelect*'],
  },
  {
    concept: 'money',
    en: ['money', 'funds', 'funding', 'fund'],
    es: ['dinero', 'fondo*', 'financiamiento*'],
  },
  { concept: 'dollar', en: ['dollar*'], es: ['dolar*'] },
  { concept: 'million', en: ['million*'], es: ['millon*'] },
  { concept: 'thousand', en: ['thousand*'], es: ['mil', 'miles'] },
  { concept: 'percent', en: ['percent', 'percentage*'], es: ['porcentaje*', 'ciento'] },
  { concept: 'safe', en: ['safe', 'safety', 'security', 'secure'], es: ['segur*'] },
  { concept: 'new', en: ['new'], es: ['nuevo*', 'nueva*'] },
  {
    concept: 'call',
    en: ['call', 'calls', 'called', 'urge*'],
    es: ['llama*', 'insta*', 'exhort*'],
  },
  { concept: 'must', en: ['must', 'should'], es: ['debe*', 'deberia*'] },
  { concept: 'support', en: ['support*'], es: ['apoy*', 'respald*'] },
  { concept: 'help', en: ['help*', 'aid', 'assist*'], es: ['ayud*', 'asist*'] },
  { concept: 'fight', en: ['fight*', 'struggle*'], es: ['luch*', 'combat*'] },
  { concept: 'protect', en: ['protect*'], es: ['proteg*', 'protecc*'] },
  { concept: 'decision', en: ['decision*', 'decide*'], es: ['decision*', 'decid*'] },
  { concept: 'continue', en: ['continu*'], es: ['continu*', 'segui*', 'sigue*'] },
  { concept: 'more', en: ['more'], es: ['mas'] },
  { concept: 'against', en: ['against'], es: ['contra'] },
  { concept: 'without', en: ['without'], es: ['sin'] },
  { concept: 'because', en: ['because'], es: ['porque'] },
  { concept: 'all', en: ['all', 'every'], es: ['todo', 'todos', 'toda', 'todas'] },
  { concept: 'many', en: ['many'], es: ['muchos', 'muchas'] },
  {
    concept: 'life',
    en: ['life', 'lives', 'live', 'living'],
    es: ['vida', 'vidas', 'vivir', 'viven'],
  },
  { concept: 'fear', en: ['fear*', 'afraid'], es: ['miedo*', 'temor*'] },
  {
    concept: 'justice',
    en: ['justice', 'fair*', 'unjust*', 'injustice*'],
    es: ['justicia', 'justo*', 'justa*'],
  },
  { concept: 'crime', en: ['crime*', 'criminal*'], es: ['crimen*', 'delito*', 'criminal*'] },
  { concept: 'policy', en: ['policy', 'policies'], es: ['politica', 'politicas'] },
  { concept: 'visit', en: ['visit*', 'trip*'], es: ['visita*', 'viaje*'] },
  { concept: 'meeting', en: ['meeting*', 'meet', 'met'], es: ['reunion*', 'reuni*'] },
  { concept: 'contact', en: ['contact*'], es: ['contacto*'] },
  { concept: 'release', en: ['release'], es: ['comunicado', 'publicacion'] },
  { concept: 'immediate', en: ['immediate*'], es: ['inmediat*'] },
  { concept: 'about', en: ['about'], es: ['acerca', 'sobre'] },
  { concept: 'press', en: ['press'], es: ['prensa'] },
  { concept: 'resign', en: ['resign*'], es: ['renunci*', 'dimisi*', 'dimit*'] },
  { concept: 'farmworker', en: ['farmworker*', 'farm'], es: ['campesin*', 'agricol*'] },
  { concept: 'keep', en: ['keep', 'keeps', 'kept'], es: ['manten*', 'mantien*', 'mantuv*'] },
  { concept: 'board', en: ['board'], es: ['junta'] },
  { concept: 'committee', en: ['committee*'], es: ['comite*', 'comision*'] },
  { concept: 'executive', en: ['executive*'], es: ['ejecutiv*'] },
  { concept: 'vice', en: ['vice'], es: ['vice*'] },
  { concept: 'victim', en: ['victim*'], es: ['victima*'] },
  {
    concept: 'arrest',
    en: ['arrest*', 'detain*', 'detention*'],
    es: ['arrest*', 'detenc*', 'deten*', 'detuv*'],
  },
  { concept: 'raid', en: ['raid*'], es: ['redada*', 'operativo*'] },
  { concept: 'undocumented', en: ['undocumented'], es: ['indocumentad*'] },
  {
    concept: 'shooting',
    en: ['shooting*', 'shot', 'killing*', 'killed'],
    es: ['tiroteo*', 'asesinat*', 'dispar*', 'matan*'],
  },
  {
    concept: 'death',
    en: ['death*', 'dead', 'die', 'died'],
    es: ['muerte*', 'muert*', 'murio', 'murieron', 'fallec*'],
  },
  { concept: 'join', en: ['join*'], es: ['unete', 'unase', 'unirse', 'sumar*', 'suma*'] },
  { concept: 'learn', en: ['learn*'], es: ['aprend*'] },
  { concept: 'follow', en: ['follow*'], es: ['sigu*', 'segui*'] },
  { concept: 'english', en: ['english'], es: ['ingles'] },
  { concept: 'spanish', en: ['spanish'], es: ['espanol'] },
  { concept: 'hope', en: ['hope*'], es: ['esperanza*', 'espera*'] },
  { concept: 'dream', en: ['dream*'], es: ['sueno*', 'suena*', 'sonam*'] },
  { concept: 'power', en: ['power*'], es: ['poder*', 'fuerza*'] },
  { concept: 'proud', en: ['proud', 'pride'], es: ['orgull*'] },
  { concept: 'white', en: ['white'], es: ['blanca', 'blanco', 'blancas', 'blancos'] },
  { concept: 'north', en: ['north', 'northern'], es: ['norte', 'norteno*'] },
  { concept: 'south', en: ['south', 'southern'], es: ['sur', 'sureno*'] },
  { concept: 'east', en: ['east', 'eastern'], es: ['este', 'oriente', 'oriental'] },
  { concept: 'west', en: ['west', 'western'], es: ['oeste', 'occidente', 'occidental'] },
  { concept: 'council', en: ['council*'], es: ['concejo*', 'consejo*', 'cabildo*'] },
  { concept: 'democrat', en: ['democrat*'], es: ['democrat*'] },
  { concept: 'republican', en: ['republican*'], es: ['republican*'] },
  { concept: 'chamber', en: ['chamber*', 'house'], es: ['camara*'] },
  { concept: 'union', en: ['union*'], es: ['union*', 'sindicat*'] },
  { concept: 'environment', en: ['environment*'], es: ['ambient*', 'medioambient*', 'medio'] },
  { concept: 'group', en: ['group*'], es: ['grupo*'] },
  { concept: 'issue', en: ['issue*', 'affairs'], es: ['asunto*', 'tema*', 'cuestion*'] },
  { concept: 'muslim', en: ['muslim*'], es: ['musulman*'] },
  { concept: 'office', en: ['office*'], es: ['oficina*', 'despacho*'] },
  { concept: 'department', en: ['department*'], es: ['departamento*'] },
  { concept: 'homeland', en: ['homeland'], es: ['nacional'] },
  { concept: 'justice-dept', en: ['attorney'], es: ['fiscal*', 'procurador*', 'abogad*'] },
  { concept: 'new-york', en: ['yorker*'], es: ['neoyorquin*'] },
  { concept: 'federation', en: ['federation*'], es: ['federacion*'] },
  { concept: 'coalition', en: ['coalition*'], es: ['coalicion*'] },
  { concept: 'alliance', en: ['allian*'], es: ['alianza*'] },
  { concept: 'network', en: ['network*'], es: ['red', 'redes'] },
  {
    concept: 'thank',
    en: ['thank*', 'grateful', 'gratitude'],
    es: ['gracias', 'agradec*', 'agradecid*'],
  },
]

interface Index {
  exact: Map<string, string>
  prefix: Map<string, string>
}

const indexes = new Map<string, Index>()

function indexFor(lang: 'en' | 'es'): Index {
  const known = indexes.get(lang)
  if (known) return known
  const index: Index = { exact: new Map(), prefix: new Map() }
  for (const entry of glossary)
    for (const form of entry[lang]) {
      if (form.endsWith('*')) index.prefix.set(form.slice(0, -1), entry.concept)
      else if (!index.exact.has(form)) index.exact.set(form, entry.concept)
    }
  indexes.set(lang, index)
  return index
}

/**
 * The glossary concept of a word in a language (`en` or `es`; other tags use `en`), or null.
 * Matching is on the folded word; starred forms match by prefix, longest first.
 */
export function glossaryConcept(word: string, lang: string): string | null {
  const side = lang.toLowerCase().startsWith('es') ? 'es' : 'en'
  const memo = conceptMemo[side]
  let concept = memo.get(word)
  if (concept === undefined) {
    if (memo.size >= 20_000) memo.clear()
    concept = lookUpConcept(word, side)
    memo.set(word, concept)
  }
  return concept
}

// Words recur in every sentence and bead: their concept is looked up once per language.
const conceptMemo = { en: new Map<string, string | null>(), es: new Map<string, string | null>() }

function lookUpConcept(word: string, side: 'en' | 'es'): string | null {
  const index = indexFor(side)
  const w = fold(word).replace(/[’']s$/, '')
  // "may" is a month only when capitalised mid-sentence; lower-case it is the modal verb
  if (w === 'may' && word.charAt(0) !== 'M') return null
  const exact = index.exact.get(w)
  if (exact) return exact
  for (let n = w.length; n >= 2; n--) {
    const concept = index.prefix.get(w.slice(0, n))
    if (concept) return concept
  }
  return null
}
