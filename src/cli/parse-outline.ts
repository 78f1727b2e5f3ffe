/**
 * The `parse --format text` outline: a readable summary of each version of a release — its
 * file, language and lines, the facts read from it (date, headline, dateline, contacts, end
 * mark), then every block with its kind and lines, the quotes with their speakers, the
 * boilerplates, and the reader's notes. For people; the JSON is the contract for programs.
 */
import {
  createLocationIndex,
  type Diagnostic,
  type LocationIndex,
  type Release,
  type Version,
  versionText,
} from '../core/index.js'

const width = 72

/** One line of `text`: whitespace collapsed, cut to `max` characters with an ellipsis. */
export function clip(text: string, max = width): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`
}

function lines(index: LocationIndex, start: number, end: number): string {
  const first = index.toPoint(start).line
  const last = index.toPoint(Math.max(start, end - 1)).line
  return first === last ? `L${first}` : `L${first}-${last}`
}

function field(label: string, value: string): string {
  return `  ${label.padEnd(12)}${value}`
}

function speakerOf(quote: Version['quotes'][number]): string {
  const s = quote.speaker
  if (!s) return 'speaker unknown'
  const parts = [s.name ?? 'name unknown', s.title, s.organization ?? 'organization unknown']
  return parts.filter((p): p is string => Boolean(p)).join(', ')
}

/** The outline of one version. */
export function outlineVersion(release: Release, version: Version): string {
  const source = release.sources[version.source]
  const index = createLocationIndex(versionText(release, version))
  const at = (start: number, end: number): string => `(${lines(index, start, end)})`
  const out: string[] = []
  const file = source?.file ?? '?'
  out.push(`${file} · ${version.lang} · ${lines(index, version.start, version.end)}`)
  const d = version.date
  out.push(field('date', d ? `${d.iso}  “${clip(d.text, 40)}” ${at(d.start, d.end)}` : '—'))
  const h = version.headline
  out.push(field('headline', h ? `${clip(h.text, 160)} ${at(h.start, h.end)}` : '—'))
  const sub = version.subheadline
  if (sub) out.push(field('subheadline', `${clip(sub.text, 160)} ${at(sub.start, sub.end)}`))
  const dl = version.dateline
  out.push(field('dateline', dl ? `${dl.place}  “${dl.text}” ${at(dl.start, dl.end)}` : '—'))
  if (version.contacts.length === 0) out.push(field('contacts', '—'))
  version.contacts.forEach((c, i) => {
    const email = c.email ?? (c.emailText ? `no valid e-mail (“${c.emailText}”)` : 'no e-mail')
    const parts = [c.name ?? 'name unknown', c.title, c.organization, c.phone ?? 'no phone', email]
    const value = `${parts.filter((p): p is string => Boolean(p)).join(' · ')} ${at(c.start, c.end)}`
    out.push(field(i === 0 ? 'contacts' : '', value))
  })
  const em = version.endMark
  out.push(field('end mark', em ? `${em.text} ${at(em.start, em.end)}` : '—'))

  out.push('', '  blocks')
  version.blocks.forEach((b, i) => {
    out.push(
      `    ${String(i).padStart(3)}  ${b.kind.padEnd(12)} ${lines(index, b.start, b.end).padEnd(8)} ${clip(b.text, 52)}`,
    )
  })
  out.push('', `  quotes${version.quotes.length === 0 ? '      —' : ''}`)
  version.quotes.forEach((q, i) => {
    const verb = q.attribution?.verb ? ` (${q.attribution.verb})` : ''
    out.push(
      `    ${String(i + 1).padStart(3)}  block ${q.block} ${lines(index, q.start, q.end)}  “${clip(q.text, 50)}”`,
    )
    out.push(`         — ${speakerOf(q)}${verb}`)
  })
  out.push('', `  boilerplates${version.boilerplates.length === 0 ? ' —' : ''}`)
  version.boilerplates.forEach((b, i) => {
    const org = b.organization ?? '(organization name missing)'
    out.push(
      `    ${String(i + 1).padStart(3)}  block ${b.block} ${lines(index, b.start, b.end)}  ${org}`,
    )
  })
  return out.join('\n')
}

function note(release: Release, d: Diagnostic): string {
  const where = d.place ? `:${d.place.start.line}:${d.place.start.column}` : ''
  const file = d.file ?? release.sources[0]?.file ?? ''
  return `  ${file}${where}: ${d.severity} ${d.message} (${d.ruleId})`
}

/** The outline of every version, then the reader's notes (diagnostics), ending in a newline. */
export function outlineRelease(release: Release): string {
  const parts = release.versions.map((v) => outlineVersion(release, v))
  if (release.diagnostics.length > 0)
    parts.push(['notes', ...release.diagnostics.map((d) => note(release, d))].join('\n'))
  return `${parts.join('\n\n')}\n`
}
