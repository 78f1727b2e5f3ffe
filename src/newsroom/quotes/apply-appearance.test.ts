import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { applyAppearances, applyToText, type PersonAppearance } from './apply-appearance.js'

const maria: PersonAppearance = {
  names: ['María Pérez López'],
  mode: 'description',
  descriptions: { en: 'a mother of two from Honduras', es: 'una madre de dos hijos de Honduras' },
  showTitle: true,
  titles: ['community organizer', 'organizadora comunitaria'],
}

describe('applyToText', () => {
  it('replaces the full name, the surname alone and possessives, accents ignored', () => {
    const text =
      '“We are afraid,” said Maria Perez Lopez, community organizer. Lopez’s children were detained. LÓPEZ spoke.'
    const out = applyToText(text, 'en', maria)
    assert.equal(
      out,
      '“We are afraid,” said a mother of two from Honduras, community organizer. A mother of two from Honduras’s children were detained. A mother of two from Honduras spoke.',
    )
  })

  it('uses the description of the version’s language, and a neutral one when none is given', () => {
    const text = '“Tenemos miedo”, dijo María Pérez López.'
    assert.equal(
      applyToText(text, 'es', maria),
      '“Tenemos miedo”, dijo una madre de dos hijos de Honduras.',
    )
    assert.equal(
      applyToText(text, 'es', { ...maria, descriptions: { en: 'a mother' } }),
      '“Tenemos miedo”, dijo una persona portavoz.',
    )
  })

  it('shows the first name only', () => {
    const out = applyToText('said María Pérez López. Later López left.', 'en', {
      ...maria,
      mode: 'first',
    })
    assert.equal(out, 'said María. Later María left.')
  })

  it('drops the title after and before the name, keeping the organization', () => {
    const full = { ...maria, mode: 'full' as const, showTitle: false }
    assert.equal(
      applyToText('said María Pérez López, community organizer of CASA.', 'en', full),
      'said María Pérez López, of CASA.',
    )
    assert.equal(
      applyToText('dijo María Pérez López, organizadora comunitaria.', 'es', full),
      'dijo María Pérez López.',
    )
    assert.equal(
      applyToText('Community Organizer María Pérez López said.', 'en', full),
      'María Pérez López said.',
    )
  })

  it('leaves other words containing the name alone', () => {
    const out = applyToText('Lopezville is far; Lopez is near.', 'en', maria)
    assert.equal(out, 'Lopezville is far; a mother of two from Honduras is near.')
  })
})

describe('applyAppearances', () => {
  it('applies every person to every version', () => {
    const out = applyAppearances(
      [
        { lang: 'en', text: 'said María Pérez López' },
        { lang: 'es', text: 'dijo María Pérez López' },
      ],
      [maria],
    )
    assert.deepEqual(
      out.map((v) => v.text),
      ['said a mother of two from Honduras', 'dijo una madre de dos hijos de Honduras'],
    )
  })
})
