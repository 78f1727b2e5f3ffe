import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import { alignVersions } from '../../align/index.js'
import { parseRelease } from '../../parse/index.js'
import { paragraphHash } from './paragraph-hash.js'
import {
  blockHashes,
  pairStatuses,
  pairsToRecord,
  paragraphPairs,
  syncIndex,
} from './paragraph-sync.js'

const fixture = (name: string) =>
  readFileSync(
    new URL(`../../../test/fixtures/01-alianza-americas-2021-06-10/${name}`, import.meta.url),
    'utf8',
  )
const en = fixture('en.txt')
const es = fixture('es.txt')

function pairsOf(enText: string, esText: string) {
  const release = parseRelease(
    [
      { file: 'en.txt', format: 'text', text: enText },
      { file: 'es.txt', format: 'text', text: esText },
    ],
    { langs: ['en', 'es'] },
  )
  const [a, b] = release.versions
  if (!a || !b) throw new Error('two versions expected')
  return paragraphPairs(
    alignVersions(release, a, b),
    blockHashes(release, a),
    blockHashes(release, b),
  )
}

describe('paragraphHash', () => {
  it('ignores white space but not words', () => {
    assert.equal(paragraphHash('One  two\nthree '), paragraphHash('One two three'))
    assert.notEqual(paragraphHash('One two three'), paragraphHash('One two four'))
    assert.match(paragraphHash(''), /^[0-9a-f]{16}$/)
  })
})

describe('paragraph sync', () => {
  const original = pairsOf(en, es)
  const recorded = pairsToRecord(pairStatuses(original, syncIndex([])))

  it('pairs the paragraphs of the example one to one and records them as in sync', () => {
    assert.ok(original.length >= 8, `${original.length} pairs`)
    assert.equal(recorded.length, original.length)
    const statuses = pairStatuses(original, syncIndex(recorded))
    assert.ok(statuses.every((s) => s.sourceStatus === 'in-sync' && s.targetStatus === 'in-sync'))
  })

  it('marks the Spanish counterpart outdated when an English paragraph changes', () => {
    const edited = en.replace('it’s imperative for them', 'it is imperative for the administration')
    assert.notEqual(edited, en)
    const statuses = pairStatuses(pairsOf(edited, es), syncIndex(recorded))
    const outdated = statuses.filter((s) => s.targetStatus === 'outdated')
    assert.equal(outdated.length, 1)
    assert.equal(outdated[0]?.sourceStatus, 'in-sync')
    assert.ok(es.slice(0, 2000).includes('Si bien el viaje'))
    // The outdated pair is not recorded by a save; undoing the edit brings it back in sync.
    assert.equal(pairsToRecord(statuses).length, recorded.length - 1)
    const undone = pairStatuses(pairsOf(en, es), syncIndex(recorded))
    assert.ok(undone.every((s) => s.targetStatus === 'in-sync'))
  })

  it('marks the English side outdated when only the Spanish changed', () => {
    const edited = es.replace('Si bien el viaje', 'Aunque el viaje')
    const statuses = pairStatuses(pairsOf(en, edited), syncIndex(recorded))
    assert.deepEqual(
      statuses.filter((s) => s.sourceStatus === 'outdated').map((s) => s.targetStatus),
      ['in-sync'],
    )
  })

  it('treats a pair rewritten on both sides as back in sync', () => {
    const enEdited = en.replace(
      'it’s imperative for them',
      'it is imperative for the administration',
    )
    const esEdited = es.replace('Si bien el viaje', 'Aunque el viaje')
    const statuses = pairStatuses(pairsOf(enEdited, esEdited), syncIndex(recorded))
    assert.ok(statuses.every((s) => s.sourceStatus !== 'outdated' && s.targetStatus !== 'outdated'))
    assert.equal(statuses.filter((s) => s.sourceStatus === 'new').length, 1)
  })
})
