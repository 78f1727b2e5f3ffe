import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { csvCell, toCsv } from './signon-csv.js'

describe('csvCell', () => {
  const cases: [string | null, string][] = [
    ['plain', 'plain'],
    [null, ''],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=1+1', "'=1+1"],
    ['+34 600', "'+34 600"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tTAB', "'\tTAB"],
    ['\uFF1D1+1', "'\uFF1D1+1"],
    ['=HYPERLINK("x","y")', `"'=HYPERLINK(""x"",""y"")"`],
    [' padded', '" padded"'],
    ['a=b', 'a=b'],
  ]
  for (const [input, expected] of cases)
    it(`writes ${JSON.stringify(input)} as ${JSON.stringify(expected)}`, () =>
      assert.equal(csvCell(input), expected))
})

describe('toCsv', () => {
  it('writes a BOM, a header and CRLF lines', () => {
    assert.equal(toCsv(['a', 'b'], [['1', null]]), '\uFEFFa,b\r\n1,\r\n')
  })
})
