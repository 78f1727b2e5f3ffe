/**
 * Decoding: the bytes of a text file (plain text, Markdown, HTML) to the string every offset
 * refers to. UTF-8 with or without a byte-order mark, or UTF-16 with one; the BOM is removed and
 * CRLF / lone CR become LF — nothing else changes, so non-breaking spaces, zero-width characters
 * and smart quotes stay exactly as written. Binary and badly encoded bytes are refused with an
 * {@link InputError} that says what was found.
 */
import { InputError } from './input-error.js'

/** Share of C0 control characters (besides tab, LF, VT, FF, CR) above which a file is binary. */
const maxControlShare = 0.01

/** CRLF and lone CR → LF, the only rewrite the reader makes to a text. */
export function normalizeNewlines(text: string): string {
  return text.indexOf('\r') === -1 ? text : text.replace(/\r\n?/g, '\n')
}

/** Offset of the first byte that is not part of a well-formed UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i] ?? 0
    let need: number
    let min: number
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) {
      need = 1
      min = 0x80
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      min = 0x800
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      min = 0x10000
    } else return i
    let cp = b & (0x3f >> need)
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k]
      if (c === undefined || (c & 0xc0) !== 0x80) return i
      cp = (cp << 6) | (c & 0x3f)
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i
    i += need + 1
  }
  return -1
}

/** 1-based line of a byte offset, for messages. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++
  return line
}

/** Whether NUL bytes sit mostly at odd or mostly at even offsets: UTF-16 text without a BOM. */
function looksLikeBomlessUtf16(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 4096)
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i++) if (bytes[i] === 0) i % 2 === 0 ? even++ : odd++
  const half = n / 2
  return (odd > half * 0.5 && even < half * 0.05) || (even > half * 0.5 && odd < half * 0.05)
}

function isControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || code === 0x7f
}

/** Refuses text whose characters are binary debris: any NUL, or too many control characters. */
function assertTextual(text: string, file: string): void {
  let controls = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0)
      throw new InputError(file, 'binary', 'binary file, not text (it holds NUL bytes)')
    if (isControl(code)) controls++
  }
  if (controls > 0 && controls > text.length * maxControlShare)
    throw new InputError(
      file,
      'binary',
      `binary file, not text (${controls} control characters in ${text.length})`,
    )
}

/**
 * Decodes a text file's bytes: UTF-8 (BOM optional) or UTF-16 with a BOM; strips the BOM and
 * turns CRLF / CR into LF. Throws {@link InputError} for empty, binary or non-UTF-8 input.
 */
export function decodeText(bytes: Uint8Array, file: string, options: DecodeOptions = {}): string {
  if (bytes.length === 0) throw new InputError(file, 'empty', 'empty file')
  const [b0, b1, b2, b3] = bytes
  let text: string
  if (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) {
    throw new InputError(file, 'encoding', 'UTF-32 text is not supported; save it as UTF-8')
  } else if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    const label = b0 === 0xff ? 'utf-16le' : 'utf-16be'
    try {
      text = new TextDecoder(label, { fatal: true }).decode(bytes)
    } catch {
      throw new InputError(
        file,
        'encoding',
        `not valid ${label.toUpperCase()} text; save it as UTF-8`,
      )
    }
  } else {
    if (bytes.includes(0)) {
      if (looksLikeBomlessUtf16(bytes))
        throw new InputError(
          file,
          'encoding',
          'looks like UTF-16 text without a byte-order mark; save it as UTF-8',
        )
      throw new InputError(file, 'binary', 'binary file, not text (it holds NUL bytes)')
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    } catch {
      const declared = options.declaredEncoding
        ? decodeDeclared(bytes, options.declaredEncoding)
        : null
      if (declared !== null) return finish(declared, file)
      let controls = 0
      for (const byte of bytes) if (isControl(byte)) controls++
      if (controls > bytes.length * maxControlShare)
        throw new InputError(
          file,
          'binary',
          'binary file, not text (not UTF-8, many control bytes)',
        )
      const at = firstInvalidUtf8(bytes)
      const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')
      throw new InputError(
        file,
        'encoding',
        `not valid UTF-8 (byte 0x${byte} on line ${lineOfByte(bytes, at)}); save it as UTF-8 — it may be Windows-1252 or Latin-1`,
      )
    }
  }
  return finish(text, file)
}

/** Options for {@link decodeText}. */
export interface DecodeOptions {
  /**
   * The encoding the document itself declares (an HTML `<meta charset>`), used only when the
   * bytes are not UTF-8 — as browsers do for a page saved as Windows-1252.
   */
  declaredEncoding?: string
}

/** The bytes decoded with a declared single-byte encoding, or null when it is unknown or fails. */
function decodeDeclared(bytes: Uint8Array, label: string): string | null {
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase(), { fatal: true })
    // Only legacy encodings: a page that claims UTF-8 but is not stays an error.
    if (decoder.encoding === 'utf-8' || decoder.encoding.startsWith('utf-16')) return null
    const text = decoder.decode(bytes)
    return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, fromCp1252) : text
  } catch {
    return null
  }
}

/** Windows-1252's characters for bytes 0x80–0x9F (undefined bytes keep their C1 code point). */
const cp1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

/**
 * Node before 23 decodes `windows-1252` as ISO-8859-1 (C1 controls for 0x80–0x9F, where the
 * page means “ ” – € …); browsers do not. Mapping those code points makes both agree.
 */
function fromCp1252(c: string): string {
  return cp1252[c.charCodeAt(0) - 0x80] ?? c
}

function finish(decoded: string, file: string): string {
  let text = decoded
  // TextDecoder drops one leading BOM; a second one would be content and is left alone.
  assertTextual(text, file)
  text = normalizeNewlines(text)
  if (text.trim() === '') throw new InputError(file, 'empty', 'empty file (only whitespace)')
  return text
}
