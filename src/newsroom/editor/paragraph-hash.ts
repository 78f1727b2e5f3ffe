/**
 * Content hashes of paragraphs: the text with its white space folded, hashed with 64-bit FNV-1a
 * (two 32-bit lanes) into 16 hex digits. The same function runs on the server, which stores the
 * hashes with each revision, and in the browser editor, which compares them as you type. Pure, no
 * Node imports.
 */

/** The hash of a paragraph's text; paragraphs differing only in white space hash alike. */
export function paragraphHash(text: string): string {
  const folded = text.replace(/\s+/g, ' ').trim()
  let h1 = 0x811c9dc5
  let h2 = 0x050c5d1f
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i)
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0
    h2 = Math.imul(h2 ^ c ^ (i & 0xff), 0x01000193) >>> 0
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')
}
