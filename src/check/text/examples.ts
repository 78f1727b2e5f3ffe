/**
 * Example releases shared by the rules' examples and tests: a complete bilingual release that
 * every structure rule accepts, and helpers to cut pieces out of it.
 */

/** A complete English release. */
export const enRelease = `FOR IMMEDIATE RELEASE
March 15, 2024

Contact: Ana Pérez | (312) 555-0142 | ana@example.org

Coalition Welcomes New Protections for Farm Workers

CHICAGO – The Farm Worker Coalition welcomed today’s decision by the state legislature.

“This is a victory for every family that works the land,” said Ana Pérez, director of the Farm Worker Coalition.

###

The Farm Worker Coalition is a network of 40 organizations that defend the rights of farm workers.
`

/** The same release in Spanish. */
export const esRelease = `PARA PUBLICACIÓN INMEDIATA
15 de marzo de 2024

Contacto: Ana Pérez | (312) 555-0142 | ana@example.org

La coalición celebra nuevas protecciones para los trabajadores agrícolas

CHICAGO – La Farm Worker Coalition celebró hoy la decisión de la legislatura estatal.

“Esta es una victoria para cada familia que trabaja la tierra”, dijo Ana Pérez, directora de la Farm Worker Coalition.

###

La Farm Worker Coalition es una red de 40 organizaciones que defienden los derechos de los trabajadores agrícolas.
`

/** The two versions as separate files. */
export function pair(en = enRelease, es = esRelease): { file: string; text: string }[] {
  return [
    { file: 'en.txt', text: en },
    { file: 'es.txt', text: es },
  ]
}

/** `text` without the first line that contains `needle` (and the blank line after it). */
export function withoutLine(text: string, needle: string): string {
  const lines = text.split('\n')
  const i = lines.findIndex((l) => l.includes(needle))
  if (i < 0) throw new Error(`no line contains ${needle}`)
  lines.splice(i, lines[i + 1] === '' ? 2 : 1)
  return lines.join('\n')
}
