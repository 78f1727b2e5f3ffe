import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { extractBoilerplates } from './boilerplates.js'
import { paragraphBlocks } from './paragraph-blocks.js'

/** Organizations of the boilerplates found ("" for a missing name, as in gold files). */
function orgs(text: string, lang = 'en'): string[] {
  return extractBoilerplates(text, paragraphBlocks(text), lang).map((b) => b.organization ?? '')
}

const body = 'CHICAGO – The coalition held a rally today in front of the federal building.\n\n'

describe('extractBoilerplates', () => {
  const rows: [string, string, string[]][] = [
    [
      '"About X" heading and its paragraph',
      `${body}###\n\nAbout CASA\n\nCASA is a national powerhouse organization building power with Latino and immigrant families.`,
      ['CASA'],
    ],
    [
      '"About X:" inline with its description',
      `${body}About the National Immigration Law Center: Established in 1979, NILC is one of the leading organizations defending immigrants.`,
      ['National Immigration Law Center'],
    ],
    [
      '"Acerca de X" and "Sobre X" headings',
      `${body}###\n\nAcerca de Alianza Americas\n\nAlianza Americas es una red de organizaciones lideradas por migrantes.\n\nSobre CHIRLA\n\nLa Coalición por los Derechos Humanos de los Inmigrantes trabaja desde 1986.`,
      ['Alianza Americas', 'CHIRLA'],
    ],
    [
      'descriptions after the end mark',
      `${body}###\n\nAlianza Americas is a network of migrant-led organizations working in the United States.\n\nUnidosUS is the nation’s largest Hispanic civil rights and advocacy organization.`,
      ['Alianza Americas', 'UnidosUS'],
    ],
    [
      'a Spanish description after the end mark',
      `${body}###\n\nAlianza Americas es una red de organizaciones lideradas por migrantes que trabajan en los Estados Unidos.`,
      ['Alianza Americas'],
    ],
    [
      '"X, founded in 1990, is…" and "Founded in…, X is…"',
      `${body}###\n\nCASA, founded in 1985, is the largest immigrant advocacy group in the Mid-Atlantic.\n\nFounded in 1968, UnidosUS is a nonprofit advocacy organization.`,
      ['CASA', 'UnidosUS'],
    ],
    [
      'a description glued to the end mark, organization missing',
      `${body}### is the nation’s largest online Latinx organizing group.\n\nAlianza Americas is a network of migrant-led organizations.`,
      ['', 'Alianza Americas'],
    ],
    [
      'a Spanish description that starts with its verb',
      `${body}###\n\nes el grupo organizador latinx digital más grande del país.`,
      [''],
    ],
    [
      'placeholders where the name should be',
      `${body}###\n\n[ORG] is a coalition of 40 immigrant rights groups.\n\nXXX is the largest union of farm workers in the nation.\n\nTK es una organización sin fines de lucro.`,
      ['', '', ''],
    ],
    [
      'a description before the contacts after the end mark',
      `${body}-30-\n\nPresente Action is the political arm of the nation’s largest online Latino organizing group.\n\nContact: Jane Doe, (202) 555-0100, jane@example.org`,
      ['Presente Action'],
    ],
    [
      'a description that closes a version with no end mark',
      `${body}“We stand together,” said Jane Doe.\n\nPresente Action is the political arm of the nation’s largest online Latino organizing group.`,
      ['Presente Action'],
    ],
    [
      'a description led by a "With…" phrase, before the end mark',
      `${body}With more than 163,000 members, 32BJ SEIU is the largest property service workers union in the country.\n\n# # #`,
      ['32BJ SEIU'],
    ],
    [
      'a Spanish description led by "Con…" with an article before the name',
      `${body}Con más de 145.000 afiliados en once estados, la 32BJ SEIU es el mayor sindicato del país.\n\n###`,
      ['32BJ SEIU'],
    ],
    [
      'names that start with an article',
      `${body}###\n\nLa Alianza Nacional de Campesinas es una organización nacional de mujeres campesinas.\n\nThe Leadership Conference on Civil and Human Rights is a coalition of more than 240 national organizations.`,
      ['Alianza Nacional de Campesinas', 'Leadership Conference on Civil and Human Rights'],
    ],
    [
      '"Founded in 1962 by…, the UFW is…" and an acronym in brackets',
      `${body}###\n\nFounded in 1962 by César Chávez, the UFW is the nation’s first enduring farm workers union.\n\nThe New York Immigration Coalition (NYIC) is an umbrella policy and advocacy organization.`,
      ['UFW', 'New York Immigration Coalition'],
    ],
    [
      'pronoun subjects and statements of the day are not descriptions',
      `${body}It is the largest coalition of its kind in the state.\n\nThe Secretary-General is alarmed by developments in the Public Prosecutor’s Office.`,
      [],
    ],
    [
      'an appositive after the name, and a sentence about the organization that is not its description',
      `${body}###\n\nUnidosUS, previously known as NCLR, is the nation’s largest Hispanic civil rights organization.\n\n###\n\nHispanic Federation también apoya la representación legal de los inmigrantes a través de su organización.`,
      ['UnidosUS'],
    ],
    [
      'no end mark and a body paragraph at the close',
      `${body}The coalition is calling on Congress to act before the deadline in March.`,
      [],
    ],
    [
      'contacts, end marks and links are not boilerplates',
      `${body}###\n\nMedia contact: Jane Doe | (202) 555-0100 | jane@example.org\n\n# # #\n\nFollow us on Twitter.`,
      [],
    ],
    [
      'an action of the day is not a description',
      `${body}In denying their rights, the Trump Administration is ignoring decades of legal precedent and human rights organizations.`,
      [],
    ],
  ]
  for (const [name, text, expected] of rows) {
    it(`reads ${name}`, () => assert.deepEqual(orgs(text), expected))
  }

  it('keeps two paragraphs under one "About" heading as one boilerplate', () => {
    const text = `${body}###\n\nAbout CASA\n\nCASA is a national organization.\n\nIts members live in 46 states and work for justice.`
    const blocks = paragraphBlocks(text)
    const found = extractBoilerplates(text, blocks, 'en')
    assert.equal(found.length, 1)
    assert.equal(text.slice(found[0]?.start, found[0]?.end).endsWith('work for justice.'), true)
    assert.equal(blocks[found[0]?.block ?? -1]?.text, 'CASA is a national organization.')
  })

  it('reports offsets inside the text, after a glued end mark', () => {
    const text = `${body}### is the nation’s largest online Latinx organizing group.`
    const [b] = extractBoilerplates(text, paragraphBlocks(text), 'en')
    assert.ok(b)
    assert.equal(
      text.slice(b.start, b.end),
      'is the nation’s largest online Latinx organizing group.',
    )
  })
})
