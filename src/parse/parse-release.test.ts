import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, it } from 'node:test'
import type { Source, Version } from '../core/release.js'
import { assertWellFormed } from './invariants.test.js'
import { isParseError, ParseError } from './parse-error.js'
import { parseRelease } from './parse-release.js'

const fixture = new URL('../../test/fixtures/01-alianza-americas-2021-06-10/', import.meta.url)
const source = (file: string): Source => ({
  file,
  format: 'text',
  text: readFileSync(new URL(file, fixture), 'utf8'),
})

function checkAlianza(v: Version, lang: string): void {
  assert.equal(v.lang, lang)
  assert.equal(v.date?.iso, '2021-06-10')
  assert.match(
    v.headline?.text ?? '',
    lang === 'en' ? /^Communities and grassroots/ : /^Las comunidades/,
  )
  assert.equal(v.dateline?.place, 'CHICAGO')
  assert.deepEqual(
    v.contacts.map((c) => [c.name, c.phone, c.email]),
    [
      ['Fernanda Durand', '(443) 396-3317', null],
      ['Nancy Treviño', '(786) 201-8958', null],
    ],
  )
  assert.equal(v.endMark?.text, '###')
  assert.equal(v.blocks.filter((b) => b.kind === 'end-mark').length, 1)
}

