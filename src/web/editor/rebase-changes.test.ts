import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { ChangeSet, Text } from '@codemirror/state'
import fc from 'fast-check'
import { rebaseServerText } from './rebase-changes.js'

const sent = 'Headline\n\nFirst paragraph.\n\nSecond paragraph.\n'

describe('rebaseServerText', () => {
  it('applies the other person’s paragraph and keeps what was typed meanwhile', () => {
    const server = sent.replace('Second paragraph.', 'Second paragraph, by them.')
    // Typed while the request was out: " Mine." after "First paragraph."
    const at = sent.indexOf('First paragraph.') + 'First paragraph.'.length
    const typed = ChangeSet.of([{ from: at, insert: ' Mine.' }], sent.length)
    const current = typed.apply(Text.of(sent.split('\n')))
    const result = rebaseServerText(sent, server, typed).apply(current).toString()
    assert.equal(result, 'Headline\n\nFirst paragraph. Mine.\n\nSecond paragraph, by them.\n')
  })

  it('never drops typed text, wherever it was typed (property)', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: sent.length }),
        fc.constantFrom('X', 'typed words', '\n\nnew paragraph'),
        fc.constantFrom(
          sent.replace('Headline', 'Title'),
          sent.replace('Second paragraph.\n', 'Second paragraph.\n\nThird, theirs.\n'),
          sent.replace('First paragraph.\n\n', ''),
        ),
        (at, insert, server) => {
          const typed = ChangeSet.of([{ from: at, insert }], sent.length)
          const current = typed.apply(Text.of(sent.split('\n')))
          const result = rebaseServerText(sent, server, typed).apply(current).toString()
          assert.ok(result.includes(insert), result)
        },
      ),
    )
  })

  it('is the plain edit when nothing was typed', () => {
    const server = `${sent}Added.\n`
    assert.equal(
      rebaseServerText(sent, server)
        .apply(Text.of(sent.split('\n')))
        .toString(),
      server,
    )
  })
})
