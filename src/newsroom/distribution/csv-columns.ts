/**
 * Which column of an imported file holds which contact field. Header names are recognised in
 * English and Spanish ("Email", "E-mail", "Correo electrónico", "Nombre", "Medio", "Idioma"…),
 * compared without case, accents or punctuation; an explicit mapping (`Correo=email`, `3=lang`,
 * `Notas=ignore`) overrides the guess. A file whose first row holds an e-mail address has no
 * header: its columns are numbered, and the e-mail column is the one where addresses are found.
 */
import { fold } from '../../parse/index.js'
import { NewsroomError } from '../newsroom-error.js'
import { normaliseEmail } from './contact-email.js'
import type { CsvRow } from './csv-read.js'

/** A contact field a column can fill. */
export type ContactColumnField =
  | 'email'
  | 'name'
  | 'firstName'
  | 'lastName'
  | 'outlet'
  | 'beat'
  | 'lang'
  | 'location'

/** Every field, in the order a preview shows them. */
export const contactColumnFields: readonly ContactColumnField[] = [
  'email',
  'name',
  'firstName',
  'lastName',
  'outlet',
  'beat',
  'lang',
  'location',
]

/** One column of the file and the field it fills (null: ignored). */
export interface ColumnMapping {
  /** 1-based column number. */
  column: number
  /** The header text, or "Column N" when the file has no header. */
  header: string
  field: ContactColumnField | null
  /** Whether the field was given explicitly rather than guessed. */
  explicit: boolean
}

/** The header and mapping of a file. */
export interface ColumnPlan {
  hasHeader: boolean
  columns: ColumnMapping[]
}

const aliases: Record<ContactColumnField, string[]> = {
  email: [
    'email',
    'e mail',
    'mail',
    'email address',
    'e mail address',
    'correo',
    'correo electronico',
    'correo e',
    'direccion de correo',
    'direccion de correo electronico',
    'direccion electronica',
    'email correo',
  ],
  name: [
    'name',
    'full name',
    'contact',
    'contact name',
    'nombre',
    'nombre completo',
    'nombre y apellidos',
    'nombre y apellido',
    'contacto',
    'periodista',
    'journalist',
  ],
  firstName: ['first name', 'firstname', 'given name', 'nombre de pila', 'nombres'],
  lastName: ['last name', 'lastname', 'surname', 'family name', 'apellido', 'apellidos'],
  outlet: [
    'outlet',
    'media outlet',
    'media',
    'publication',
    'newspaper',
    'company',
    'organization',
    'organisation',
    'medio',
    'medio de comunicacion',
    'publicacion',
    'periodico',
    'empresa',
    'organizacion',
  ],
  beat: [
    'beat',
    'section',
    'topic',
    'topics',
    'desk',
    'fuente',
    'seccion',
    'tema',
    'temas',
    'area',
    'cobertura',
  ],
  lang: [
    'lang',
    'language',
    'languages',
    'preferred language',
    'language preference',
    'idioma',
    'idiomas',
    'lengua',
    'idioma preferido',
    'preferencia de idioma',
  ],
  location: [
    'location',
    'city',
    'country',
    'region',
    'place',
    'ubicacion',
    'ciudad',
    'pais',
    'region',
    'localidad',
    'lugar',
  ],
}

