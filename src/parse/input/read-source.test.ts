import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import fc from 'fast-check'
import { htmlOffset } from './html-offset.js'
import { InputError, type InputErrorReason } from './input-error.js'
import { formatOfFile, inputLimits, readSource, sniffFormat } from './read-source.js'

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)

async function refuses(
  input: Uint8Array,
  file: string,
  reason: InputErrorReason,
  message?: RegExp,
): Promise<void> {
  await assert.rejects(readSource(input, file), (error: unknown) => {
    assert.ok(error instanceof InputError, String(error))
    assert.equal(error.reason, reason)
    assert.ok(error.describe().startsWith(file === '-' ? 'standard input: ' : `${file}: `))
    assert.doesNotMatch(error.describe(), /\n/)
    if (message) assert.match(error.message, message)
    return true
  })
}

describe('formatOfFile', () => {
  const cases: [string, string | null][] = [
    ['release.txt', 'text'],
    ['RELEASE.TXT', 'text'],
    ['notes.md', 'markdown'],
    ['a/b.markdown', 'markdown'],
    ['page.html', 'html'],
    ['page.HTM', 'html'],
    ['word.docx', 'docx'],
    ['-', null],
    ['release', null],
    ['.hidden', null],
  ]
  for (const [file, format] of cases)
    it(`reads ${file} as ${format ?? 'unknown'}`, () => assert.equal(formatOfFile(file), format))

  it('refuses extensions it does not read, saying what to do', () => {
    assert.throws(() => formatOfFile('r.pdf'), /PDF files are not supported/)
    assert.throws(() => formatOfFile('r.doc'), /save the document as \.docx/)
    assert.throws(() => formatOfFile('r.xyz'), /unsupported file type \.xyz/)
  })
})

describe('sniffFormat', () => {
  const cases: [string, Uint8Array, string][] = [
    ['a ZIP signature', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]), 'docx'],
    ['a doctype', utf8('\n  <!DOCTYPE html><html>'), 'html'],
    ['an html tag after a BOM', utf8('\ufeff<html lang="en">'), 'html'],
    ['a leading paragraph tag', utf8('<p>Hello</p>'), 'html'],
    ['plain text', utf8('June 10, 2021\n\nHeadline'), 'text'],
    ['text that mentions a tag later', utf8('Use the <br> tag'), 'text'],
  ]
  for (const [name, input, format] of cases)
    it(`reads ${name} as ${format}`, () => assert.equal(sniffFormat(input), format))
})

