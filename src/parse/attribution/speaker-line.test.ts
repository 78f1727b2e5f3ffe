import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { speakerLine } from './speaker-line.js'

/** [name, title, organization] of a line read as a speaker line, or null. */
function read(line: string): [string | null, string | null, string | null] | null {
  const found = speakerLine(line, 0, line.length)
  return found ? [found.phrase.name, found.phrase.title, found.phrase.organization] : null
}

describe('speakerLine', () => {
  const rows: [string, [string | null, string | null, string | null] | null][] = [
    [
      'Jane Q. Doe, Executive Director, Colorado Housing Network',
      ['Jane Q. Doe', 'Executive Director', 'Colorado Housing Network'],
    ],
    [
      'JANE DOE, EXECUTIVE DIRECTOR, COLORADO HOUSING NETWORK',
      ['JANE DOE', 'EXECUTIVE DIRECTOR', 'COLORADO HOUSING NETWORK'],
    ],
    [
      'María José García-López, Directora Ejecutiva de la Coalición de Derechos Humanos de Arizona',
      [
        'María José García-López',
        'Directora Ejecutiva',
        'Coalición de Derechos Humanos de Arizona',
      ],
    ],
    [
      'Rev. Dr. William Barber II, Co-Chair, Poor People’s Campaign',
      ['William Barber II', 'Co-Chair', 'Poor People’s Campaign'],
    ],
    [
      'Jane Doe, Director of Policy and Advocacy, National Immigration Law Center',
      ['Jane Doe', 'Director of Policy and Advocacy', 'National Immigration Law Center'],
    ],
    [
      'Jane Doe - Executive Director, Colorado Housing Network',
      ['Jane Doe', 'Executive Director', 'Colorado Housing Network'],
    ],
    ['Jane Doe (Colorado Housing Network):', ['Jane Doe', null, 'Colorado Housing Network']],
    [
      'Quote from Jane Doe, Executive Director, Colorado Housing Network:',
      ['Jane Doe', 'Executive Director', 'Colorado Housing Network'],
    ],
    ['Sen. Michael Bennet (D-Colo.):', ['Michael Bennet', 'Sen.', null]],
    [
      '— Ana Ruiz, presidenta de Inquilinos Unidos',
      ['Ana Ruiz', 'presidenta', 'Inquilinos Unidos'],
    ],
    [
      '**Ana Ruiz, Presidenta, Inquilinos Unidos:**',
      ['Ana Ruiz', 'Presidenta', 'Inquilinos Unidos'],
    ],
    // Not speaker lines: headlines, lists of organizations, sentences, quotes.
    ['Housing Advocates Rally at the Capitol', null],
    ['Tenants United, Colorado Housing Network and Bay Justice', null],
    ['Jane Doe said the vote was a turning point.', null],
    ['The coalition met with Jane Doe, Executive Director, on Monday. Then it voted.', null],
    ['“We will win,” Jane Doe, Executive Director', null],
    ['Jane Doe', null],
  ]
  for (const [line, expected] of rows) it(line, () => assert.deepEqual(read(line), expected))
})