/** Folds a header as the reader folds text, with punctuation as spaces. */
function foldHeader(text: string): string {
  return fold(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const byAlias = new Map<string, ContactColumnField>()
for (const [field, names] of Object.entries(aliases) as [ContactColumnField, string[]][])
  for (const name of names) byAlias.set(foldHeader(name), field)
for (const field of contactColumnFields) byAlias.set(foldHeader(field), field)
byAlias.set('first name', 'firstName')
byAlias.set('last name', 'lastName')

/** The field a header name stands for, if it is one the import knows. */
export function guessField(header: string): ContactColumnField | null {
  return byAlias.get(foldHeader(header)) ?? null
}

/** Reads an explicit mapping's field: a field name or alias, or `ignore`/`-` for none. */
export function parseMappedField(text: string): ContactColumnField | null {
  const folded = foldHeader(text)
  if (folded === '' || folded === 'ignore' || folded === 'ignorar' || folded === 'none') return null
  const field = byAlias.get(folded)
  if (!field)
    throw new NewsroomError(
      'invalid',
      `"${text}" is not a contact field; use one of ${contactColumnFields.join(', ')} or ignore`,
      { problem: 'unknown-field', value: text },
    )
  return field
}

/** Reads `column=field` pairs (the command line's `--map`) into a mapping object. */
export function parseMappingPairs(pairs: readonly string[]): Record<string, string> {
  const mapping: Record<string, string> = {}
  for (const pair of pairs) {
    const at = pair.lastIndexOf('=')
    if (at <= 0)
      throw new NewsroomError(
        'invalid',
        `"${pair}" is not column=field (for example Correo=email)`,
        {
          problem: 'bad-mapping',
        },
      )
    mapping[pair.slice(0, at).trim()] = pair.slice(at + 1).trim()
  }
  return mapping
}

/**
 * Plans the columns of a file from its first rows and an explicit mapping (column header or
 * 1-based number → field). Refuses a mapping naming a column the file lacks, and a plan with no
 * e-mail column (unless `requireEmail` is false: a preview then shows every row as missing its
 * address, and the columns to choose it from).
 */
export function planColumns(
  rows: readonly CsvRow[],
  explicit: Record<string, string> = {},
  options: { requireEmail?: boolean } = {},
): ColumnPlan {
  const first = rows[0]?.cells ?? []
  // A first row is data when it holds an address — or something meant as one (an `@`) beside
  // no known header name: then its broken address is reported instead of becoming a header.
  const hasHeader =
    first.length > 0 &&
    !first.some((cell) => normaliseEmail(cell).ok) &&
    !(first.some((cell) => cell.includes('@')) && !first.some((cell) => guessField(cell)))
  // With a header the file is as wide as the header (cells beyond it are reported by the
  // import); without one, as wide as its widest early row.
  const width = hasHeader
    ? first.length
    : Math.max(0, ...rows.slice(0, 50).map((r) => r.cells.length))
  const columns: ColumnMapping[] = []
  for (let i = 0; i < width; i++) {
    const header = hasHeader && first[i]?.trim() ? (first[i] ?? '').trim() : `Column ${i + 1}`
    columns.push({ column: i + 1, header, field: null, explicit: false })
  }
  const taken = new Set<ContactColumnField>()
  if (hasHeader)
    for (const column of columns) {
      const field = guessField(column.header)
      if (field && !taken.has(field)) {
        column.field = field
        taken.add(field)
      }
    }
  // "Nombre" beside "Apellidos" is the first name.
  const nameColumn = columns.find((c) => c.field === 'name')
  if (nameColumn && taken.has('lastName') && !taken.has('firstName')) {
    nameColumn.field = 'firstName'
    taken.delete('name')
    taken.add('firstName')
  }
  if (!taken.has('email')) {
    const dataRows = (hasHeader ? rows.slice(1) : rows).slice(0, 50)
    let best: ColumnMapping | undefined
    let bestCount = 0
    for (const column of columns) {
      const count = dataRows.filter((r) => normaliseEmail(r.cells[column.column - 1]).ok).length
      if (count > bestCount) {
        best = column
        bestCount = count
      }
    }
    if (best && best.field === null) best.field = 'email'
  }
  for (const [key, value] of Object.entries(explicit)) {
    const field = parseMappedField(value)
    const byNumber = /^\d+$/.test(key.trim()) ? columns[Number(key.trim()) - 1] : undefined
    const target = byNumber ?? columns.find((c) => foldHeader(c.header) === foldHeader(key))
    if (!target)
      throw new NewsroomError(
        'invalid',
        `the file has no column "${key}"; its columns are ${columns.map((c) => `${c.column} "${c.header}"`).join(', ')}`,
        { problem: 'unknown-column', column: key },
      )
    if (field)
      for (const other of columns)
        if (other !== target && other.field === field) {
          other.field = null
          other.explicit = false
        }
    target.field = field
    target.explicit = true
  }
  if (options.requireEmail !== false && !columns.some((c) => c.field === 'email'))
    throw new NewsroomError(
      'invalid',
      'no column holds the e-mail address; map one (for example "Correo=email")',
      { problem: 'no-email-column', columns: columns.map((c) => c.header) },
    )
  return { hasHeader, columns }
}
