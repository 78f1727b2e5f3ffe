import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import type { Quote, Version } from '../src/core/release.js'
import { compareVersion, type GoldVersion, summarize } from './field-accuracy.js'

const gold: GoldVersion = {
  date: '2021-06-10',
  headline: 'Groups  Urge Action',
  dateline: 'CHICAGO',
  contacts: [{ name: 'Nancy Treviño', phone: '(786) 201-8958', email: null }],
  quotes: [
    {
      start: 'Irrespective of the economic',
      speaker: 'Oscar Chacón',
      organization: 'Alianza Americas',
    },
  ],
  endMark: '###',
  boilerplateOrgs: ['', 'Alianza Americas'],
}

function quote(text: string, name: string | null, organization: string | null): Quote {
  return {
    type: 'quote',
    text,
    speaker: { name, title: null, organization },
    block: 0,
    start: 0,
    end: text.length,
    attribution: null,
  }
}

function version(over: Partial<Version>): Version {
  return {
    type: 'version',
    lang: 'en',
    source: 0,
    start: 0,
    end: 0,
    date: { iso: '2021-06-10', text: '', start: 0, end: 0 },
    headline: { type: 'block', kind: 'headline', text: 'Groups Urge Action', start: 0, end: 0 },
    subheadline: null,
    dateline: { place: 'CHICAGO', text: 'CHICAGO –', start: 0, end: 0 },
    contacts: [
      {
        name: 'Nancy Trevino',
        phone: '786-201-8958',
        email: null,
        organization: null,
        start: 0,
        end: 0,
      },
    ],
    blocks: [],
    quotes: [quote('Irrespective of the economic, social…', 'Oscar Chacon', 'Alianza Americas')],
    endMark: { text: '###', start: 0, end: 0 },
    boilerplates: [
      { organization: null, block: 0, start: 0, end: 0 },
      { organization: 'Alianza Americas', block: 0, start: 0, end: 0 },
    ],
    ...over,
  }
}

describe('compareVersion', () => {
  it('counts every field right when they match after folding (accents, case, spaces, phone shape)', () => {
    const results = compareVersion(gold, version({}))
    assert.deepEqual(
      results.filter((r) => !r.ok),
      [],
    )
    assert.equal(results.length, 4 + 3 + 3 + 2)
  })

  it('counts a missing and an extra contact as three wrong instances each', () => {
    const results = compareVersion(gold, version({ contacts: [] }))
    assert.equal(results.filter((r) => r.field.startsWith('contacts.') && !r.ok).length, 3)
  })

  it('counts an extra quote as one more wrong quotes.start', () => {
    const extra = quote('Something else entirely', null, null)
    const v = version({})
    const results = compareVersion(gold, { ...v, quotes: [extra, ...v.quotes] })
    const starts = results.filter((r) => r.field === 'quotes.start')
    assert.deepEqual(
      starts.map((r) => r.ok),
      [true, false],
    )
  })

  it('counts a quote with the wrong speaker as a wrong speaker only', () => {
    const results = compareVersion(
      gold,
      version({
        quotes: [quote('Irrespective of the economic', 'Matt Nelson', 'Alianza Americas')],
      }),
    )
    assert.deepEqual(
      results.filter((r) => !r.ok).map((r) => r.field),
      ['quotes.speaker'],
    )
  })

  it('treats "" in gold as a boilerplate with organization null', () => {
    const results = compareVersion(
      gold,
      version({ boilerplates: [{ organization: 'Alianza Americas', block: 0, start: 0, end: 0 }] }),
    )
    assert.deepEqual(
      results.filter((r) => r.field === 'boilerplateOrgs').map((r) => r.ok),
      [false, true],
    )
  })

  it('makes every field wrong but nulls when no version was parsed', () => {
    const results = compareVersion({ ...gold, dateline: null }, null)
    assert.deepEqual(
      results.filter((r) => r.ok).map((r) => r.field),
      ['dateline'],
    )
  })
})

describe('summarize', () => {
  it('sums correct and total instances per field', () => {
    assert.deepEqual(
      summarize([
        { field: 'date', ok: true, expected: null, actual: null },
        { field: 'date', ok: false, expected: 'x', actual: null },
      ]),
      [['date', 1, 2]],
    )
  })
})
