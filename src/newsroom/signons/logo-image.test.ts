import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { sniffLogo } from './logo-image.js'

describe('sniffLogo', () => {
  const bytes = (...b: number[]) => new Uint8Array(b)
  const ascii = (s: string) => new TextEncoder().encode(s)
  it('recognises PNG, JPEG and WebP by their magic bytes', () => {
    assert.equal(sniffLogo(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)), 'image/png')
    assert.equal(sniffLogo(bytes(0xff, 0xd8, 0xff, 0xe0)), 'image/jpeg')
    assert.equal(sniffLogo(ascii('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')), 'image/webp')
  })
  it('refuses SVG, HTML, GIF, a RIFF that is not WebP and truncated headers', () => {
    for (const text of ['<svg/>', '<html>', 'GIF89a', 'RIFF\u0000\u0000\u0000\u0000WAVE', ''])
      assert.equal(sniffLogo(ascii(text)), null, text)
    assert.equal(sniffLogo(bytes(0x89, 0x50, 0x4e)), null)
  })
})
