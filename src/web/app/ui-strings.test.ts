import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { acceptedUiLangs, chooseUiLang, uiLangOf } from './choose-ui-lang.js'
import { langName, translate, uiKeys, uiLangs } from './ui-strings.js'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('interface strings', () => {
  it('has every string in both languages, with the same parameters', () => {
    for (const key of uiKeys) {
      const en = translate('en', key)
      const es = translate('es', key)
      assert.ok(en.trim() && es.trim(), key)
      assert.deepEqual(placeholders(es), placeholders(en), key)
    }
  })

  it('translates every status and step of the status machine', () => {
    for (const s of ['draft', 'in-review', 'approved', 'scheduled', 'published', 'corrected'])
      for (const lang of uiLangs) {
        assert.ok(uiKeys.includes(`status.${s}` as never), `status.${s}`)
        assert.ok(uiKeys.includes(`action.${s}` as never), `action.${s}`)
        assert.doesNotMatch(translate(lang, `status.${s}` as never), /^status\./)
      }
  })

  it('fills parameters and leaves unknown ones visible', () => {
    assert.equal(translate('es', 'nav.signedInAs', { name: 'Ana' }), 'Sesión de Ana')
    assert.equal(translate('en', 'nav.signedInAs'), 'Signed in as {name}')
  })

  it('names content languages in the interface language', () => {
    assert.equal(langName('es', 'en-US'), 'Inglés')
    assert.equal(langName('en', 'es'), 'Spanish')
    assert.equal(langName('en', 'fr'), 'Language fr')
  })
})

describe('choosing the interface language', () => {
  const cases: [string, Parameters<typeof chooseUiLang>[0], string][] = [
    [
      '?lang= first',
      { query: 'es', remembered: 'en', userLocale: 'en', acceptLanguage: 'en' },
      'es',
    ],
    ['the remembered choice next', { remembered: 'es', userLocale: 'en' }, 'es'],
    ['then the user’s locale', { userLocale: 'es-MX', acceptLanguage: 'en' }, 'es'],
    ['then Accept-Language by quality', { acceptLanguage: 'fr;q=1, en;q=0.4, es-AR;q=0.9' }, 'es'],
    ['an unknown ?lang= is ignored', { query: 'xx', acceptLanguage: 'es' }, 'es'],
    ['English when nothing is known', {}, 'en'],
    ['q=0 means not wanted', { acceptLanguage: 'es;q=0, fr' }, 'en'],
  ]
  for (const [name, hints, expected] of cases)
    it(name, () => assert.equal(chooseUiLang(hints), expected))

  it('reads tags in any case and with regions', () => {
    assert.equal(uiLangOf('ES_mx'), 'es')
    assert.equal(uiLangOf('english'), null)
    assert.deepEqual(acceptedUiLangs('es-ES,es;q=0.9,en-US;q=0.8,*;q=0.5'), ['es', 'en'])
  })
})
