/**
 * Mapping back from text extracted from HTML to the HTML file: a lookup in the run map that
 * `extractHtmlText` records (`Source.htmlMap`). Kept apart from the extractor so that using it
 * does not load the HTML parser.
 */

/**
 * The HTML offset an offset of the extracted text came from: inside a run, the same distance
 * into the run's HTML range (exact for text without entities or collapsed whitespace), between
 * runs the start of the next run.
 */
export function htmlOffset(map: readonly number[], offset: number): number {
  let lo = 0
  let hi = map.length / 4 - 1
  if (hi < 0) return 0
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if ((map[mid * 4] ?? 0) <= offset) lo = mid
    else hi = mid - 1
  }
  const [textStart = 0, textEnd = 0, htmlStart = 0, htmlEnd = 0] = map.slice(lo * 4, lo * 4 + 4)
  if (offset < textStart) return htmlStart
  if (offset >= textEnd) {
    const next = map[(lo + 1) * 4 + 2]
    return offset === textEnd || next === undefined ? htmlEnd : next
  }
  return Math.min(htmlEnd, htmlStart + (offset - textStart))
}
