/**
 * Text helpers shared by the reader: which characters count as whitespace (including the odd
 * ones real releases carry: NBSP, zero-width spaces, BOMs inside the text, U+2028), trimming a
 * span without rewriting the text, and folding strings for comparisons only.
 */

/** Whitespace the reader skips when trimming spans: ASCII space/tab/LF/CR, NBSP, U+2000–U+200B, U+2028/9, U+202F, U+205F, U+3000, U+FEFF. */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0a ||
    code === 0x0d ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x200c ||
    code === 0x200d ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/** A character class source matching one whitespace character of {@link isSpace}, for regexes. */
export const spaceClass =
  '[\\s\\u00a0\\u2000-\\u200d\\u2028\\u2029\\u202f\\u205f\\u2060\\u3000\\ufeff]'

/** The span `[start, end)` of `text` shrunk past leading and trailing whitespace. */
export function trimSpan(text: string, start: number, end: number): [number, number] {
  let s = start
  let e = end
  while (s < e && isSpace(text.charCodeAt(s))) s++
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--
  return [s, e]
}

/** Collapses every run of whitespace (odd spaces included) into one ASCII space, and trims. */
export function squash(text: string): string {
  let out = ''
  let pendingSpace = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (isSpace(code)) {
      pendingSpace = out.length > 0
      continue
    }
    if (pendingSpace) out += ' '
    pendingSpace = false
    out += text[i]
  }
  return out
}

/** Folds a string for comparisons: whitespace squashed, accents stripped, lower-cased, curly quotes made straight. */
export function fold(text: string): string {
  return squash(text)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .toLowerCase()
}

/** The lines of `[start, end)` as half-open spans (without the `\n`), trimmed; blank lines dropped. */
export function lineSpans(text: string, start: number, end: number): [number, number][] {
  const out: [number, number][] = []
  let lineStart = start
  for (let i = start; i <= end; i++) {
    if (i === end || text.charCodeAt(i) === 10) {
      const [s, e] = trimSpan(text, lineStart, i)
      if (e > s) out.push([s, e])
      lineStart = i + 1
    }
  }
  return out
}
