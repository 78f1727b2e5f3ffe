/**
 * Reading an input: bytes and a file name → a {@link Source} whose text every offset refers to.
 * The format comes from the extension (.txt, .md/.markdown, .html/.htm, .docx), from an explicit
 * option, or — for standard input (`-`) and files without an extension — from the bytes. Pure:
 * no Node imports, so the browser editor reads dropped files the same way. Size limits are in
 * {@link inputLimits} and docs/input.md.
 */
import type { Source } from '../../core/release.js'
import { decodeText } from './decode-text.js'
import { InputError } from './input-error.js'
import { maskMarkdown } from './mask-markdown.js'

/** An input format the reader knows. */
export type SourceFormat = Source['format']

/** Options for {@link readSource}. */
export interface ReadSourceOptions {
  /** Read the bytes as this format whatever the file name says. */
  format?: SourceFormat
}

const mib = 1024 * 1024

/**
 * Largest input accepted per format (bytes), and largest text extracted from Markdown, HTML or
 * DOCX (UTF-16 code units, the unit of every offset).
 */
export const inputLimits = {
  text: 2 * mib,
  markdown: 2 * mib,
  html: 10 * mib,
  docx: 20 * mib,
  extractedText: 2 * mib,
} as const

const extensions: Record<string, SourceFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  docx: 'docx',
}

const knownUnsupported: Record<string, string> = {
  pdf: 'PDF files are not supported; copy the text into a .txt file or export the document as .docx',
  doc: 'legacy Word .doc files are not supported; save the document as .docx',
  rtf: 'RTF files are not supported; save the document as .docx or .txt',
  odt: 'OpenDocument files are not supported; save the document as .docx',
  pages: 'Pages files are not supported; export the document as .docx',
}

/** The extension of a file name, lower-cased, without the dot ('' when there is none). */
function extensionOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)
  const dot = name.lastIndexOf('.')
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : ''
}

/**
 * The format a file name declares, null when it declares none (standard input, no extension);
 * throws {@link InputError} for an extension the reader does not support.
 */
export function formatOfFile(file: string): SourceFormat | null {
  if (file === '-') return null
  const ext = extensionOf(file)
  if (ext === '') return null
  const format = extensions[ext]
  if (format) return format
  throw new InputError(
    file,
    'unsupported-format',
    knownUnsupported[ext] ??
      `unsupported file type .${ext}; use .txt, .md, .html or .docx (or name the format with --input-format)`,
  )
}

/** What a binary file's first bytes say it is, for error messages; null when not recognised. */
export function describeMagic(bytes: Uint8Array): string | null {
  const ascii = String.fromCharCode(...bytes.subarray(0, 8))
  if (ascii.startsWith('%PDF')) return 'a PDF file'
  if (ascii.startsWith('PK\u0003\u0004')) return 'a ZIP archive (a .docx? name it .docx)'
  if (ascii.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'a legacy Office document (.doc)'
  if (ascii.startsWith('\u0089PNG')) return 'a PNG image'
  if (ascii.startsWith('\u00ff\u00d8\u00ff')) return 'a JPEG image'
  if (ascii.startsWith('GIF8')) return 'a GIF image'
  if (ascii.startsWith('{\\rtf')) return 'an RTF document'
  return null
}

/**
 * The encoding an HTML document declares in its first 1024 bytes (`<meta charset="…">` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`), or null. A byte prescan like the
 * one browsers run before parsing, not a parse.
 */
export function declaredHtmlEncoding(bytes: Uint8Array): string | null {
  let head = ''
  for (const byte of bytes.subarray(0, 1024)) head += String.fromCharCode(byte)
  const match = head.match(/<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i)
  return match?.[1] ?? null
}

/** Guesses the format of unnamed bytes: ZIP → docx, markup → html, anything else → text. */
export function sniffFormat(bytes: Uint8Array): SourceFormat {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
    return 'docx'
  // Only the head is looked at; this is a sniff, not a parse.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  const label = utf16 ? (bytes[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8'
  const head = new TextDecoder(label).decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '')
  const start = head.trimStart().slice(0, 64).toLowerCase()
  if (start.startsWith('<!doctype html') || start.startsWith('<html') || start.startsWith('<!--'))
    return 'html'
  if (/^<(?:head|body|meta|div|p|h[1-6]|article|section|main|table|span|ul|ol|br)\b/.test(start))
    return 'html'
  return 'text'
}

function checkSize(file: string, size: number, limit: number, what: string): void {
  if (size > limit)
    throw new InputError(
      file,
      'too-large',
      `too large: ${size} bytes, over the ${limit / mib} MiB limit for ${what}`,
    )
}

function checkText(file: string, text: string, what: string): void {
  if (text.trim() === '') throw new InputError(file, 'empty', `no readable text in the ${what}`)
  if (text.length > inputLimits.extractedText)
    throw new InputError(
      file,
      'too-large',
      `too large: the ${what} holds ${text.length} characters of text, over the limit of ${inputLimits.extractedText}`,
    )
}

/**
 * Reads one input into a {@link Source}. Throws {@link InputError} for empty, binary, badly
 * encoded, oversized, corrupt or unsupported input. HTML sources carry `htmlMap`
 * (`htmlOffset` maps back).
 */
export async function readSource(
  bytes: Uint8Array,
  file: string,
  options: ReadSourceOptions = {},
): Promise<Source> {
  const format = options.format ?? formatOfFile(file) ?? sniffFormat(bytes)
  if (bytes.length === 0) throw new InputError(file, 'empty', 'empty file')
  checkSize(
    file,
    bytes.length,
    inputLimits[format],
    format === 'text' ? 'text' : format.toUpperCase(),
  )
  if (format === 'docx') {
    const { docxToHtml } = await import('./read-docx.js')
    const html = await docxToHtml(bytes, file)
    const { extractHtmlText } = await import('./extract-html.js')
    const { text } = extractHtmlText(html)
    checkText(file, text, 'DOCX')
    return { file, format, text }
  }
  const magic = describeMagic(bytes)
  if (magic) throw new InputError(file, 'binary', `binary file, not text: ${magic}`)
  const declared = format === 'html' ? declaredHtmlEncoding(bytes) : null
  const decoded = decodeText(bytes, file, declared ? { declaredEncoding: declared } : {})
  if (format === 'text') return { file, format, text: decoded }
  if (format === 'markdown') {
    const text = maskMarkdown(decoded)
    checkText(file, text, 'Markdown')
    return { file, format, text }
  }
  const { extractHtmlText } = await import('./extract-html.js')
  const { text, map } = extractHtmlText(decoded)
  checkText(file, text, 'HTML')
  return { file, format, text, htmlMap: map }
}
