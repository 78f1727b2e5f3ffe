/**
 * The JSON contract of `comunicado parse --format json` (docs/formats.md): a plain projection of
 * a {@link Release} that other tools rely on. Fields may be added, never renamed or dropped.
 */
import type { BlockKind, Release } from '../core/release.js'

/** One block in the parse JSON. */
export interface ParseJsonBlock {
  kind: BlockKind
  text: string
  start: number
  end: number
}

/** One version in the parse JSON. */
export interface ParseJsonVersion {
  lang: string
  file: string
  date: string | null
  headline: string | null
  subheadline: string | null
  dateline: { place: string; text: string } | null
  contacts: {
    name: string | null
    phone: string | null
    email: string | null
    organization: string | null
  }[]
  blocks: ParseJsonBlock[]
  quotes: {
    text: string
    speaker: { name: string | null; title: string | null; organization: string | null } | null
    block: number
    start: number
    end: number
  }[]
  endMark: string | null
  boilerplates: { organization: string | null; block: number }[]
}

/** The whole parse JSON document. */
export interface ParseJson {
  versions: ParseJsonVersion[]
}

/** Projects a release onto the `parse --format json` shape. */
export function toParseJson(release: Release): ParseJson {
  return {
    versions: release.versions.map((v) => ({
      lang: v.lang,
      file: release.sources[v.source]?.file ?? '',
      date: v.date?.iso ?? null,
      headline: v.headline?.text ?? null,
      subheadline: v.subheadline?.text ?? null,
      dateline: v.dateline ? { place: v.dateline.place, text: v.dateline.text } : null,
      contacts: v.contacts.map((c) => ({
        name: c.name,
        phone: c.phone,
        email: c.email,
        organization: c.organization,
      })),
      blocks: v.blocks.map((b) => ({ kind: b.kind, text: b.text, start: b.start, end: b.end })),
      quotes: v.quotes.map((q) => ({
        text: q.text,
        speaker: q.speaker
          ? {
              name: q.speaker.name,
              title: q.speaker.title,
              organization: q.speaker.organization,
            }
          : null,
        block: q.block,
        start: q.start,
        end: q.end,
      })),
      endMark: v.endMark?.text ?? null,
      boilerplates: v.boilerplates.map((b) => ({ organization: b.organization, block: b.block })),
    })),
  }
}
