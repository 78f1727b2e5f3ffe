import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import type { Quote, Release } from '../core/index.js'
import { alignVersions } from './align-versions.js'
import { computeDrift } from './compute-drift.js'
import type { DriftFact } from './drift-fact.js'
import { releaseFromTexts } from './test-release.js'

function drift(en: string, es: string, edit?: (r: Release) => void): DriftFact[] {
  const release = releaseFromTexts([
    { lang: 'en', text: en },
    { lang: 'es', text: es },
  ])
  edit?.(release)
  const [source, target] = release.versions
  assert.ok(source && target)
  return computeDrift(release, alignVersions(release, source, target))
}

const summary = (facts: DriftFact[]) => facts.map((f) => `${f.kind}:${f.side}:${f.text}`)

const en = 'More than 250,000 Salvadorans came in the 1980’s. “We will fight,” said Oscar Chacon.'
const es =
  'Más de 250.000 salvadoreños llegaron en los 80 y se quedaron. “Lucharemos”, dijo Óscar Chacón.'

describe('computeDrift', () => {
  it('finds no drift in a close translation (locale numbers, decades, accents)', () => {
    assert.deepEqual(summary(drift(en, es)), [])
  })

  it('reports a figure that differs, on both sides, with offsets and counterpart', () => {
    const facts = drift(en, es.replace('250.000', '25.000'))
    assert.deepEqual(summary(facts), ['number:source:250,000', 'number:target:25.000'])
    const [first] = facts
    assert.equal(first?.start, en.indexOf('250,000'))
    assert.equal(first?.counterpart?.text.startsWith('Más de 25.000'), true)
  })

  it('tells billion from billón and matches mil millones', () => {
    assert.deepEqual(
      summary(drift('It costs 2 billion dollars.', 'Cuesta 2 mil millones de dólares.')),
      [],
    )
    assert.deepEqual(
      summary(drift('It costs 2 billion dollars.', 'Cuesta 2 billones de dólares.')),
      ['number:source:2 billion', 'number:target:2 billones'],
    )
  })

  it('matches percentages across languages and flags a changed one', () => {
    assert.deepEqual(
      summary(drift('Turnout rose 15 percent.', 'La participación subió un 15 %.')),
      [],
    )
    assert.equal(drift('Turnout rose 15 percent.', 'La participación subió un 16 %.').length, 2)
  })

  it('reports a date that differs', () => {
    assert.deepEqual(
      summary(
        drift(
          'The vote is on June 10, 2021 in Chicago.',
          'La votación es el 11 de junio de 2021 en Chicago.',
        ),
      ),
      ['date:source:June 10, 2021', 'date:target:11 de junio de 2021'],
    )
  })

  it('reports a name in one version only, but not a spelling with accents', () => {
    const facts = drift(
      'The statement was signed by Oscar Chacon and Matt Nelson today.',
      'La declaración fue firmada hoy por Óscar Chacón.',
    )
    assert.deepEqual(summary(facts), ['name:source:Matt Nelson'])
  })

  it('reports e-mails, URLs and phones that differ', () => {
    const facts = drift(
      'Contact Ana Ruiz at ana@example.org or (443) 396-3317.',
      'Contacto: Ana Ruiz, ana@ejemplo.org o (443) 396-3317.',
    )
    assert.deepEqual(summary(facts), [
      'email:source:ana@example.org',
      'email:target:ana@ejemplo.org',
    ])
  })

  it('reports sentences and paragraphs with no counterpart', () => {
    const facts = drift(`FOR IMMEDIATE RELEASE\n\n${en} We thank our allies.`, es)
    assert.deepEqual(summary(facts), [
      'paragraph-missing:source:FOR IMMEDIATE RELEASE',
      'sentence-missing:source:We thank our allies.',
    ])
    const missing = facts.find((f) => f.kind === 'sentence-missing')
    assert.equal(missing?.kind === 'sentence-missing' && missing.at, es.length)
  })

  const quote = (text: string, source: string, name: string | null): Quote => {
    const start = source.indexOf(text)
    return {
      type: 'quote',
      text,
      speaker: name ? { name, title: null, organization: null } : null,
      block: 0,
      start,
      end: start + text.length,
      attribution: null,
    }
  }

  it('reports a quote attributed to another speaker, and one missing', () => {
    const withSpeakers = drift(en, es, (r) => {
      const [v0, v1] = r.versions
      if (v0) v0.quotes = [quote('We will fight,', en, 'Oscar Chacon')]
      if (v1) v1.quotes = [quote('Lucharemos', es, 'Matt Nelson')]
    })
    assert.deepEqual(
      summary(withSpeakers).filter((s) => s.startsWith('quote')),
      ['quote-speaker:source:We will fight,'],
    )
    const missing = drift(en, es, (r) => {
      const [v0] = r.versions
      if (v0) v0.quotes = [quote('We will fight,', en, 'Oscar Chacon')]
    })
    assert.deepEqual(
      summary(missing).filter((s) => s.startsWith('quote')),
      ['quote-missing:source:We will fight,'],
    )
  })

  it('yields no number, date or name drift on fixture 02', () => {
    const read = (lang: string) =>
      readFileSync(
        new URL(
          `../../test/fixtures/02-un-sg-guatemala-transition-2023/${lang}.txt`,
          import.meta.url,
        ),
        'utf8',
      )
    const facts = drift(read('en'), read('es'))
    assert.deepEqual(
      facts.filter((f) => ['number', 'date', 'name'].includes(f.kind)),
      [],
    )
    assert.ok(facts.some((f) => f.kind === 'paragraph-missing'))
  })

  it('reports the Spanish-only figure of fixture 01', () => {
    const read = (lang: string) =>
      readFileSync(
        new URL(`../../test/fixtures/01-alianza-americas-2021-06-10/${lang}.txt`, import.meta.url),
        'utf8',
      )
    const numbers = drift(read('en'), read('es')).filter((f) => f.kind === 'number')
    assert.deepEqual(summary(numbers), ['number:target:500,000'])
  })
})
