import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { decodeText, firstInvalidUtf8, normalizeNewlines } from './decode-text.js'
import { InputError, type InputErrorReason } from './input-error.js'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const bytes = (...b: number[]): Uint8Array => new Uint8Array(b)

function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
  const out: number[] = bom ? (bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]) : []
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    out.push(...(bigEndian ? [c >> 8, c & 0xff] : [c & 0xff, c >> 8]))
  }
  return new Uint8Array(out)
}

function refuses(input: Uint8Array, reason: InputErrorReason, message?: RegExp): void {
  assert.throws(
    () => decodeText(input, 'r.txt'),
    (error: unknown) => {
      assert.ok(error instanceof InputError)
      assert.equal(error.reason, reason)
      assert.equal(error.file, 'r.txt')
      assert.doesNotMatch(error.message, /\n/)
      if (message) assert.match(error.message, message)
      return true
    },
  )
}

describe('decodeText', () => {
  it('strips a UTF-8 byte-order mark and nothing else', () => {
    assert.equal(decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('Hola')), 'r.txt'), 'Hola')
  })

  it('turns CRLF and lone CR into LF', () => {
    assert.equal(decodeText(utf8('a\r\nb\rc\n\r\nd'), 'r.txt'), 'a\nb\nc\n\nd')
  })

  it('keeps non-breaking spaces, zero-width characters and smart quotes as written', () => {
    const text = 'CHICAGO\u00a0– “Sí,” dijo\u200b ‘él’ \u2060[email\u00a0protected] \u2028x'
    assert.equal(decodeText(utf8(text), 'r.txt'), text)
  })

  it('decodes UTF-16 with a byte-order mark, little- and big-endian', () => {
    const text = 'Año “nuevo”\r\nfin'
    assert.equal(decodeText(utf16(text, false), 'r.txt'), 'Año “nuevo”\nfin')
    assert.equal(decodeText(utf16(text, true), 'r.txt'), 'Año “nuevo”\nfin')
  })

  it('refuses UTF-16 without a byte-order mark, and UTF-32', () => {
    refuses(utf16('Hello there, world', false, false), 'encoding', /UTF-16/)
    refuses(bytes(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0), 'encoding', /UTF-32/)
  })

  it('refuses an empty or whitespace-only file', () => {
    refuses(bytes(), 'empty')
    refuses(utf8(' \n\r\n\t '), 'empty')
    refuses(bytes(0xef, 0xbb, 0xbf), 'empty')
  })

  it('refuses NUL bytes and a text made of control characters as binary', () => {
    refuses(bytes(0x41, 0x00, 0x42, 0x00, 0x00, 0x00, 0x43, 0x44), 'binary', /binary/)
    refuses(utf8('\u0001\u0002\u0003abc\u0004'), 'binary', /control characters/)
  })

  it('calls bytes that are neither UTF-8 nor text binary', () => {
    refuses(bytes(0x8f, 0x01, 0xa5, 0x02, 0x03, 0xfe, 0x10, 0x41), 'binary', /not UTF-8/)
  })

  it('keeps a stray control character in a long text', () => {
    const text = `${'Palabra '.repeat(40)}\u001a`
    assert.equal(decodeText(utf8(text), 'r.txt'), text)
  })

  it('refuses Windows-1252 bytes, naming the byte and its line', () => {
    refuses(bytes(...utf8('Line one\nCaf'), 0xe9, 0x20, 0x6f, 0x6b), 'encoding', /0xE9 on line 2/)
  })
})

describe('firstInvalidUtf8', () => {
  const cases: [string, Uint8Array, number][] = [
    ['valid multi-byte text', utf8('Año “nuevo” 😀'), -1],
    ['a lone continuation byte', bytes(0x41, 0x80), 1],
    ['an overlong encoding', bytes(0x41, 0xc0, 0xaf), 1],
    ['an encoded surrogate', bytes(0xed, 0xa0, 0x80), 0],
    ['a truncated sequence', bytes(0x41, 0x42, 0xe2, 0x80), 2],
    ['a code point above U+10FFFF', bytes(0xf4, 0x90, 0x80, 0x80), 0],
  ]
  for (const [name, input, expected] of cases)
    it(`finds ${name} at ${expected}`, () => assert.equal(firstInvalidUtf8(input), expected))

  it('agrees with TextDecoder on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (input) => {
        let valid = true
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(input)
        } catch {
          valid = false
        }
        assert.equal(firstInvalidUtf8(input) === -1, valid)
      }),
    )
  })
})

describe('normalizeNewlines', () => {
  it('round-trips any text without CR through UTF-8 unchanged', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (s) => {
        const text = s.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, 'x').replace(/^\uFEFF/, '')
        if (text.trim() === '') return
        assert.equal(decodeText(utf8(text), 'r.txt'), normalizeNewlines(text))
      }),
    )
  })
})
