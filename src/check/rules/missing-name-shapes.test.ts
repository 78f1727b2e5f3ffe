import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { findMissingLeadName, findPlaceholders } from './missing-name-shapes.js'

describe('findMissingLeadName', () => {
  const cases: [string, string, boolean, [string, string] | null][] = [
    [
      'en',
      '### is the nation’s largest online Latinx organizing group.',
      false,
      ['end-mark', '### is'],
    ],
    [
      'es',
      '### es el grupo organizador latinx digital más grande del país.',
      false,
      ['end-mark', '### es'],
    ],
    ['en', 'is a network of migrant-led organizations.', false, ['verb-start', 'is']],
    ['es', 'es una red de organizaciones.', false, ['verb-start', 'es']],
    ['en', '# # # serves farm workers in California.', false, ['end-mark', '# # # serves']],
    ['en', 'a network of migrant-led organizations.', true, ['lowercase-start', 'a']],
    ['en', '’s mission is to organize.', true, ['verb-start', '’s']],
    ['en', 'Alianza Americas is a network of migrant-led organizations.', true, null],
    ['es', 'Alianza Americas es una red de organizaciones.', true, null],
    ['en', '### Presente Action is the political arm.', true, null],
    ['en', 'a network of migrant-led organizations.', false, null],
  ]
  for (const [lang, text, expected, want] of cases)
    it(`${lang}: ${JSON.stringify(text).slice(0, 60)}`, () => {
      const got = findMissingLeadName(text, 0, lang, expected)
      assert.deepEqual(got && [got.kind, got.text], want)
    })
})

describe('findPlaceholders', () => {
  const cases: [string, string[]][] = [
    ['[ORG] is the nation’s largest union.', ['[ORG]']],
    ['Contact [Name] at the office.', ['[Name]']],
    ['XXX es la organización más grande.', ['XXX']],
    ['said TK, the group’s director', ['TK']],
    ['NAME is a coalition of unions.', ['NAME']],
    ['Hello {{organization}} members', ['{{organization}}']],
    ['In the XX century the TKO team won.', []],
    ['WHAT’S IN A NAME: A HEADLINE', []],
    ['TK MAXX OPENS A STORE', []],
  ]
  for (const [text, want] of cases)
    it(JSON.stringify(text), () => {
      assert.deepEqual(
        findPlaceholders(text, 0).map((s) => s.text),
        want,
      )
    })
})

describe('findPlaceholders in page chrome', () => {
  it('does not take template debris for a placeholder', () => {
    assert.deepEqual(findPlaceholders('{{ item.title }} Share', 0, true), [])
  })
  it('still finds a bracketed placeholder there', () => {
    assert.deepEqual(
      findPlaceholders('[ORG] is a coalition', 0, true).map((p) => p.text),
      ['[ORG]'],
    )
  })
})
