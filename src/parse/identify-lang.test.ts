import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { identifyLang, scoreLang } from './identify-lang.js'

describe('identifyLang', () => {
  // Short header lines are the hard case: the measured result on this table is in docs/model.md.
  const table: [string, 'en' | 'es' | null][] = [
    ['June 10, 2021', 'en'],
    ['10 de junio de 2021', 'es'],
    ['FOR IMMEDIATE RELEASE', 'en'],
    ['PARA PUBLICACIÓN INMEDIATA', 'es'],
    ['Contacto de prensa:', 'es'],
    ['Media Contact:', 'en'],
    ['About Alianza Americas', 'en'],
    ['Acerca de Alianza Americas', 'es'],
    [
      'Communities and grassroots organizations are key to avoid repeating the mistakes of past U.S. efforts',
      'en',
    ],
    [
      'Las comunidades y las organizaciones de base son clave para evitar que se repitan los errores',
      'es',
    ],
    ['Cortez Masto Condemns Trump Administration Decision to Revoke TPS for Salvadorans', 'en'],
    ['El Sierra Club Elige un Nuevo Comité Ejecutivo', 'es'],
    ['Fernanda Durand | (443) 396-3317', null],
  ]
  for (const [text, expected] of table)
    it(`identifies “${text.slice(0, 40)}” as ${expected}`, () =>
      assert.equal(identifyLang(text), expected))
})

describe('scoreLang', () => {
  it('recognises an unsupported language by its function words', () => {
    const s = scoreLang(
      'Le gouvernement a annoncé des mesures pour les familles et les travailleurs dans la région.',
    )
    assert.equal(s.otherLang, 'fr')
    assert.ok(s.other > s.en)
  })
})
