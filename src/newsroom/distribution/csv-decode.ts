/**
 * Turns an uploaded CSV file's bytes into text, and says which encoding it read: UTF-8 (with or
 * without a byte-order mark), UTF-16 LE or BE (with a mark, or recognised by its zero bytes), and
 * Windows-1252 — the superset of Latin-1 that spreadsheets on Windows write — when the bytes are
 * not valid UTF-8. A file that is none of these (binary, an image, a spreadsheet's zip) is refused
 * with a clear message instead of being read as garbage.
 */
import { NewsroomError } from '../newsroom-error.js'

/** The encodings an import reads. */
export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/** Decoded text and the encoding it was read in. */
export interface DecodedCsv {
  text: string
  encoding: CsvEncoding
}

/** Names of the encodings for people. */
export const encodingLabels: Record<CsvEncoding, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 (with byte-order mark)',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1252': 'Windows-1252 / Latin-1',
}

function decode(label: string, bytes: Uint8Array, fatal: boolean): string {
  return new TextDecoder(label, { fatal, ignoreBOM: false }).decode(bytes)
}

/** Windows-1252's characters for bytes 0x80–0x9F (the rest is Latin-1); 0 where it has none. */
const cp1252High = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152,
  0, 0x017d, 0, 0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161,
  0x203a, 0x0153, 0, 0x017e, 0x0178,
]

/**
 * Decodes Windows-1252 by its table: Node's TextDecoder reads this label as plain Latin-1, which
 * would turn the euro sign, curly quotes and dashes spreadsheets write into control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = ''
  for (let start = 0; start < bytes.length; start += 8192) {
    const part = bytes.subarray(start, start + 8192)
    const codes = new Array<number>(part.length)
    for (let i = 0; i < part.length; i++) {
      const b = part[i] as number
      codes[i] = b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80] || b : b
    }
    out += String.fromCharCode(...codes)
  }
  return out
}

/** Guesses UTF-16 without a mark: text in it has a zero byte in most even or odd positions. */
function utf16WithoutMark(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = Math.min(bytes.length - (bytes.length % 2), 4096)
  if (sample < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = sample / 2
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le'
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be'
  return null
}

function refuseBinary(): never {
  throw new NewsroomError(
    'invalid',
    'this file is not a text file; save the spreadsheet as CSV (comma- or semicolon-separated) and upload that',
    { problem: 'not-text' },
  )
}

/** Whether decoded text looks like text: no NUL and few other control characters. */
function looksLikeText(text: string): boolean {
  if (text.includes('\u0000')) return false
  let controls = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) controls++
  }
  return controls <= Math.max(2, text.length / 1000)
}

/** Decodes a CSV file's bytes, or refuses a file that is not text. */
export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  let result: DecodedCsv
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    try {
      result = { text: decode('utf-8', bytes.subarray(3), true), encoding: 'utf-8-bom' }
    } catch {
      result = { text: decodeWindows1252(bytes.subarray(3)), encoding: 'windows-1252' }
    }
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    result = { text: decode('utf-16le', bytes.subarray(2), false), encoding: 'utf-16le' }
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    result = { text: decode('utf-16be', bytes.subarray(2), false), encoding: 'utf-16be' }
  } else {
    const utf16 = utf16WithoutMark(bytes)
    if (utf16) result = { text: decode(utf16, bytes, false), encoding: utf16 }
    else
      try {
        result = { text: decode('utf-8', bytes, true), encoding: 'utf-8' }
      } catch {
        result = { text: decodeWindows1252(bytes), encoding: 'windows-1252' }
      }
  }
  if (!looksLikeText(result.text)) refuseBinary()
  return result
}
