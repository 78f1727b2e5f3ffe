/**
 * Place names that stand between a title and a name in "TITLE por PLACE NAME" shapes ("la
 * senadora por Nevada Catherine Cortez Masto", "el alcalde de Los Ángeles Eric Garcetti"): US
 * states, large US cities and the countries of the Americas, in English and Spanish.
 */
import { fold } from './text-scan.js'

const placeNames =
  `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|
Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|
Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|
New Mexico|Nuevo México|New York|Nueva York|North Carolina|Carolina del Norte|North Dakota|Ohio|
Oklahoma|Oregon|Pennsylvania|Pensilvania|Rhode Island|South Carolina|Carolina del Sur|
South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|
Puerto Rico|Chicago|Los Angeles|Los Ángeles|Houston|Phoenix|Miami|San Antonio|San Diego|Dallas|
Denver|Boston|Atlanta|Seattle|Philadelphia|Filadelfia|San Francisco|San José|San Jose|Las Vegas|
El Paso|Tucson|Albuquerque|Austin|Detroit|Baltimore|Minneapolis|Milwaukee|Oakland|Sacramento|
Newark|Mexico|México|Guatemala|Honduras|El Salvador|Nicaragua|Costa Rica|Panama|Panamá|
Colombia|Venezuela|Cuba|Haiti|Haití|Ecuador|Peru|Perú|Bolivia|Chile|Argentina|Brazil|Brasil|
Dominican Republic|República Dominicana|Spain|España|Canada|Canadá|United States|Estados Unidos|
the Bronx|Brooklyn|Queens|Manhattan|Cook County|Harris County|Maricopa County`
    .split('|')
    .map((p) => p.trim())
    .filter(Boolean)

const byFirstWord = new Map<string, string[][]>()
for (const place of placeNames) {
  const words = place.split(' ').map(fold)
  const first = words[0] ?? ''
  const list = byFirstWord.get(first) ?? []
  list.push(words)
  byFirstWord.set(first, list)
}

/**
 * How many of `words` (from the start) form a known place name, or 0. The longest match wins
 * ("New York" before "New").
 */
export function placeLength(words: readonly string[]): number {
  const candidates = byFirstWord.get(fold(words[0] ?? '')) ?? []
  let best = 0
  for (const cand of candidates) {
    if (cand.length > words.length || cand.length <= best) continue
    if (cand.every((w, i) => fold(words[i] ?? '') === w)) best = cand.length
  }
  return best
}
