/**
 * A readable diff between two revisions: per language, the words removed and added, grouped in
 * runs, with a plain-text rendering (`[-old-]{+new+}`) for e-mails and logs.
 */
import { diffWordsWithSpace } from 'diff'
import type { RevisionContent } from '../store/index.js'

/** One run of a diff. */
export interface DiffPart {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** The diff of one language version between two revisions. */
export interface VersionDiff {
  lang: string
  parts: DiffPart[]
  /** Words added and removed, for a summary line. */
  inserted: number
  deleted: number
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length

/** Diffs every language present in either revision. */
export function diffRevisions(from: RevisionContent, to: RevisionContent): VersionDiff[] {
  const langs = [
    ...new Set([...from.versions.map((v) => v.lang), ...to.versions.map((v) => v.lang)]),
  ]
  return langs.map((lang) => {
    const a = from.versions.find((v) => v.lang === lang)?.text ?? ''
    const b = to.versions.find((v) => v.lang === lang)?.text ?? ''
    const parts: DiffPart[] = diffWordsWithSpace(a, b).map((c) => ({
      op: c.added ? 'insert' : c.removed ? 'delete' : 'equal',
      text: c.value,
    }))
    return {
      lang,
      parts,
      inserted: parts.filter((p) => p.op === 'insert').reduce((n, p) => n + words(p.text), 0),
      deleted: parts.filter((p) => p.op === 'delete').reduce((n, p) => n + words(p.text), 0),
    }
  })
}

/** Renders a version diff as text with `[-removed-]` and `{+added+}` marks. */
export function formatDiff(diff: VersionDiff): string {
  return diff.parts
    .map((p) => (p.op === 'equal' ? p.text : p.op === 'insert' ? `{+${p.text}+}` : `[-${p.text}-]`))
    .join('')
}