describe('readSource', () => {
  it('reads plain text with its BOM removed and CRLF turned into LF', async () => {
    const source = await readSource(utf8('\ufeffJune 10, 2021\r\n\r\n“Sí”\u00a0x'), 'r.txt')
    assert.deepEqual(source, {
      file: 'r.txt',
      format: 'text',
      text: 'June 10, 2021\n\n“Sí”\u00a0x',
    })
  })

  it('masks Markdown without moving any offset', async () => {
    const input = '# Headline\r\n\r\n**CHICAGO** – said [Ana](https://x.org).\r\n\r\n###\r\n'
    const source = await readSource(utf8(input), 'r.md')
    const lf = input.replace(/\r\n/g, '\n')
    assert.equal(source.format, 'markdown')
    assert.equal(source.text.length, lf.length)
    assert.equal(source.text.indexOf('Headline'), lf.indexOf('Headline'))
    assert.equal(source.text.indexOf('said Ana'), -1)
    assert.equal(source.text.indexOf('Ana'), lf.indexOf('Ana'))
    assert.match(source.text, /\n###\n$/)
  })

  it('extracts HTML text with a map back to the HTML', async () => {
    const html = '<!doctype html><title>x</title><p>CHICAGO – <b>Hola</b></p><script>1</script>'
    const source = await readSource(utf8(html), 'page.html')
    assert.equal(source.text, 'CHICAGO – Hola')
    assert.ok(source.htmlMap)
    const at = htmlOffset(source.htmlMap, source.text.indexOf('Hola'))
    assert.equal(html.slice(at, at + 4), 'Hola')
  })

  it('reads a Windows-1252 page that declares its charset, as browsers do', async () => {
    const head = utf8('<html><head><meta charset="windows-1252"></head><body><p>Caf')
    const page = new Uint8Array([...head, 0xe9, 0x20, 0x93, 0x73, 0xed, 0x94, ...utf8('</p>')])
    assert.equal((await readSource(page, 'p.html')).text, 'Café “sí”')
    const legacy = utf8(
      '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>a',
    )
    assert.equal((await readSource(new Uint8Array([...legacy, 0xf1]), 'p.html')).text, 'añ')
  })

  it('refuses non-UTF-8 bytes in a page that declares UTF-8 or nothing, and in plain text', async () => {
    const bad = (head: string) => new Uint8Array([...utf8(head), 0xe9])
    await refuses(bad('<meta charset="utf-8"><p>Caf'), 'p.html', 'encoding', /not valid UTF-8/)
    await refuses(bad('<p>Caf'), 'p.html', 'encoding')
    await refuses(bad('<meta charset="windows-1252">Caf'), 'p.txt', 'encoding')
  })

  it('sniffs UTF-16 HTML on standard input', async () => {
    const html = '<html><body><p>Hola</p></body></html>'
    const bytes = [0xff, 0xfe, ...[...html].flatMap((c) => [c.charCodeAt(0), 0])]
    const source = await readSource(new Uint8Array(bytes), '-')
    assert.deepEqual([source.format, source.text], ['html', 'Hola'])
  })

  it('sniffs standard input', async () => {
    assert.equal((await readSource(utf8('<p>x</p>'), '-')).format, 'html')
    assert.equal((await readSource(utf8('x'), '-')).format, 'text')
  })

  it('follows an explicit format over the file name', async () => {
    const source = await readSource(utf8('# Title'), 'r.txt', { format: 'markdown' })
    assert.equal(source.text, '  Title')
  })

  it('refuses empty input, and HTML or Markdown with no readable text', async () => {
    await refuses(new Uint8Array(), 'r.txt', 'empty')
    await refuses(utf8('\n \n'), '-', 'empty')
    await refuses(utf8('<html><script>x()</script></html>'), 'p.html', 'empty', /no readable text/)
    await refuses(utf8('<!-- nothing -->\n'), 'r.md', 'empty', /no readable text/)
  })

  it('refuses binary files, naming what they look like', async () => {
    await refuses(utf8('%PDF-1.7\n...'), 'r.txt', 'binary', /PDF/)
    await refuses(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'r.txt', 'binary', /PNG/)
    await refuses(new Uint8Array([1, 0, 2, 0, 0, 0, 3, 9]), '-', 'binary')
  })

  it('refuses files over the size limit of their format', async () => {
    const big = new Uint8Array(inputLimits.text + 1).fill(0x61)
    await refuses(big, 'r.txt', 'too-large', /2097153 bytes, over the 2 MiB limit for text$/)
    await refuses(
      big,
      'r.html',
      'too-large',
      /the HTML holds 2097153 characters of text, over the limit/,
    )
    const page = utf8(`<p>Hola</p><script>${'x'.repeat(inputLimits.text)}</script>`)
    assert.equal((await readSource(page, 'page.html')).text, 'Hola')
    const huge = new Uint8Array(inputLimits.html + 1).fill(0x61)
    await refuses(huge, 'page.html', 'too-large', /10 MiB limit for HTML/)
  })

  it('refuses unsupported extensions and corrupt DOCX files', async () => {
    await refuses(utf8('x'), 'r.pdf', 'unsupported-format')
    await refuses(utf8('plain words'), 'r.docx', 'corrupt-docx', /not a ZIP/)
  })

  it('gives a source or an InputError for any bytes in any format, nothing else', async () => {
    const files = ['r.txt', 'r.md', 'r.html', 'r.docx', '-']
    const text = fc.string({
      unit: fc.constantFrom(
        'a',
        ' ',
        '\n',
        '\r',
        '#',
        '*',
        '<p>',
        '“',
        '\u00a0',
        '\ufeff',
        '\u0000',
      ),
    })
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 64 }), text.map(utf8))
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom(...files), async (input, file) => {
        try {
          const source = await readSource(input, file)
          assert.equal(source.text.includes('\r'), false)
          assert.ok(source.text.trim() !== '')
        } catch (error) {
          assert.ok(error instanceof InputError, String(error))
        }
      }),
      { numRuns: 300 },
    )
  })
})
