import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { NewsroomError } from '../newsroom-error.js'
import { decodeCsv } from './csv-decode.js'

const text = 'Correo,Nombre\r\nines@x.example,Inés Núñez — “prensa” €\r\n'
const utf16 = (t: string, be: boolean) => {
  const le = Buffer.from(t, 'utf16le')
  return be ? Buffer.from(le).swap16() : le
}

describe('decodeCsv', () => {
  it('reads UTF-8 with and without a byte-order mark', () => {
    assert.deepEqual(decodeCsv(Buffer.from(text)), { text, encoding: 'utf-8' })
    assert.deepEqual(
      decodeCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])),
      {
        text,
        encoding: 'utf-8-bom',
      },
    )
  })

  it('reads UTF-16 LE and BE, with a mark or recognised by their zero bytes', () => {
    for (const be of [false, true]) {
      const body = utf16(text, be)
      const mark = Buffer.from(be ? [0xfe, 0xff] : [0xff, 0xfe])
      const encoding = be ? 'utf-16be' : 'utf-16le'
      assert.deepEqual(decodeCsv(Buffer.concat([mark, body])), { text, encoding })
      assert.deepEqual(decodeCsv(body), { text, encoding })
    }
  })

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Inés Núñez €" as a Windows spreadsheet writes it.
    const bytes = Buffer.from([
      0x49, 0x6e, 0xe9, 0x73, 0x20, 0x4e, 0xfa, 0xf1, 0x65, 0x7a, 0x20, 0x80,
    ])
    assert.deepEqual(decodeCsv(bytes), { text: 'Inés Núñez €', encoding: 'windows-1252' })
  })

  it('refuses binary files', () => {
    const zip = Buffer.from([
      0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00,
    ])
    assert.throws(
      () => decodeCsv(zip),
      (e: NewsroomError) => e.details?.problem === 'not-text',
    )
  })
})
