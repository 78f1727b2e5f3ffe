import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Diagnostic } from '../../core/index.js'
import { createLocationIndex } from '../../core/index.js'
import { formatJson } from './json.js'
import { excerpt, formatText } from './text.js'

const text = 'Headline\nThe the body.\n'
const index = createLocationIndex(text)
const d: Diagnostic = {
  ruleId: 'doubled-words',
  severity: 'warning',
  message: '“The” is written twice.',
  lang: 'en',
  file: 'a.txt',
  place: index.toPosition(9, 16),
  fix: { range: [12, 16], text: '' },
}

describe('formatText', () => {
  it('shows the line, a caret under the span and a summary', () => {
    const out = formatText([d], { texts: new Map([['a.txt', text]]), color: false })
    assert.equal(
      out,
      [
        'a.txt',
        'a.txt:2:1: warning “The” is written twice. doubled-words',
        '  2 | The the body.',
        '    | ^^^^^^^',
        '',
        '1 warning, 1 can be fixed with --fix',
        '',
      ].join('\n'),
    )
  })

  it('adds the counterpart and the first suggestion under the caret', () => {
    const other = 'Titular\nEl cuerpo.\n'
    const withCause: Diagnostic = {
      ...d,
      suggestions: [{ message: 'Write “The”.', fix: { range: [9, 16], text: 'The' } }],
      cause: {
        ruleId: 'doubled-words',
        severity: 'info',
        message: 'The counterpart.',
        file: 'b.txt',
        place: createLocationIndex(other).toPosition(8, 10),
      },
    }
    const out = formatText([withCause], { texts: new Map([['a.txt', text]]), color: false })
    assert.match(
      out,
      /\n {2}= see: b\.txt:2:1 The counterpart\.\n {2}= suggestion: Write “The”\.\n/,
    )
  })

  it('says so when there is nothing to report, in either locale', () => {
    assert.equal(formatText([], { texts: new Map(), color: false }), 'no problems found\n')
    assert.equal(
      formatText([], { texts: new Map(), color: false, locale: 'es' }),
      'no se encontraron problemas\n',
    )
  })

  it('clips a long line to a window around the span', () => {
    const long = `${'word '.repeat(60)}target ${'word '.repeat(60)}`
    const at = long.indexOf('target')
    const [line, caret] =
      excerpt(long, { ...d, place: createLocationIndex(long).toPosition(at, at + 6) }) ?? []
    assert.ok((line?.length ?? 0) <= 100)
    assert.equal(line?.slice(caret?.indexOf('^'), (caret?.indexOf('^') ?? 0) + 6), 'target')
  })
})

describe('formatJson', () => {
  it('flattens the place into start and end', () => {
    const out = JSON.parse(formatJson([d])) as { diagnostics: Record<string, unknown>[] }
    assert.deepEqual(out.diagnostics[0]?.start, { line: 2, column: 1, offset: 9 })
    assert.deepEqual(out.diagnostics[0]?.end, { line: 2, column: 8, offset: 16 })
    assert.equal(out.diagnostics[0]?.place, undefined)
  })
})
