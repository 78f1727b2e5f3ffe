import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { NewsroomError } from '../newsroom-error.js'
import { detectDelimiter, readCsv } from './csv-read.js'

describe('readCsv', () => {
  it('detects comma, semicolon and tab, ignoring delimiters inside quotes', () => {
    assert.equal(detectDelimiter('a,b,c\n1,2,3\n'), ',')
    assert.equal(detectDelimiter('Correo;Nombre\nana@x.example;"Pérez, Ana"\n'), ';')
    assert.equal(detectDelimiter('email\tname\nana@x.example\tAna, la de siempre\n'), '\t')
    assert.equal(detectDelimiter('"a;b",c\n"1;2",3\n'), ',')
    assert.equal(detectDelimiter('email\nana@x.example\n'), ',')
  })

  it('numbers rows by the line they start on across CRLF, CR, embedded newlines and empty lines', () => {
    const text =
      'email,note\r\na@x.example,"two\r\nlines"\r\n\r\nb@x.example,x\rc@x.example,y\n\n,\nd@x.example'
    const table = readCsv(text)
    assert.deepEqual(
      table.rows.map((r) => [r.line, r.cells[0], r.cells[1]]),
      [
        [1, 'email', 'note'],
        [2, 'a@x.example', 'two\nlines'],
        [5, 'b@x.example', 'x'],
        [6, 'c@x.example', 'y'],
        [9, 'd@x.example', undefined],
      ],
    )
  })

  it('keeps ragged rows as they are and tolerates stray quotes inside values', () => {
    const table = readCsv(
      'email,name,outlet\na@x.example\nb@x.example,Bo "the wire" Li,Wire,extra\n',
    )
    assert.deepEqual(
      table.rows.map((r) => r.cells),
      [
        ['email', 'name', 'outlet'],
        ['a@x.example'],
        ['b@x.example', 'Bo "the wire" Li', 'Wire', 'extra'],
      ],
    )
  })

  it('refuses an unclosed quote and too many rows with clear errors', () => {
    assert.throws(
      () => readCsv('email,name\na@x.example,"Ana\nb@x.example,Bo\n'),
      (e: NewsroomError) =>
        e.details?.problem === 'unclosed-quote' && /never closed/.test(e.message),
    )
    assert.throws(
      () => readCsv('email\na@x.example\nb@x.example\nc@x.example\n', { maxRows: 2 }),
      (e: NewsroomError) => e.details?.problem === 'too-many-rows',
    )
  })
})
