/**
 * The two versions side by side, bead by bead, as plain text for a terminal or a review
 * e-mail: each bead is a row with the source sentences on the left and the target sentences on
 * the right; a sentence with no counterpart is marked with `+` and the empty side says so.
 */
import type { Alignment } from './align-versions.js'

/** Options of {@link renderSideBySide}. */
export interface SideBySideOptions {
  /** Total line width (default 120). */
  width?: number
}

/** Wraps `text` into lines of at most `width` characters (long words are cut). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = []
  for (const paragraph of text.split('\n')) {
    let line = ''
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let rest = word
      while (rest.length > width) {
        if (line) lines.push(line)
        line = ''
        lines.push(rest.slice(0, width))
        rest = rest.slice(width)
      }
      if (!line) line = rest
      else if (line.length + 1 + rest.length <= width) line += ` ${rest}`
      else {
        lines.push(line)
        line = rest
      }
    }
    if (line) lines.push(line)
  }
  return lines.length ? lines : ['']
}

/** Renders an alignment as two columns, one row per sentence bead. */
export function renderSideBySide(alignment: Alignment, options: SideBySideOptions = {}): string {
  const width = Math.max(40, options.width ?? 120)
  const column = Math.floor((width - 3) / 2) - 2
  const rule = '─'.repeat(column + 2)
  const out: string[] = [
    `  ${alignment.source.padEnd(column)} │   ${alignment.target}`,
    `${rule}─┼─${rule}`,
  ]
  let paragraph = -1
  for (const bead of alignment.sentences) {
    if (bead.paragraph !== paragraph && paragraph !== -1) out.push(`${rule}─┼─${rule}`)
    paragraph = bead.paragraph
    const lonely = bead.source.length === 0 || bead.target.length === 0
    const side = (indexes: number[], sentences: typeof alignment.sourceSentences) =>
      indexes.length === 0
        ? ['(no counterpart)']
        : indexes.flatMap((k) => wrapText(sentences[k]?.text ?? '', column))
    const left = side(bead.source, alignment.sourceSentences)
    const right = side(bead.target, alignment.targetSentences)
    const rows = Math.max(left.length, right.length)
    for (let r = 0; r < rows; r++) {
      const mark = r === 0 ? (lonely ? '+ ' : '  ') : '  '
      const score = r === 0 ? `  ${bead.score.toFixed(2)}` : ''
      out.push(`${mark}${(left[r] ?? '').padEnd(column)} │ ${mark}${right[r] ?? ''}${score}`)
    }
  }
  return `${out.join('\n')}\n`
}
