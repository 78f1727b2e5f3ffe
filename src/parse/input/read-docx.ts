/**
 * DOCX → HTML with mammoth, for the HTML path to read. Imported lazily by `readSource`, so a
 * browser bundle that never opens Word files does not carry mammoth. Mammoth reads the document
 * body (paragraphs, headings, lists, tables, footnotes) but not Word's page headers and footers:
 * a "FOR IMMEDIATE RELEASE" placed in a header is lost (docs/input.md).
 */
import mammoth from 'mammoth'
import { InputError } from './input-error.js'

type MammothInput = Parameters<typeof mammoth.convertToHtml>[0]

/** Whether the bytes start with a ZIP local-file signature, as every DOCX does. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/** Whether the bytes start with the OLE2 signature: a legacy .doc or an encrypted .docx. */
export function isOle(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0
}

/** Converts a DOCX file's bytes to HTML; throws {@link InputError} when it is not a readable DOCX. */
export async function docxToHtml(bytes: Uint8Array, file: string): Promise<string> {
  if (isOle(bytes))
    throw new InputError(
      file,
      'corrupt-docx',
      'a legacy Word .doc or a password-protected file, not a DOCX; save it as .docx without a password',
    )
  if (!isZip(bytes))
    throw new InputError(file, 'corrupt-docx', 'not a DOCX file (it is not a ZIP archive)')
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)
  // Node's mammoth reads `buffer`, its browser build `arrayBuffer`; both accept these bytes.
  const input = { buffer: bytes, arrayBuffer } as unknown as MammothInput
  try {
    const result = await mammoth.convertToHtml(input)
    return result.value
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error)
    throw new InputError(file, 'corrupt-docx', `unreadable DOCX (${reason})`)
  }
}