describe('parseRelease', () => {
  it('splits one file holding English then Spanish into two versions (acceptance, fixture 01)', () => {
    const release = parseRelease([source('release.txt')])
    assert.equal(release.versions.length, 2)
    checkAlianza(release.versions[0] as Version, 'en')
    checkAlianza(release.versions[1] as Version, 'es')
  })

  it('reads en.txt and es.txt as the two versions of one release (acceptance, fixture 01)', () => {
    const release = parseRelease([source('en.txt'), source('es.txt')])
    assert.deepEqual(
      release.versions.map((v) => [v.lang, v.source]),
      [
        ['en', 0],
        ['es', 1],
      ],
    )
    checkAlianza(release.versions[0] as Version, 'en')
    checkAlianza(release.versions[1] as Version, 'es')
  })

  it('reports each scraped e-mail as a parse/invalid-email warning with its place', () => {
    const release = parseRelease([source('en.txt')])
    const ds = release.diagnostics.filter((d) => d.ruleId === 'parse/invalid-email')
    assert.equal(ds.length, 2)
    assert.deepEqual(
      ds.map((d) => d.place?.start.line),
      [3, 4],
    )
    for (const d of ds) {
      assert.equal(d.severity, 'warning')
      assert.equal(d.lang, 'en')
      assert.equal(d.file, 'en.txt')
      assert.match(d.message, /not an address/)
    }
  })

  it('splits the glued "### is the nation’s…" into an end mark and the paragraph after it', () => {
    const release = parseRelease([source('en.txt')])
    const v = release.versions[0] as Version
    const i = v.blocks.findIndex((b) => b.kind === 'end-mark')
    assert.equal(v.blocks[i]?.text, '###')
    assert.match(v.blocks[i + 1]?.text ?? '', /^is\u00a0the nation’s largest/)
  })

  it('keeps every block an exact slice of its source and every offset in range', () => {
    assertWellFormed(parseRelease([source('release.txt')]))
    assertWellFormed(parseRelease([source('en.txt'), source('es.txt')]))
  })

  it('uses the languages given per source instead of identifying them', () => {
    const release = parseRelease([source('en.txt'), source('es.txt')], {
      langs: ['en-US', 'es-MX'],
    })
    assert.deepEqual(
      release.versions.map((v) => v.lang),
      ['en-US', 'es-MX'],
    )
  })

  it('splits one source into the languages given, in order', () => {
    const release = parseRelease([source('release.txt')], { langs: ['en', 'es'] })
    assert.deepEqual(
      release.versions.map((v) => v.lang),
      ['en', 'es'],
    )
    assert.equal(release.versions[1]?.date?.text, '10 de junio de 2021')
  })

  it('starts a new version at "Versión en español" and puts a Spanish-first release in order', () => {
    const text = [
      'COMUNICADO DE PRENSA',
      '15 de marzo de 2024',
      'La red pide protección para las familias migrantes',
      'CHICAGO, 15 de marzo de 2024 – La red de organizaciones pidió hoy al gobierno que proteja a las familias que llegan a la frontera y que respete sus derechos.',
      '###',
      'English version',
      'FOR IMMEDIATE RELEASE',
      'March 15, 2024',
      'Network calls for protection of migrant families',
      'CHICAGO, March 15, 2024 – The network of organizations called on the government today to protect the families arriving at the border and to respect their rights.',
      '###',
    ].join('\n\n')
    const release = parseRelease([{ file: 'r.txt', format: 'text', text }])
    assert.deepEqual(
      release.versions.map((v) => [v.lang, v.date?.iso, v.dateline?.place, v.endMark?.text]),
      [
        ['es', '2024-03-15', 'CHICAGO', '###'],
        ['en', '2024-03-15', 'CHICAGO', '###'],
      ],
    )
    assert.equal(release.versions[1]?.blocks[0]?.text, 'English version')
  })

  it('reads a Spanish-first embargoed release with contacts after the end mark', () => {
    const es = [
      'EMBARGADO HASTA el 5 de abril de 2024, 10:00 a.m. ET',
      'English version below',
      'Red de Derechos pide al Congreso proteger a los trabajadores agrícolas',
      'LOS ÁNGELES, 4 de abril de 2024 – La Red de Derechos de los Trabajadores pidió hoy al Congreso que apruebe la ley de protección para los trabajadores agrícolas.',
      '«Nadie debería morir trabajando en el campo», afirmó María López, directora de la Red de Derechos.',
      '-30-',
      'Contacto para medios:\nMaría López\nDirectora de Comunicaciones\nRed de Derechos\n+1 (213) 555-0142\nmlopez@example.org',
    ]
    const en = [
      'EMBARGOED UNTIL April 5, 2024, 10:00 a.m. ET',
      'Rights Network Urges Congress to Protect Farm Workers',
      'LOS ANGELES, April 4, 2024 – The Workers’ Rights Network today urged Congress to pass the farm worker protection bill, as workers face extreme heat.',
      '“No one should die working in the fields,” said María López, director of the Rights Network.',
      '-30-',
      'Media contact:\nMaría López\nCommunications Director\nRights Network\n+1 (213) 555-0142\nmlopez@example.org',
    ]
    const release = parseRelease([
      { file: 'r.txt', format: 'text', text: [...es, ...en].join('\n\n') },
    ])
    assert.deepEqual(
      release.versions.map((v) => [
        v.lang,
        v.blocks[0]?.kind,
        v.date?.iso,
        v.dateline?.place,
        v.headline?.text.slice(0, 14),
        v.endMark?.text,
        v.contacts.map((c) => [c.name, c.title, c.organization, c.phone, c.email]),
      ]),
      [
        [
          'es',
          'release-line',
          '2024-04-04',
          'LOS ÁNGELES',
          'Red de Derecho',
          '-30-',
          [
            [
              'María López',
              'Directora de Comunicaciones',
              'Red de Derechos',
              '+1 (213) 555-0142',
              'mlopez@example.org',
            ],
          ],
        ],
        [
          'en',
          'release-line',
          '2024-04-04',
          'LOS ANGELES',
          'Rights Network',
          '-30-',
          [
            [
              'María López',
              'Communications Director',
              'Rights Network',
              '+1 (213) 555-0142',
              'mlopez@example.org',
            ],
          ],
        ],
      ],
    )
  })

  it('reads a WordPress-style page: byline date, share buttons, a contact sentence and ENDS', () => {
    const text = [
      'Statement: Mayor responds to raids',
      'Posted on June 4, 2019 by Admin',
      'Share on Facebook',
      'CHICAGO – Mayor Jane Smith released the following statement today regarding immigration raids in the city:',
      '“Chicago is and will remain a welcoming city. We will not cooperate with these raids.”',
      'For more information contact Ana Ruiz at 312-555-0100.',
      'ENDS',
    ].join('\n')
    const v = parseRelease([{ file: 'p.txt', format: 'text', text }]).versions[0]
    assert.deepEqual(
      v?.blocks.map((b) => b.kind).filter((k) => k !== 'quote'),
      ['headline', 'date', 'other', 'body', 'contacts', 'end-mark'],
    )
    assert.equal(v?.date?.iso, '2019-06-04')
    assert.equal(v?.contacts[0]?.name, 'Ana Ruiz')
    assert.equal(v?.endMark?.text, 'ENDS')
  })

  it('takes the date of a release line when the header has no date line', () => {
    const text =
      'FOR IMMEDIATE RELEASE: June 10, 2021\n\nGroups Urge Congress to Act\n\nCHICAGO – The coalition of groups urged the Congress to act on the bill this week, as families wait for relief.'
    const v = parseRelease([{ file: 'a.txt', format: 'text', text }]).versions[0]
    assert.equal(v?.date?.iso, '2021-06-10')
    assert.deepEqual(
      v?.blocks.map((b) => b.kind),
      ['release-line', 'headline', 'body'],
    )
  })

  it('reports an ambiguous numeric date instead of guessing it', () => {
    const text =
      '06/10/2021\n\nGroups Urge Congress to Act\n\nCHICAGO – The coalition of groups urged the Congress to act on the bill this week, as families wait for relief.'
    const release = parseRelease([{ file: 'a.txt', format: 'text', text }])
    assert.equal(release.versions[0]?.date, null)
    assert.equal(release.versions[0]?.blocks[0]?.kind, 'date')
    assert.deepEqual(
      release.diagnostics.map((d) => d.ruleId),
      ['parse/ambiguous-date'],
    )
  })

  describe('bad input', () => {
    const throws = (text: string, reason: string, options = {}) => {
      assert.throws(
        () => parseRelease([{ file: 'x.txt', format: 'text', text }], options),
        (e: unknown) =>
          isParseError(e) &&
          e instanceof ParseError &&
          e.reason === reason &&
          /x\.txt|language/.test(e.message),
      )
    }
    it('rejects an empty file', () => throws('', 'empty'))
    it('rejects a file of whitespace only', () => throws(' \n\u00a0\n\u200b\t\n', 'empty'))
    it('rejects text whose language cannot be told', () =>
      throws('1234 5678\n\n%%% ***', 'unknown-language'))
    it('rejects a release in French as unsupported', () =>
      throws(
        'Le gouvernement a annoncé des mesures pour les familles et les travailleurs dans la région. Les organisations sont très inquiètes pour les enfants qui sont dans les centres.',
        'unsupported-language',
      ))
    it('rejects an unsupported language given as an option', () =>
      throws('Hello there, this is the text.', 'unsupported-language', { langs: ['fr'] }))
    it('rejects a malformed language tag', () =>
      throws('Hello there.', 'invalid-option', { langs: ['e n'] }))
  })
})
