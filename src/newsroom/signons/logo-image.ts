/**
 * Uploaded logos: PNG, JPEG or WebP of at most {@link maxLogoBytes}, recognised by their magic
 * bytes rather than a name or a declared type (so an SVG or an HTML file renamed .png is refused).
 */

/** The largest logo accepted, in bytes (200 kB). */
export const maxLogoBytes = 200 * 1024

/** The image types a logo may have. */
export type LogoMime = 'image/png' | 'image/jpeg' | 'image/webp'

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((b, i) => bytes[at + i] === b)

/** The image type of `bytes` by its magic bytes, or null for anything else. */
export function sniffLogo(bytes: Uint8Array): LogoMime | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  // RIFF <size> WEBP
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp'
  return null
}
